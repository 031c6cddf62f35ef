import { Decimal, ZERO } from "../money";
import type { ReadCell, ReadTables } from "../tables/types";
import { a1, sheetRef } from "../workbook/a1";
import type { BoundTerm, RuleInstance } from "./types";

/**
 * A rule's two sides and its status once, value form and formula form side by side: evaluate.ts
 * computes them in TypeScript, checkSheet.ts writes them as the 校验 sheet's formulas.
 * test/unit/rules/forms.test.ts evaluates the formulas and compares.
 */

export type Status = "pass" | "tail" | "fail";
export const STATUS_TEXT: Record<Status, string> = { pass: "通过", tail: "尾差", fail: "不通过" };

/** Float noise of Excel's sums stays far below 0.01 元 = 0.000001 万元. */
const EXACT = "0.0000005";

/** Σ sign × figure of one side. */
export const sideForms = {
  value(terms: readonly BoundTerm[], cellOf: (term: BoundTerm) => ReadCell): Decimal {
    return terms.reduce((acc, t) => acc.plus(cellOf(t).value.times(t.sign)), ZERO);
  },
  /** Cells the workbook does not show count as 0 (left out of the sum). */
  formula(terms: readonly BoundTerm[], tables: ReadTables): string {
    const parts = terms.flatMap((t) => {
      const cell = tables.cells.get(t.id);
      if (cell?.expr) return [`${t.sign === -1 ? "-" : "+"}${cell.expr}`];
      if (!cell?.at) return [];
      const ref = sheetRef(cell.at.sheet, a1(cell.at.row, cell.at.col, true));
      return [`${t.sign === -1 ? "-" : "+"}${ref}${cell.divisor ? `/${cell.divisor}` : ""}`];
    });
    return parts.length ? parts.join("").replace(/^\+/, "") : "0";
  },
};

/**
 * 通过 when the relation holds, 尾差 when it is off by no more than rounding explains, 不通过
 * otherwise. `difference` is left − right; for ≤ only an excess counts.
 */
export const statusForms = {
  value(relation: RuleInstance["relation"], difference: Decimal, tolerance: Decimal): Status {
    const excess = relation === "=" ? difference.abs() : difference;
    if (excess.lessThanOrEqualTo(0)) return "pass";
    return excess.lessThanOrEqualTo(tolerance) ? "tail" : "fail";
  },
  /** The formula's result is the status's text (STATUS_TEXT). */
  formula(relation: RuleInstance["relation"], difference: string, tolerance: string): string {
    const excess = relation === "=" ? `ABS(${difference})` : difference;
    const text = (s: Status) => `"${STATUS_TEXT[s]}"`;
    return `IF(${excess}<=${EXACT},${text("pass")},IF(${excess}<=${tolerance},${text("tail")},${text("fail")}))`;
  },
};
