import type { InputData } from "../inputs/types";
import type { InputProblem } from "../inputs/problems";
import { Decimal, ZERO, yuanToWan } from "../money";
import { requireKnownCell } from "../profiles/cellIds";
import type { FormatProfile } from "../profiles/types";
import { tableOfId } from "../templates/ids";
import { AmountCell, TableLayout, layoutTable } from "../templates/layout";
import type { Profile, TableTemplate } from "../templates/types";
import { LedgerIndex } from "./ledgerIndex";
import { CODE, CellSource, LedgerFilter, ProfileSources, withCode } from "./sources";

export interface ComputedTables {
  layouts: Map<string, TableLayout>;
  /** Every amount cell by id, in the unit shown (万元 or a count), at full precision. */
  values: Map<string, Decimal>;
  /** The definition each non-total cell was filled from (code substituted). */
  sourceOf: Map<string, CellSource>;
  /** Tables with no figure at all (printed with their “本表无数据” note). */
  empty: Set<string>;
}

/** Lays out the tables for the data (which subject lines exist) and computes every amount cell. */
export function computeTables(
  data: InputData,
  profile: FormatProfile,
  problems: InputProblem[]
): ComputedTables {
  const sources = profile.sources;
  const index = new LedgerIndex([...data.ledger.groups.values()]);
  const regionCodes: Record<string, string[]> = {};
  for (const table of profile.tables) {
    if (table.blocks.some((b) => b.rows.some((r) => r.kind === "region")))
      regionCodes[table.id] = codesWithData(table, sources, index, "functional");
  }
  const layouts = new Map(
    profile.tables.map((t) => [t.id, layoutTable(t, { catalogs: data.catalogs, regionCodes })])
  );

  const values = new Map<string, Decimal>();
  const sourceOf = new Map<string, CellSource>();
  const cellOf = (id: string): AmountCell | undefined => layouts.get(tableOfId(id))?.byId.get(id);
  const visiting = new Set<string>();
  const valueOf = (id: string): Decimal => {
    const known = values.get(id);
    if (known) return known;
    const cell = cellOf(id);
    if (!cell) {
      requireKnownCell(profile, id, "填报定义");
      return ZERO; // a subject line the data does not have
    }
    if (visiting.has(id)) throw new Error(`单元格定义循环引用：${id}`);
    visiting.add(id);
    let value: Decimal;
    if (cell.sum) {
      value = cell.sum.reduce((acc, part) => acc.plus(valueOf(part.id).times(part.sign)), ZERO);
    } else {
      const source = sourceFor(cell, sources);
      sourceOf.set(id, source);
      value = evaluateSource(source, cell, data, index, valueOf);
    }
    visiting.delete(id);
    values.set(id, value);
    return value;
  };
  for (const layout of layouts.values()) layout.amounts.forEach((cell) => valueOf(cell.id));

  checkNothingLost(profile, sources, index, layouts, data, problems);
  const empty = new Set(
    profile.tables
      .filter(
        (t) =>
          t.emptyNote &&
          (layouts.get(t.id) as TableLayout).amounts.every((c) =>
            (values.get(c.id) as Decimal).isZero()
          )
      )
      .map((t) => t.id)
  );
  return { layouts, values, sourceOf, empty };
}

export function sourceFor(cell: AmountCell, sources: ProfileSources): CellSource {
  const table = sources[cell.tableId] ?? {};
  const fixed = table.cells?.[cell.id];
  if (fixed) return fixed;
  const subject = cell.code !== undefined ? table.subjects?.[cell.columnKey] : undefined;
  if (subject) return withCode(subject, cell.code);
  throw new Error(`${cell.id}：没有填报定义`);
}

function evaluateSource(
  source: CellSource,
  cell: AmountCell,
  data: InputData,
  index: LedgerIndex,
  valueOf: (id: string) => Decimal
): Decimal {
  if ("ledger" in source) return yuanToWan(index.sum(source.ledger));
  if ("ref" in source) return valueOf(source.ref);
  if ("item" in source) {
    const item = data.supplementary.items.get(source.item);
    const number = item?.value instanceof Decimal ? item.value : ZERO;
    return item?.unit === "元" && cell.unit === "money" ? yuanToWan(number) : number;
  }
  const figures = data.budgetPrior.figures.get(source.budget);
  return yuanToWan(figures?.budget ?? ZERO);
}

/** Codes of the table's subject lines: those with a non-zero figure in any of its columns. */
function codesWithData(
  table: TableTemplate,
  sources: ProfileSources,
  index: LedgerIndex,
  free: "functional" | "economic"
): string[] {
  const codes = new Set<string>();
  for (const source of Object.values(sources[table.id]?.subjects ?? {})) {
    if (!("ledger" in source) || source.ledger[free] !== CODE) continue;
    const totals = new Map<string, Decimal>();
    for (const group of index.matching(source.ledger, free))
      totals.set(group[free], (totals.get(group[free]) ?? ZERO).plus(group.amount));
    for (const [code, total] of totals) if (!total.isZero()) codes.add(code);
  }
  return [...codes].sort();
}

/**
 * Money the data has but no line of a table shows: a 经济分类 with no line in 公开06表, a 功能分类 类
 * missing from 公开01表's list. Named at the ledger line, since the tables would silently not add up.
 */
function checkNothingLost(
  profile: Profile,
  sources: ProfileSources,
  index: LedgerIndex,
  layouts: Map<string, TableLayout>,
  data: InputData,
  problems: InputProblem[]
): void {
  const reported = new Set<string>();
  const report = (row: number, key: "functional" | "economic", message: string) => {
    if (reported.has(`${row}|${message}`)) return;
    reported.add(`${row}|${message}`);
    const col = data.ledger.columns.index[key];
    problems.push({
      sheet: data.ledger.sheet,
      row,
      col,
      column: key === "functional" ? "功能分类科目编码" : "经济分类科目编码",
      message,
    });
  };
  for (const table of profile.tables) {
    const layout = layouts.get(table.id) as TableLayout;
    const lineCodes = new Set(layout.amounts.filter((c) => c.code).map((c) => c.code as string));
    for (const [columnKey, source] of Object.entries(sources[table.id]?.subjects ?? {})) {
      if ("ledger" in source && source.ledger.economic === CODE) {
        for (const group of index.matching(source.ledger, "economic")) {
          if (!lineCodes.has(group.economic) && !group.amount.isZero())
            report(
              group.row,
              "economic",
              `经济分类「${group.economic}」在${table.code}中没有对应的行（${describe(source.ledger)}），该金额无法列示；请核对经济分类科目`
            );
        }
      }
      if ("ref" in source && source.ref.includes(CODE)) {
        // The referenced table's 类 lines must all be listed here.
        const target = layouts.get(tableOfId(source.ref)) as TableLayout;
        const refColumn = source.ref.slice(source.ref.lastIndexOf(".") + 1);
        for (const cell of target.amounts) {
          if (
            cell.level !== "类" ||
            cell.columnKey !== refColumn ||
            lineCodes.has(cell.code as string)
          )
            continue;
          const group = [...data.ledger.groups.values()].find((g) =>
            g.functional.startsWith(cell.code as string)
          );
          if (group)
            report(
              group.row,
              "functional",
              `功能分类“类”「${cell.code}」不在${table.code}“${columnKey}”所列的类中，该金额无法列示`
            );
        }
      }
    }
  }
}

function describe(filter: LedgerFilter): string {
  return [filter.sources?.join("、"), filter.nature].filter(Boolean).join("，");
}
