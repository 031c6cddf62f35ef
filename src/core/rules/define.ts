import type { RuleDef, Severity, Term } from "./types";

/**
 * Builders for a format's 勾稽关系 (src/core/profiles/<id>/rules.ts), so each rule reads as the
 * relation it checks: equal(id, [t("T01.收入总计")], [t("T01.支出总计")], message).
 */

/** A cell of this workbook, added (1) or subtracted (-1). */
export const t = (id: string, sign: 1 | -1 = 1): Term => ({ id, sign });
/** The same cell in last year's workbook (`--prior`). */
export const prior = (id: string): Term => ({ id, prior: true });

const relation =
  (kind: "=" | "<=") =>
  (
    id: string,
    left: Term[],
    right: Term[],
    message: string,
    severity: Severity = "error"
  ): RuleDef => ({
    id,
    severity,
    relation: kind,
    left,
    right,
    message,
  });
export const equal = relation("=");
export const atMost = relation("<=");

/** The rule once per 类 line of `tables` ("{code}" in its cells and message). */
export const perClass = (rule: RuleDef, tables: string[]): RuleDef => ({
  ...rule,
  forEach: { tables, level: "类" },
});
/** The rule once per subject line of `tables`. */
export const perLine = (rule: RuleDef, tables: string[]): RuleDef => ({
  ...rule,
  forEach: { tables },
});
