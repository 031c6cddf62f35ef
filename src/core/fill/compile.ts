import { columnRef, sumFormula, text } from "../formula/build";
import { tableOfId } from "../templates/ids";
import type { AmountCell, TableLayout } from "../templates/layout";
import { a1, sheetRef } from "../workbook/a1";
import type { CellSource, LedgerFilter } from "./definitions";

/** Where the input figures sit, as found when reading (users may reorder columns). */
export interface FormulaContext {
  layouts: ReadonlyMap<string, TableLayout>;
  ledger: { sheet: string; columns: Readonly<Record<string, number>> };
  supplementary: { sheet: string; columns: Readonly<Record<string, number>> };
  budgetPrior: { sheet: string; columns: Readonly<Record<string, number>> };
  /** 补充信息 items kept in 元 (formulas divide them by 10000). */
  moneyItems: ReadonlySet<string>;
}

const TO_WAN = "/10000";

/**
 * The native formula of a cell (invariant syntax, no "="), or undefined when the cell is a constant
 * zero (a line of another table that the data does not have).
 */
export function compileCell(
  cell: AmountCell,
  source: CellSource | undefined,
  context: FormulaContext
): string | undefined {
  if (cell.sum) {
    const layout = context.layouts.get(cell.tableId) as TableLayout;
    return sumFormula(
      cell.sum.map((part) => {
        const target = layout.byId.get(part.id) as AmountCell;
        return { row: target.row, col: target.col, sign: part.sign };
      })
    );
  }
  if (!source) throw new Error(`${cell.id}：没有填报定义`);
  if ("ledger" in source) return ledgerFormula(source.ledger, context);
  if ("ref" in source) {
    const layout = context.layouts.get(tableOfId(source.ref));
    const target = layout?.byId.get(source.ref);
    if (!layout || !target) return undefined;
    return sheetRef(layout.table.code, a1(target.row, target.col, true));
  }
  if ("item" in source) {
    const { sheet, columns } = context.supplementary;
    const sumifs = `SUMIFS(${columnRef(sheet, columns.value)},${columnRef(sheet, columns.item)},${text(source.item)})`;
    return context.moneyItems.has(source.item) && cell.unit === "money" ? sumifs + TO_WAN : sumifs;
  }
  const { sheet, columns } = context.budgetPrior;
  return `SUMIFS(${columnRef(sheet, columns.budget)},${columnRef(sheet, columns.indicator)},${text(source.budget)})${TO_WAN}`;
}

function ledgerFormula(filter: LedgerFilter, context: FormulaContext): string {
  const { sheet, columns } = context.ledger;
  const criterion = (key: string, value: string) =>
    `,${columnRef(sheet, columns[key])},${text(value)}`;
  const fixed =
    criterion("kind", filter.kind) +
    (filter.functional !== undefined ? criterion("functional", filter.functional) : "") +
    (filter.economic !== undefined ? criterion("economic", filter.economic) : "") +
    (filter.nature !== undefined ? criterion("nature", filter.nature) : "");
  const sumifs = (extra: string) => `SUMIFS(${columnRef(sheet, columns.amount)}${fixed}${extra})`;
  if (!filter.sources) return sumifs("") + TO_WAN;
  const parts = filter.sources.map((source) => sumifs(criterion("source", source)));
  return parts.length === 1 ? parts[0] + TO_WAN : `(${parts.join("+")})${TO_WAN}`;
}
