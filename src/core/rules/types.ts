/** 勾稽关系 as data: relations between table cells, by the cell ids the templates define. */

import type { Severity } from "../severity";

export { SEVERITY_LABEL } from "../severity";
export type { Severity } from "../severity";

export interface Term {
  /** A cell id; "{code}" stands for the code the rule is expanded over. */
  id: string;
  sign?: 1 | -1;
  /** Last year's workbook (`--prior`). */
  prior?: boolean;
}

/** Expands a rule once per subject line: the codes of `table`'s lines, optionally one level only. */
export interface ForEachCode {
  tables: string[];
  level?: "类" | "款" | "项";
}

export interface RuleDef {
  id: string;
  severity: Severity;
  /** left = right, or left ≤ right. */
  relation: "=" | "<=";
  left: Term[];
  right: Term[];
  /** What must hold, in Chinese; "{code}" and "{name}" are filled in for expanded rules. */
  message: string;
  forEach?: ForEachCode;
  /** Needs last year's workbook. */
  needsPrior?: boolean;
  /** Checked only when the workbook has every cell it reads (e.g. the input sheets). */
  whenPresent?: boolean;
}

export interface BoundTerm {
  id: string;
  sign: 1 | -1;
  prior: boolean;
}

/** One rule applied to concrete cells. */
export interface RuleInstance {
  /** Rule id, with "[code]" for expanded rules. */
  id: string;
  ruleId: string;
  severity: Severity;
  relation: "=" | "<=";
  left: BoundTerm[];
  right: BoundTerm[];
  message: string;
  /** A table's own total line that the sheet may simply not show (a hand-typed table without 款 lines). */
  skipIfAbsent?: string;
  /** Skip unless every term's cell exists in the workbook read. */
  whenPresent?: boolean;
}
