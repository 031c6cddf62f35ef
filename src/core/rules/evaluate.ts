import { Decimal, ZERO } from "../money";
import type { ReadCell, ReadTables } from "../tables/types";
import { cellLabel } from "../workbook/a1";
import type { BoundTerm, RuleInstance, Severity } from "./types";

export type Status = "pass" | "tail" | "fail";

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

export interface CheckSources {
  current: ReadTables;
  prior?: ReadTables;
}

export function evaluateRules(
  instances: readonly RuleInstance[],
  sources: CheckSources
): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const instance of instances) {
    if (instance.skipIfAbsent && !sources.current.cells.get(instance.skipIfAbsent)?.at) continue;
    const terms = [...instance.left, ...instance.right];
    if (instance.whenPresent && terms.some((t) => !sources.current.cells.has(t.id))) continue;
    if (terms.some((t) => t.prior) && !sources.prior) continue;
    const side = (list: BoundTerm[]) =>
      list.reduce((acc, t) => acc.plus(cellOf(t, sources).value.times(t.sign)), ZERO);
    const left = side(instance.left);
    const right = side(instance.right);
    const displayed = terms.filter(
      (t) => !(t.prior ? sources.prior?.fullPrecision : sources.current.fullPrecision)
    );
    const tolerance = HALF_CENT.times(displayed.length);
    const difference = left.minus(right).toDecimalPlaces(FULL_PLACES);
    const excess = instance.relation === "=" ? difference.abs() : difference;
    const status: Status = excess.lessThanOrEqualTo(0)
      ? "pass"
      : excess.lessThanOrEqualTo(tolerance)
        ? "tail"
        : "fail";
    const cells = terms.flatMap((t) => {
      const at = cellOf(t, sources).at;
      return at ? [`${t.prior ? "上年：" : ""}${cellLabel(at.sheet, at.row, at.col)}`] : [];
    });
    outcomes.push({ instance, status, left, right, difference, tolerance, cells });
  }
  return outcomes;
}

function cellOf(term: BoundTerm, sources: CheckSources): ReadCell {
  const tables = term.prior ? sources.prior : sources.current;
  return tables?.cells.get(term.id) ?? { value: ZERO };
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
          ? `；在 ${o.tolerance.dividedBy(HALF_CENT).toNumber()} 个数各自四舍五入的误差范围内，属尾差`
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
