import type { InputData } from "../inputs/types";
import { INPUT_SHEETS } from "../inputs/sheets";
import { isMoneyItem, RUNNING_COST_ITEM } from "../inputs/supplementaryItems";
import { Decimal, ZERO, yuanToWan, yuanToWanFormula } from "../money";
import { requireKnownCell } from "../profiles/cellIds";
import type { FormatProfile } from "../profiles/types";
import type { ReadTables } from "../tables/types";
import { a1, sheetRef } from "../workbook/a1";
import type { NarrativeContext } from "./types";

export function narrativeContext(
  tables: ReadTables,
  data: InputData,
  profile: FormatProfile = data.profile,
  runningCost?: Decimal
): NarrativeContext {
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
        const money = item !== undefined && isMoneyItem(item);
        const raw = item?.value instanceof Decimal ? item.value : ZERO;
        const ref = item ? at(itemSheet, item.row, sp.value) : undefined;
        return {
          value: money ? yuanToWan(raw) : raw,
          ref: ref && money ? yuanToWanFormula(ref) : ref,
        };
      }
      const which = "budget" in f ? "budget" : "prior";
      const name = "budget" in f ? f.budget : f.prior;
      const figures = data.budgetPrior.figures.get(f.code ? `${name}|${f.code}` : name);
      const ref = figures ? yuanToWanFormula(at(budgetSheet, figures.row, bp[which])) : undefined;
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
