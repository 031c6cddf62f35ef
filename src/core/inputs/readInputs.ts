import { Decimal, parseAmount, parseCount } from "../money";
import {
  Catalogs,
  CatalogAddition,
  catalogKindOf,
  catalogsFor,
  hasCatalog,
  missingCatalogMessage,
  normalizeCode,
} from "../subjects";
import type { CellValue, SheetSnapshot, WorkbookRead } from "../workbook";
import { availableProfiles, DEFAULT_PROFILE, findProfile, profileFor } from "../profiles";
import type { FormatProfile } from "../profiles/types";
import { UserError } from "../errors";
import { CODE_LENGTH, InputVocabulary, reasonKey } from "./indicators";
import { InputProblem, InputProblems } from "./problems";
import {
  BASICS_FIELDS,
  BASICS_UNITS_CAPTION,
  BUDGET_PRIOR_COLUMNS,
  INPUT_SHEETS,
  REASON_COLUMNS,
  SUBJECT_COLUMNS,
  SUPPLEMENTARY_COLUMNS,
  UNIT_COLUMNS,
} from "./sheets";
import type { CatalogKind } from "../subjects/catalog";
import { ColumnMap, captionKey, cellText, fiscalYearOf, isBlankRow, locateColumns } from "./table";
import { readLedger } from "./ledger";
import type {
  Basics,
  IndicatorFigures,
  InputData,
  Reason,
  SupplementaryValue,
  Unit,
} from "./types";
import { UNIT_TYPES, UnitType } from "./vocabulary";

export interface ReadInputOptions {
  /**
   * The tables will be live formulas: cells a formula cannot read the way we do (amounts typed as
   * text, codes with spaces) are errors rather than tolerated.
   */
  formulas: boolean;
  /** The format to read with, instead of the one 基础信息 names. */
  profile?: FormatProfile;
}

/** The sheets `readInputs` needs, for the caller's single batched read. */
export const INPUT_SHEET_NAMES = [
  INPUT_SHEETS.basics,
  INPUT_SHEETS.ledger,
  INPUT_SHEETS.budgetPrior,
  INPUT_SHEETS.supplementary,
  INPUT_SHEETS.subjects,
];

/** Reads and validates every input sheet; throws InputProblems listing all that is wrong. */
export function readInputs(read: WorkbookRead, options: ReadInputOptions): InputData {
  const problems: InputProblem[] = [];
  const sheet = (name: string): SheetSnapshot | undefined => {
    const found = read.sheets.find((s) => s.name === name);
    if (!found)
      problems.push({ sheet: name, message: "工作簿中没有这张输入表（可用 juesuan init 生成）" });
    return found;
  };
  const basicsSheet = sheet(INPUT_SHEETS.basics);
  const ledgerSheet = sheet(INPUT_SHEETS.ledger);
  const budgetSheet = sheet(INPUT_SHEETS.budgetPrior);
  const supplementarySheet = sheet(INPUT_SHEETS.supplementary);
  const subjectsSheet = read.sheets.find((s) => s.name === INPUT_SHEETS.subjects);
  if (!basicsSheet || !ledgerSheet || !budgetSheet || !supplementarySheet)
    throw new InputProblems(problems);

  const basics = readBasics(basicsSheet, problems);
  const profile = options.profile ?? profileOfBasics(basics, basicsSheet, problems);
  // Without a format there is no vocabulary to read the other sheets with, and without the year's
  // catalog no code can be checked; both problems are already listed.
  if (!profile || !basics.year) throw new InputProblems(problems);
  const vocabulary = profile.vocabulary;
  const base = catalogsFor(basics.year);
  const notes: string[] = [];
  const catalogs = subjectsSheet ? extendCatalogs(base, subjectsSheet, problems, notes) : base;
  const ledger = readLedger(
    ledgerSheet,
    { basics, catalogs, formulas: options.formulas },
    problems
  );
  const budgetPrior = readBudgetPrior(budgetSheet, catalogs, vocabulary, options, problems);
  const supplementary = readSupplementary(supplementarySheet, vocabulary, options, problems);
  const reasons = readReasons(supplementarySheet, supplementary.columns, vocabulary, problems);
  if (problems.length) throw new InputProblems(problems);
  return {
    basics,
    profile,
    catalogs,
    ledger,
    budgetPrior,
    supplementary: { columns: supplementary.columns as ColumnMap, items: supplementary.items },
    reasons,
    notes,
  };
}

function readBasics(sheet: SheetSnapshot, problems: InputProblem[]): Basics {
  const fieldRow = (caption: string) =>
    sheet.values.findIndex((row) => captionKey(row?.[0]) === captionKey(caption));
  const field = (caption: string): { row: number; value: CellValue } | undefined => {
    const row = fieldRow(caption);
    return row < 0 ? undefined : { row, value: sheet.values[row]?.[1] ?? null };
  };
  const missing = (caption: string) =>
    problems.push({
      sheet: sheet.name,
      message: `缺少“${caption}”一行（A列为项目名称，B列为内容）`,
    });

  const department = field(BASICS_FIELDS.department);
  if (!department) missing(BASICS_FIELDS.department);
  else if (!cellText(department.value))
    problems.push({ sheet: sheet.name, row: department.row, col: 1, message: "部门名称为空" });

  const yearField = field(BASICS_FIELDS.year);
  let year = 0;
  if (!yearField) missing(BASICS_FIELDS.year);
  else {
    year = fiscalYearOf(cellText(yearField.value)) ?? 0;
    if (year < 2000 || year > 2100) {
      problems.push({
        sheet: sheet.name,
        row: yearField.row,
        col: 1,
        message: `决算年度「${cellText(yearField.value)}」无效，应为四位年份，如 2021`,
      });
      year = 0;
    } else if (!hasCatalog(year)) {
      problems.push({
        sheet: sheet.name,
        row: yearField.row,
        col: 1,
        message: missingCatalogMessage(year),
      });
      year = 0;
    }
  }

  const tail = field(BASICS_FIELDS.tailAdjust);
  const tailText = cellText(tail?.value ?? null);
  if (tail && tailText && tailText !== "是" && tailText !== "否") {
    problems.push({
      sheet: sheet.name,
      row: tail.row,
      col: 1,
      message: `尾差调整应填“是”或“否”，不是「${tailText}」`,
    });
  }

  const units: Unit[] = [];
  const captionRow = fieldRow(BASICS_UNITS_CAPTION);
  const columns =
    captionRow >= 0
      ? locateColumns(sheet, UNIT_COLUMNS, "name", problems, {
          from: captionRow,
          required: ["name"],
        })
      : undefined;
  if (captionRow < 0) missing(BASICS_UNITS_CAPTION);
  if (columns) {
    const seen = new Map<string, number>();
    for (let r = columns.headerRow + 1; r < sheet.values.length; r++) {
      const row = sheet.values[r];
      if (isBlankRow(row)) continue;
      const name = cellText(row[columns.index.name]);
      if (!name) continue;
      const typeCol = columns.index.type;
      const type = typeCol === undefined ? "" : cellText(row[typeCol]);
      if (type && !(UNIT_TYPES as readonly string[]).includes(type)) {
        problems.push({
          sheet: sheet.name,
          row: r,
          col: typeCol,
          column: "单位性质",
          message: `单位性质「${type}」无效，应为：${UNIT_TYPES.join("、")}`,
        });
      }
      if (seen.has(name)) {
        problems.push({
          sheet: sheet.name,
          row: r,
          col: columns.index.name,
          column: "单位名称",
          message: `单位「${name}」与第${(seen.get(name) as number) + 1}行重复`,
        });
      }
      seen.set(name, r);
      units.push({ name, type: (type || undefined) as UnitType | undefined });
    }
    if (units.length === 0) {
      problems.push({
        sheet: sheet.name,
        row: columns.headerRow,
        message: "“纳入本套决算的单位”下没有填写任何单位",
      });
    }
  }
  return {
    department: cellText(department?.value ?? null),
    year,
    province: cellText(field(BASICS_FIELDS.province)?.value ?? null) || undefined,
    profile: cellText(field(BASICS_FIELDS.profile)?.value ?? null) || undefined,
    tailAdjust: tailText === "是",
    units,
  };
}

/**
 * The format 基础信息 names: 公开表格式 by id, which must cover 省份 and 决算年度 when those are
 * given; else the format of 省份 for 决算年度. Workbooks from before formats could be chosen name
 * neither and keep the format they were made with.
 */
function profileOfBasics(
  basics: Basics,
  sheet: SheetSnapshot,
  problems: InputProblem[]
): FormatProfile | undefined {
  const rowOf = (caption: string) => {
    const row = sheet.values.findIndex((r) => captionKey(r?.[0]) === captionKey(caption));
    return row < 0 ? undefined : row;
  };
  const problem = (caption: string, message: string) =>
    problems.push({ sheet: sheet.name, row: rowOf(caption), col: 1, message });
  if (basics.profile) {
    const profile = findProfile(basics.profile);
    if (!profile) {
      problem(
        BASICS_FIELDS.profile,
        `未知的公开表格式「${basics.profile}」；可用的格式：${availableProfiles()}`
      );
      return undefined;
    }
    const province = basics.province?.replace(/省$/, "");
    if (province && province !== profile.province)
      problem(
        BASICS_FIELDS.province,
        `省份「${basics.province}」与公开表格式「${profile.id}」（${profile.province}）不符`
      );
    else if (basics.year && (basics.year < profile.years.from || basics.year > profile.years.to))
      problem(
        BASICS_FIELDS.year,
        `决算年度${basics.year}不在公开表格式「${profile.id}」适用的年度（${profile.years.from}—${profile.years.to}年）内；请改选格式`
      );
    return profile;
  }
  if (basics.province && basics.year) {
    try {
      return profileFor(basics.province, basics.year);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      problem(BASICS_FIELDS.province, error.message);
      return undefined;
    }
  }
  return findProfile(DEFAULT_PROFILE);
}

function extendCatalogs(
  base: Catalogs,
  sheet: SheetSnapshot,
  problems: InputProblem[],
  notes: string[]
): Catalogs {
  const columns = locateColumns(sheet, SUBJECT_COLUMNS, "code", problems, {
    required: ["catalog", "code", "name"],
  });
  if (!columns) return base;
  const additions: Record<CatalogKind, CatalogAddition[]> = {
    functional: [],
    economic: [],
  };
  for (let r = columns.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const code = normalizeCode(row?.[columns.index.code]);
    if (!code) continue;
    const catalog = cellText(row[columns.index.catalog]);
    const kind = catalogKindOf(catalog);
    if (!kind) {
      problems.push({
        sheet: sheet.name,
        row: r,
        col: columns.index.catalog,
        column: "科目类型",
        message: `科目类型应为“功能分类”或“经济分类”，不是「${catalog}」`,
      });
      continue;
    }
    additions[kind].push({ code, name: row[columns.index.name], where: `第${r + 1}行` });
  }
  const extended = { ...base };
  for (const kind of ["functional", "economic"] as const) {
    if (!additions[kind].length) continue;
    const result = base[kind].extend(additions[kind]);
    result.problems.forEach((message) => problems.push({ sheet: sheet.name, message }));
    notes.push(...result.notes.map((n) => `${sheet.name}：${n}`));
    extended[kind] = result.catalog;
  }
  return extended;
}

function readAmountCell(
  value: CellValue,
  where: Omit<InputProblem, "message">,
  options: ReadInputOptions,
  problems: InputProblem[],
  count = false
): Decimal | undefined {
  const parsed = count ? parseCount(value) : parseAmount(value);
  if (!parsed.ok) {
    problems.push({ ...where, message: parsed.error });
    return undefined;
  }
  if (typeof value === "string" && options.formulas && !parsed.blank) {
    problems.push({
      ...where,
      message: `「${value}」是文本格式，表中的公式不会计入；请改为数值（或改用“数值”方式填报，命令行为 --values）`,
    });
    return undefined;
  }
  return parsed.blank ? undefined : parsed.value;
}

function readBudgetPrior(
  sheet: SheetSnapshot,
  catalogs: Catalogs,
  vocabulary: InputVocabulary,
  options: ReadInputOptions,
  problems: InputProblem[]
): InputData["budgetPrior"] {
  const columns = locateColumns(sheet, BUDGET_PRIOR_COLUMNS, "indicator", problems, {
    required: ["indicator", "code", "budget", "prior"],
  });
  const figures = new Map<string, IndicatorFigures>();
  if (!columns) return { columns: { index: {}, headerRow: 0 }, figures };
  const byName = new Map(vocabulary.indicators.map((i) => [i.name, i]));
  const rows = new Map<string, number>();
  for (let r = columns.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const name = cellText(row?.[columns.index.indicator]);
    if (!name) continue;
    const indicator = byName.get(name);
    const at = (key: string, column: string) => ({
      sheet: sheet.name,
      row: r,
      col: columns.index[key],
      column,
    });
    if (!indicator) {
      problems.push({ ...at("indicator", "指标"), message: `未知指标「${name}」` });
      continue;
    }
    const code = normalizeCode(row[columns.index.code]);
    if (code) {
      const catalog = indicator.byCode ? catalogs[indicator.byCode] : undefined;
      if (!catalog) {
        problems.push({
          ...at("code", "科目编码"),
          message: `指标「${name}」不分科目，科目编码应留空`,
        });
        continue;
      }
      const level = indicator.codeLevel ?? "类";
      if (code.length !== CODE_LENGTH[level] || !catalog.has(code)) {
        problems.push({
          ...at("code", "科目编码"),
          message: `「${code}」不是${catalog.label}的“${level}”级科目编码`,
        });
        continue;
      }
    }
    const key = code ? `${name}|${code}` : name;
    if (rows.has(key)) {
      problems.push({
        ...at("indicator", "指标"),
        message: `与第${(rows.get(key) as number) + 1}行重复（同一指标${code ? "、同一科目" : ""}只填一行）`,
      });
      continue;
    }
    rows.set(key, r);
    const budget = readAmountCell(
      row[columns.index.budget],
      at("budget", "年初预算数（元）"),
      options,
      problems
    );
    const prior = readAmountCell(
      row[columns.index.prior],
      at("prior", "上年决算数（元）"),
      options,
      problems
    );
    figures.set(key, { budget, prior, row: r });
  }
  return { columns, figures };
}

function readSupplementary(
  sheet: SheetSnapshot,
  vocabulary: InputVocabulary,
  options: ReadInputOptions,
  problems: InputProblem[]
): { columns: ColumnMap | undefined; items: Map<string, SupplementaryValue> } {
  const columns = locateColumns(sheet, SUPPLEMENTARY_COLUMNS, "item", problems, {
    required: ["item", "value"],
  });
  const items = new Map<string, SupplementaryValue>();
  if (!columns) return { columns, items };
  const known = new Map(vocabulary.supplementary.map((i) => [i.name, i]));
  for (let r = columns.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    if (captionKey(row?.[columns.index.item]) === captionKey(REASON_COLUMNS[1].header)) break;
    const name = cellText(row?.[columns.index.item]);
    if (!name) continue;
    const item = known.get(name);
    const where = { sheet: sheet.name, row: r, col: columns.index.value, column: "数值" };
    if (!item) {
      problems.push({
        ...where,
        col: columns.index.item,
        column: "项目",
        message: `「${name}」不是补充信息的规定项目`,
      });
      continue;
    }
    if (items.has(name)) {
      problems.push({
        ...where,
        col: columns.index.item,
        column: "项目",
        message: `项目「${name}」重复`,
      });
      continue;
    }
    const raw = row[columns.index.value];
    const value =
      item.unit === "文字"
        ? cellText(raw) || undefined
        : readAmountCell(raw, where, options, problems, item.unit !== "元");
    items.set(name, { value, unit: item.unit, row: r });
  }
  return { columns, items };
}

function readReasons(
  sheet: SheetSnapshot,
  itemColumns: ColumnMap | undefined,
  vocabulary: InputVocabulary,
  problems: InputProblem[]
): Map<string, Reason> {
  const reasons = new Map<string, Reason>();
  const from = itemColumns ? itemColumns.headerRow + 1 : 0;
  const columns = locateColumns(sheet, REASON_COLUMNS, "comparison", problems, {
    from,
    within: sheet.values.length,
    required: ["comparison", "code", "reason"],
  });
  if (!columns) return reasons;
  const byCaption = new Map(vocabulary.comparisons.map((c) => [c.caption, c]));
  const rows = new Map<string, number>();
  for (let r = columns.headerRow + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r];
    const caption = cellText(row?.[columns.index.comparison]);
    const text = cellText(row?.[columns.index.reason]);
    if (!caption || !text) continue;
    const code = normalizeCode(row[columns.index.code]);
    const at = (key: string, column: string) => ({
      sheet: sheet.name,
      row: r,
      col: columns.index[key],
      column,
    });
    const candidates = vocabulary.comparisons.filter((c) => c.caption === caption);
    const comparison = candidates.find((c) => Boolean(c.byCode) === Boolean(code));
    if (!byCaption.has(caption)) {
      problems.push({ ...at("comparison", "比较项"), message: `未知比较项「${caption}」` });
      continue;
    }
    if (!comparison) {
      problems.push({
        ...at("code", "科目编码"),
        message: `比较项「${caption}」不分科目，科目编码应留空`,
      });
      continue;
    }
    const level = comparison.codeLevel ?? "类";
    if (code && code.length !== CODE_LENGTH[level]) {
      // A code of another level would never be looked up: the sentence would ask for the reason again.
      problems.push({
        ...at("code", "科目编码"),
        message: `比较项「${caption}」按“${level}”分行，科目编码应为 ${CODE_LENGTH[level]} 位（填的是「${code}」）`,
      });
      continue;
    }
    const key = reasonKey(comparison.indicator, comparison.basis, code || undefined);
    if (rows.has(key)) {
      const hint = comparison.byCode || candidates.length > 1 ? "；分科目的原因请填写科目编码" : "";
      problems.push({
        ...at("reason", "主要原因"),
        message: `与第${(rows.get(key) as number) + 1}行的主要原因重复${hint}`,
      });
      continue;
    }
    rows.set(key, r);
    reasons.set(key, { text, row: r, col: columns.index.reason });
  }
  return reasons;
}
