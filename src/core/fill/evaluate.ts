import type { InputData, LedgerGroup } from "../inputs/types";
import type { InputProblem } from "../inputs/problems";
import { Decimal, ZERO } from "../money";
import { requireKnownCell } from "../profiles/cellIds";
import type { FormatProfile } from "../profiles/types";
import { tableOfId } from "../templates/ids";
import { AmountCell, TableLayout, layoutTable } from "../templates/layout";
import type { Profile, TableTemplate } from "../templates/types";
import { LedgerIndex } from "./ledgerIndex";
import { CODE, FillDefinition, FillDefinitions, LedgerFilter, withCode } from "./definitions";
import { ValueContext, fillFormOf } from "./kinds";
import { moneyItemNames } from "../inputs/supplementaryItems";
import type { CatalogKind } from "../subjects/catalog";

export interface ComputedTables {
  layouts: Map<string, TableLayout>;
  /** Every amount cell by id, in the unit shown (万元 or a count), at full precision. */
  values: Map<string, Decimal>;
  /** The definition each non-total cell was filled from (code substituted). */
  definitionOf: Map<string, FillDefinition>;
  /** Tables with no figure at all (printed with their “本表无数据” note). */
  empty: Set<string>;
}

/** Lays out the tables for the data (which subject lines exist) and computes every amount cell. */
export function computeTables(
  data: InputData,
  profile: FormatProfile,
  problems: InputProblem[]
): ComputedTables {
  const definitions = profile.fill;
  const index = new LedgerIndex(data.ledger.groups);
  const regionCodes: Record<string, string[]> = {};
  for (const table of profile.tables) {
    if (table.blocks.some((b) => b.rows.some((r) => r.kind === "region")))
      regionCodes[table.id] = codesWithData(table, definitions, index, "functional");
  }
  const layouts = new Map(
    profile.tables.map((t) => [t.id, layoutTable(t, { catalogs: data.catalogs, regionCodes })])
  );

  const values = new Map<string, Decimal>();
  const definitionOf = new Map<string, FillDefinition>();
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
      const definition = definitionFor(cell, definitions);
      definitionOf.set(id, definition);
      value = fillFormOf(definition).value(definition, cell, context);
    }
    visiting.delete(id);
    values.set(id, value);
    return value;
  };
  const context: ValueContext = {
    data,
    index,
    valueOf,
    moneyItems: moneyItemNames(profile.vocabulary.supplementary),
  };
  for (const layout of layouts.values()) layout.amounts.forEach((cell) => valueOf(cell.id));

  checkNothingLost(profile, definitions, index, layouts, data, problems);
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
  return { layouts, values, definitionOf, empty };
}

export function definitionFor(cell: AmountCell, definitions: FillDefinitions): FillDefinition {
  const table = definitions[cell.tableId] ?? {};
  const fixed = table.cells?.[cell.id];
  if (fixed) return fixed;
  const subject = cell.code !== undefined ? table.subjects?.[cell.columnKey] : undefined;
  if (subject) return withCode(subject, cell.code);
  throw new Error(`${cell.id}：没有填报定义`);
}

/** Codes of the table's subject lines: those with a non-zero figure in any of its columns. */
function codesWithData(
  table: TableTemplate,
  definitions: FillDefinitions,
  index: LedgerIndex,
  free: CatalogKind
): string[] {
  const codes = new Set<string>();
  for (const definition of Object.values(definitions[table.id]?.subjects ?? {})) {
    if (!("ledger" in definition) || definition.ledger[free] !== CODE) continue;
    for (const code of index.nonZeroCodes(definition.ledger, free)) codes.add(code);
  }
  return [...codes].sort();
}

/**
 * Money the data has but no line of a table shows: a 经济分类 with no line in 公开06表, a 功能分类 类
 * missing from 公开01表's list. Named at the ledger line, since the tables would silently not add up.
 */
function checkNothingLost(
  profile: Profile,
  definitions: FillDefinitions,
  index: LedgerIndex,
  layouts: Map<string, TableLayout>,
  data: InputData,
  problems: InputProblem[]
): void {
  const reported = new Set<string>();
  const report = (row: number, key: CatalogKind, message: string) => {
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
    for (const [columnKey, definition] of Object.entries(definitions[table.id]?.subjects ?? {})) {
      if ("ledger" in definition && definition.ledger.economic === CODE) {
        for (const group of index.matching(definition.ledger, "economic")) {
          if (!lineCodes.has(group.economic) && !isZeroAmount(group))
            report(
              group.row,
              "economic",
              `经济分类「${group.economic}」在${table.code}中没有对应的行（${describe(definition.ledger)}），该金额无法列示；请核对经济分类科目`
            );
        }
      }
      if ("ref" in definition && definition.ref.includes(CODE)) {
        // The referenced table's 类 lines must all be listed here.
        const target = layouts.get(tableOfId(definition.ref)) as TableLayout;
        const refColumn = definition.ref.slice(definition.ref.lastIndexOf(".") + 1);
        for (const cell of target.amounts) {
          if (
            cell.level !== "类" ||
            cell.columnKey !== refColumn ||
            lineCodes.has(cell.code as string)
          )
            continue;
          const group = data.ledger.groups.find((g) =>
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

const isZeroAmount = (group: LedgerGroup) =>
  group.cents !== undefined ? group.cents === 0 : group.amount.isZero();

function describe(filter: LedgerFilter): string {
  return [filter.sources?.join("、"), filter.nature].filter(Boolean).join("，");
}
