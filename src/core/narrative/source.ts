import type { InputData } from "../inputs/read";
import { INPUT_SHEETS } from "../inputs/sheets";
import { RUNNING_COST_ITEM } from "../inputs/supplementary";
import { Decimal, ZERO, yuanToWan } from "../money";
import { requireKnownCell } from "../profiles/cellIds";
import type { FormatProfile } from "../profiles/types";
import type { ReadTables } from "../tables/types";
import { a1, sheetRef } from "../workbook/a1";
import type { Figure } from "./types";

export type AtomicFigure = Exclude<Figure, { sum: Figure[] }>;

/** A value the narrative needs, and where it lives so a formula can reference it. */
export interface Located<T> {
  value: T;
  /** Excel expression (invariant syntax) giving the value; undefined when the workbook has no such cell. */
  ref?: string;
}

/** What the narrative reads: the tables and the input sheets of one workbook. */
export interface NarrativeSource {
  year: number;
  department: string;
  figure(f: AtomicFigure): Located<Decimal>;
  text(item: string): Located<string | undefined>;
  reason(key: string): Located<string | undefined>;
  /** Ids of table cells, to decide which lines a list states (e.g. the 类 of 公开04表). */
  tables: ReadTables;
  /**
   * 机关运行经费 by definition, from the 收支明细 lines of 行政 and 参公 units (万元): a sentence says
   * the typed figure equals it only when it does. Undefined when the workbook has no 收支明细.
   */
  runningCost?: Decimal;
}

export function narrativeSource(
  tables: ReadTables,
  data: InputData,
  profile: FormatProfile = data.profile,
  runningCost?: Decimal
): NarrativeSource {
  const budgetSheet = INPUT_SHEETS.budgetPrior;
  const itemSheet = INPUT_SHEETS.supplementary;
  const bp = data.budgetPrior.columns.index;
  const sp = data.supplementary.columns.index;
  const at = (sheet: string, row: number, col: number) => sheetRef(sheet, a1(row, col, true));
  return {
    year: data.basics.year,
    department: data.basics.department,
    tables,
    runningCost,
    figure(f) {
      if ("cell" in f) {
        requireKnownCell(profile, f.cell, "情况说明");
        const cell = tables.cells.get(f.cell);
        return {
          value: cell?.value ?? ZERO,
          ref: cell?.at ? at(cell.at.sheet, cell.at.row, cell.at.col) : undefined,
        };
      }
      if ("item" in f) {
        const item = data.supplementary.items.get(f.item);
        // 机关运行经费 left blank: the figure by definition, from the 收支明细 (a constant in the
        // formula form, as computed when the sheet was written).
        if (f.item === RUNNING_COST_ITEM && !(item?.value instanceof Decimal) && runningCost)
          return { value: runningCost, ref: runningCost.toFixed() };
        const money = item?.unit === "元";
        const raw = item?.value instanceof Decimal ? item.value : ZERO;
        const ref = item ? at(itemSheet, item.row, sp.value) : undefined;
        return { value: money ? yuanToWan(raw) : raw, ref: ref && money ? `${ref}/10000` : ref };
      }
      const which = "budget" in f ? "budget" : "prior";
      const name = "budget" in f ? f.budget : f.prior;
      const figures = data.budgetPrior.figures.get(f.code ? `${name}|${f.code}` : name);
      const ref = figures ? `${at(budgetSheet, figures.row, bp[which])}/10000` : undefined;
      return { value: yuanToWan(figures?.[which] ?? ZERO), ref };
    },
    text(name) {
      const item = data.supplementary.items.get(name);
      const value = typeof item?.value === "string" ? item.value : undefined;
      return { value, ref: item ? at(itemSheet, item.row, sp.value) : undefined };
    },
    reason(key) {
      const reason = data.reasons.get(key);
      return {
        value: reason?.text,
        ref: reason ? at(itemSheet, reason.row, reason.col) : undefined,
      };
    },
  };
}
