import { Decimal, ZERO } from "../money";
import type { ReadCell, ReadTables } from "../tables/types";
import { tableOfId } from "../templates/ids";
import { cellLabel } from "../workbook/a1";
import type { BoundTerm, RuleInstance, Severity } from "./types";

import { Status, sideForms, statusForms } from "./forms";

/** Half of one unit of a displayed figure: each rounded operand is off by at most this. */
export const HALF_CENT = new Decimal("0.005");
/** Full-precision figures are 元/10000, so 6 decimals of 万元 hold them exactly. */
const FULL_PLACES = 6;

export interface Outcome {
  instance: RuleInstance;
  status: Status;
  left: Decimal;
  right: Decimal;
  /** left − right. */
  difference: Decimal;
  /** The largest difference rounding can explain (n × 0.005 for n displayed operands). */
  tolerance: Decimal;
  cells: string[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  cells: string[];
  expected: number;
  actual: number;
}

/** The tables a check reads: the workbook's, and last year's published ones (`--prior`). */
export interface CheckedTables {
  current: ReadTables;
  prior?: ReadTables;
}

/** A rule that was not checked because a figure it needs was not found in the workbook. */
export interface Unchecked {
  instance: RuleInstance;
  /** Ids of the cells that were not found (or not readable). */
  missing: string[];
}

/** The figure was read from the file (or is a subject line the table leaves out, hence 0). */
export function isKnown(cell: ReadCell | undefined): boolean {
  if (!cell || cell.unreadable) return false;
  return cell.at !== undefined || cell.expr !== undefined || Boolean(cell.omitted);
}

/**
 * Evaluates the rules whose figures were all read. A rule needing a figure the reader did not find
 * goes to `unchecked` (when given), never computed from a 0 that is not in the file.
 */
export function evaluateRules(
  instances: readonly RuleInstance[],
  workbooks: CheckedTables,
  unchecked: Unchecked[] = []
): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const instance of instances) {
    if (instance.skipIfAbsent && !workbooks.current.cells.get(instance.skipIfAbsent)?.at) continue;
    const terms = [...instance.left, ...instance.right];
    if (instance.whenPresent && terms.some((t) => !workbooks.current.cells.has(t.id))) continue;
    if (terms.some((t) => t.prior) && !workbooks.prior) continue;
    const missing = terms.filter((t) => !isKnown(cellOf(t, workbooks))).map((t) => t.id);
    if (missing.length) {
      unchecked.push({ instance, missing });
      continue;
    }
    const read = (t: BoundTerm) => cellOf(t, workbooks);
    const left = sideForms.value(instance.left, read);
    const right = sideForms.value(instance.right, read);
    const tolerance = terms.reduce((sum, t) => sum.plus(toleranceOf(t, workbooks)), ZERO);
    const difference = left.minus(right).toDecimalPlaces(FULL_PLACES);
    const status = statusForms.value(instance.relation, difference, tolerance);
    const cells = terms.flatMap((t) => {
      const at = cellOf(t, workbooks).at;
      return at ? [`${t.prior ? "上年：" : ""}${cellLabel(at.sheet, at.row, at.col)}`] : [];
    });
    outcomes.push({ instance, status, left, right, difference, tolerance, cells });
  }
  return outcomes;
}

/** How far rounding to the printed digits may have moved the term's figure (0 at full precision). */
function toleranceOf(term: BoundTerm, workbooks: CheckedTables): Decimal {
  const tables = term.prior ? workbooks.prior : workbooks.current;
  if (!tables || tables.fullPrecision) return ZERO;
  const cell = cellOf(term, workbooks);
  if (cell.omitted) return ZERO;
  return cell.tolerance ?? HALF_CENT;
}

function cellOf(term: BoundTerm, workbooks: CheckedTables): ReadCell {
  const tables = term.prior ? workbooks.prior : workbooks.current;
  const cell = tables?.cells.get(term.id);
  if (cell) return cell;
  // A subject line a table that was read does not list: nothing was spent on it.
  const omitted = Boolean(tables?.tables.get(tableOfId(term.id))?.listsSubjects);
  return omitted ? { value: ZERO, omitted } : { value: ZERO };
}

/** Findings for what did not pass: the rule's severity, or 提示 for a rounding 尾差. */
export function findingsOf(outcomes: readonly Outcome[]): Finding[] {
  return outcomes
    .filter((o) => o.status !== "pass")
    .map((o) => {
      const relation = o.instance.relation === "=" ? "相差" : "超出";
      const amount = `${relation} ${o.difference.abs().toFixed()}（左边 ${o.left.toFixed()}，右边 ${o.right.toFixed()}）`;
      const tail =
        o.status === "tail"
          ? `；在参与计算的各数四舍五入的误差（${o.tolerance.toFixed()}）范围内，属尾差`
          : "";
      return {
        rule: o.instance.id,
        severity: o.status === "tail" ? "info" : o.instance.severity,
        message: `${o.instance.message}：${amount}${tail}`,
        cells: o.cells,
        expected: o.right.toNumber(),
        actual: o.left.toNumber(),
      };
    });
}
