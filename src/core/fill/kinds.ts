import { columnRef, text } from "../formula/build";
import type { InputData } from "../inputs/types";
import { Decimal, ZERO, yuanToWan, yuanToWanFormula } from "../money";
import { tableOfId } from "../templates/ids";
import type { AmountCell, TableLayout } from "../templates/layout";
import { a1, sheetRef } from "../workbook/a1";
import type { FillDefinition, LedgerFilter } from "./definitions";
import type { LedgerIndex } from "./ledgerIndex";

/**
 * Each kind of fill definition once, with its two forms side by side: `value` computes the figure
 * in TypeScript and `formula` writes the native formula that computes it in the workbook.
 * test/unit/fill/forms.test.ts evaluates the formulas and compares; the LibreOffice tests do the
 * same on the filled sample.
 */

/** What the value forms read: the input sheets as read, the ledger indexed, other cells' values. */
export interface ValueContext {
  data: InputData;
  index: LedgerIndex;
  valueOf(id: string): Decimal;
  /** 补充信息 items kept in 元 (shown in 万元 in money cells). */
  moneyItems: ReadonlySet<string>;
}

/** Where the input figures sit, as found when reading (users may reorder columns). */
export interface FormulaContext {
  layouts: ReadonlyMap<string, TableLayout>;
  ledger: { sheet: string; columns: Readonly<Record<string, number>> };
  supplementary: { sheet: string; columns: Readonly<Record<string, number>> };
  budgetPrior: { sheet: string; columns: Readonly<Record<string, number>> };
  /** 补充信息 items kept in 元 (shown in 万元 in money cells). */
  moneyItems: ReadonlySet<string>;
}

type FillKind = "ledger" | "ref" | "item" | "budget";
type DefinitionOf<K extends FillKind> = Extract<FillDefinition, Record<K, unknown>>;

interface FillForm<D> {
  value(definition: D, cell: AmountCell, context: ValueContext): Decimal;
  /** Invariant syntax, no "="; undefined for a constant zero (a line another table does not have). */
  formula(definition: D, cell: AmountCell, context: FormulaContext): string | undefined;
}

/** Whether an item's figure is converted from 元 to 万元 in this cell. */
const inWan = (item: string, cell: AmountCell, moneyItems: ReadonlySet<string>) =>
  moneyItems.has(item) && cell.unit === "money";

export const FILL_FORMS: { [K in FillKind]: FillForm<DefinitionOf<K>> } = {
  /** Σ 金额 of the 收支明细 lines matching the filter, in 万元. */
  ledger: {
    value: (d, _cell, context) => yuanToWan(context.index.sum(d.ledger)),
    formula: (d, _cell, context) => yuanToWanFormula(ledgerSumFormula(d.ledger, context)),
  },
  /** Another table's cell; 0 when that line is absent. */
  ref: {
    value: (d, _cell, context) => context.valueOf(d.ref),
    formula(d, _cell, context) {
      const layout = context.layouts.get(tableOfId(d.ref));
      const target = layout?.byId.get(d.ref);
      if (!layout || !target) return undefined;
      return sheetRef(layout.table.code, a1(target.row, target.col, true));
    },
  },
  /** A 补充信息 item: amounts (元) shown in 万元, counts as they are. */
  item: {
    value(d, cell, context) {
      const value = context.data.supplementary.items.get(d.item)?.value;
      const number = value instanceof Decimal ? value : ZERO;
      return inWan(d.item, cell, context.moneyItems) ? yuanToWan(number) : number;
    },
    formula(d, cell, context) {
      const { sheet, columns } = context.supplementary;
      const sumifs = `SUMIFS(${columnRef(sheet, columns.value)},${columnRef(sheet, columns.item)},${text(d.item)})`;
      return inWan(d.item, cell, context.moneyItems) ? yuanToWanFormula(sumifs) : sumifs;
    },
  },
  /** The 年初预算数 of a 预算与上年数 indicator (no 科目编码), in 万元. */
  budget: {
    value: (d, _cell, context) =>
      yuanToWan(context.data.budgetPrior.figures.get(d.budget)?.budget ?? ZERO),
    formula(d, _cell, context) {
      const { sheet, columns } = context.budgetPrior;
      return yuanToWanFormula(
        `SUMIFS(${columnRef(sheet, columns.budget)},${columnRef(sheet, columns.indicator)},${text(d.budget)})`
      );
    },
  },
};

const KINDS: readonly FillKind[] = ["ledger", "ref", "item", "budget"];

export function fillFormOf(definition: FillDefinition): FillForm<FillDefinition> {
  const kind = KINDS.find((k) => k in definition);
  if (!kind) throw new Error(`填报定义无法识别：${JSON.stringify(definition)}`);
  return FILL_FORMS[kind] as FillForm<FillDefinition>;
}

/** SUMIFS over the 金额 column (元): one per 资金来源 listed, added. */
function ledgerSumFormula(filter: LedgerFilter, context: FormulaContext): string {
  const { sheet, columns } = context.ledger;
  const criterion = (key: string, value: string) =>
    `,${columnRef(sheet, columns[key])},${text(value)}`;
  const fixed =
    criterion("kind", filter.kind) +
    (filter.functional !== undefined ? criterion("functional", filter.functional) : "") +
    (filter.economic !== undefined ? criterion("economic", filter.economic) : "") +
    (filter.nature !== undefined ? criterion("nature", filter.nature) : "");
  const sumifs = (extra: string) => `SUMIFS(${columnRef(sheet, columns.amount)}${fixed}${extra})`;
  if (!filter.sources) return sumifs("");
  const parts = filter.sources.map((fund) => sumifs(criterion("source", fund)));
  return parts.length === 1 ? parts[0] : `(${parts.join("+")})`;
}
