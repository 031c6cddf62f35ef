import { definitionFor } from "../fill/evaluate";
import { CODE, FillDefinition } from "../fill/definitions";
import type { InputVocabulary } from "../inputs/indicators";
import { BUDGET_SUFFIX, FACT_NAMES } from "../lint/labels";
import { Decimal } from "../money";
import type { NarrativeContext } from "../narrative/types";
import { outlineParagraphs } from "../narrative";
import type { FigureRef, Piece } from "../narrative/types";
import { catalogsFor } from "../subjects";
import type { ReadTables } from "../tables/types";
import { tableOfId } from "../templates/ids";
import { layoutTable, TableLayout } from "../templates/layout";
import { cellIdIndex, PROBE_CODE } from "./cellIds";
import type { FormatProfile } from "./types";

/**
 * Everything a profile's definitions name must exist in that profile: the cells fill, rules, the
 * narrative, the charts, the plausibility checks and lint read must be cells of its tables, the 指标,
 * 比较项 and 补充信息 items they read must be in its vocabulary. Returns one line per problem, naming
 * the bad id ([] when sound).
 */
export function profileProblems(profile: FormatProfile): string[] {
  const problems: string[] = [];
  const known = cellIdIndex(profile);
  const cell = (id: string, where: string) => {
    if (!known.has(id.split(CODE).join("0"))) problems.push(`${where}：不存在的单元格 ${id}`);
  };
  const vocabulary = checker(profile.vocabulary, problems);
  const layouts = probeLayouts(profile);
  const tableIds = new Set(profile.tables.map((t) => t.id));

  // Fill: every table cell has a definition, and every definition names what exists.
  for (const [tableId, table] of Object.entries(profile.fill)) {
    const where = `填报定义 ${tableId}`;
    if (!tableIds.has(tableId)) {
      problems.push(`${where}：不存在的表 ${tableId}`);
      continue;
    }
    for (const [id, definition] of Object.entries(table.cells ?? {})) {
      cell(id, where);
      if (tableOfId(id) !== tableId) problems.push(`${where}：单元格 ${id} 不属于该表`);
      definitionNames(definition, where);
    }
    const columns = new Set(
      (layouts.get(tableId)?.amounts ?? []).filter((c) => c.code).map((c) => c.columnKey)
    );
    for (const [column, definition] of Object.entries(table.subjects ?? {})) {
      if (!columns.has(column)) problems.push(`${where}：科目行没有“${column}”列`);
      definitionNames(definition, where);
    }
  }
  for (const layout of layouts.values()) {
    for (const amount of layout.amounts) {
      if (amount.sum) continue;
      try {
        definitionFor(amount, profile.fill);
      } catch {
        problems.push(`填报定义：单元格 ${amount.id} 没有填报定义`);
      }
    }
  }
  function definitionNames(definition: FillDefinition, where: string) {
    if ("ref" in definition) cell(definition.ref, where);
    if ("item" in definition) vocabulary.item(definition.item, where);
    if ("budget" in definition) vocabulary.indicator(definition.budget, "budget", undefined, where);
  }

  function figureNames(f: FigureRef, where: string) {
    if ("cell" in f) cell(f.cell, where);
    else if ("item" in f) vocabulary.item(f.item, where);
    else if ("budget" in f) vocabulary.indicator(f.budget, "budget", f.code, where);
    else if ("prior" in f) vocabulary.indicator(f.prior, "prior", f.code, where);
  }

  // Rules.
  for (const rule of profile.rules) {
    const where = `规则「${rule.id}」`;
    for (const term of [...rule.left, ...rule.right]) cell(term.id, where);
    for (const table of rule.forEach?.tables ?? [])
      if (!tableIds.has(table)) problems.push(`${where}：不存在的表 ${table}`);
    for (const [, id] of rule.message.matchAll(/\{(T\d+)\}/g))
      if (!tableIds.has(id)) problems.push(`${where}：说明中引用了不存在的表 ${id}`);
  }

  // Narrative: every sentence of the outline, with every figure non-zero so every list is stated.
  const paragraphs = outlineParagraphs(profile.narrative, probeSource(profile, layouts));
  for (const paragraph of paragraphs) {
    const where = `情况说明「${paragraph.id}」`;
    for (const piece of paragraph.pieces) {
      for (const f of figuresOf(piece)) figureNames(f, where);
      if (typeof piece === "object" && "reason" in piece) vocabulary.reason(piece.reason, where);
      if (typeof piece === "object" && "text" in piece) vocabulary.item(piece.text, where, true);
    }
  }

  // Charts: every figure each chart names, drawn from the same probe tables.
  const sections = new Set(profile.narrative.sections.map((s) => s.key));
  for (const chart of profile.charts?.(probeSource(profile, layouts)) ?? []) {
    const where = `图表「${chart.key}」`;
    if (!sections.has(chart.section))
      problems.push(`${where}：情况说明中没有部分 ${chart.section}`);
    for (const series of chart.series) {
      if (series.figures.length !== chart.categories.length)
        problems.push(`${where}：“${series.name}”的数字个数与分类个数不同`);
      for (const f of series.figures.flatMap(allFigures)) figureNames(f, where);
    }
  }

  // Plausibility checks.
  for (const def of profile.plausibility ?? []) {
    const where = `合理性检查「${def.id}」`;
    for (const q of [...def.left, ...def.right]) {
      if ("cell" in q) cell(q.cell, where);
      else if ("item" in q) vocabulary.item(q.item, where);
    }
  }

  // Lint facts.
  for (const [name, ids] of Object.entries(profile.lintFacts)) {
    const where = `核对事实「${name}」`;
    if (!(FACT_NAMES as readonly string[]).includes(name.replace(BUDGET_SUFFIX, "")))
      problems.push(`${where}：不是情况说明检查认识的指标名`);
    ids.forEach((id) => cell(id, where));
  }
  return [...new Set(problems)];
}

function checker(vocabulary: InputVocabulary, problems: string[]) {
  const items = new Map(vocabulary.supplementary.map((i) => [i.name, i]));
  const indicators = new Map(vocabulary.indicators.map((i) => [i.name, i]));
  return {
    item(name: string, where: string, text = false) {
      const item = items.get(name);
      if (!item) problems.push(`${where}：补充信息中没有项目「${name}」`);
      else if (text !== (item.unit === "文字"))
        problems.push(`${where}：补充信息项目「${name}」${text ? "不是文字项" : "是文字项"}`);
    },
    indicator(name: string, which: "budget" | "prior", code: string | undefined, where: string) {
      const indicator = indicators.get(name);
      const label = which === "budget" ? "年初预算数" : "上年决算数";
      if (!indicator) problems.push(`${where}：预算与上年数中没有指标「${name}」`);
      else if (!indicator[which]) problems.push(`${where}：指标「${name}」没有${label}`);
      else if (code && !indicator.byCode)
        problems.push(`${where}：指标「${name}」不分科目，不能按 ${code} 取数`);
    },
    reason(key: string, where: string) {
      const [indicator, basis, code] = key.split("|");
      const found = vocabulary.comparisons.some(
        (c) => c.indicator === indicator && c.basis === basis && Boolean(c.byCode) === Boolean(code)
      );
      if (!found) problems.push(`${where}：没有比较项 ${key}（主要原因无处填写）`);
    },
  };
}

/** The figures a figure adds up (itself unless it is a sum). */
function allFigures(f: FigureRef): FigureRef[] {
  return "sum" in f ? f.sum.flatMap(allFigures) : [f];
}

function figuresOf(piece: Piece): FigureRef[] {
  if (typeof piece === "string") return [];
  const all = allFigures;
  if ("amount" in piece) return all(piece.amount);
  if ("count" in piece) return all(piece.count);
  if ("share" in piece) return [...all(piece.share), ...all(piece.of)];
  if ("change" in piece) return [...all(piece.change), ...all(piece.from)];
  if ("completion" in piece) return [...all(piece.completion), ...all(piece.budget)];
  if ("reason" in piece && piece.unless)
    return [...all(piece.unless.change), ...all(piece.unless.from)];
  return [];
}

function probeLayouts(profile: FormatProfile): Map<string, TableLayout> {
  const catalogs = catalogsFor(profile.year);
  const regionCodes = Object.fromEntries(profile.tables.map((t) => [t.id, [PROBE_CODE]]));
  return new Map(profile.tables.map((t) => [t.id, layoutTable(t, { catalogs, regionCodes })]));
}

/** Tables where every line exists and every figure is 1, every text and reason given. */
function probeSource(profile: FormatProfile, layouts: Map<string, TableLayout>): NarrativeContext {
  const tables: ReadTables = {
    tables: new Map(
      [...layouts].map(([id, layout]) => [id, { tableId: id, sheet: layout.table.code, layout }])
    ),
    cells: new Map(),
    findings: [],
    fullPrecision: true,
  };
  return {
    year: profile.years.to,
    department: "样例部门",
    tables,
    figure: () => ({ value: new Decimal(1) }),
    text: () => ({ value: "有" }),
    reason: () => ({ value: "有" }),
  };
}
