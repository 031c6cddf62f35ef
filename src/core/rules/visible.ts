import { Decimal, formatFixed, roundHalfUp, ZERO } from "../money";
import type { ReadTables } from "../tables/types";
import { cellLabel } from "../workbook/a1";
import type { CheckedTables, Finding, Outcome } from "./evaluate";
import type { BoundTerm } from "./types";

/** Words every visible-gap message holds: how the CLI and the pane count them. */
export const VISIBLE_MARK = "按打印的两位小数";

export const isVisibleGap = (finding: Finding) =>
  finding.severity === "info" && finding.message.includes(VISIBLE_MARK);

/**
 * The line a report ends with while visible gaps remain: how many, and how to close them (`remedy`
 * names the CLI option or the pane's setting); undefined when the printed figures add up.
 */
export function visibleGapNote(findings: readonly Finding[], remedy: string): string | undefined {
  const gaps = findings.filter(isVisibleGap).length;
  if (!gaps) return undefined;
  return `打印的两位小数相加不一致（读者可见的尾差）${gaps} 处：${remedy}，或在表下注明尾差`;
}

/**
 * The relations as a reader of the printed tables sees them: every figure rounded 四舍五入 to two
 * decimals (万元), as displayed. A relation that holds at full precision (or within rounding) but not
 * between the printed figures is a visible 尾差: a 提示 naming its cells and the 尾差调整 that closes
 * it (the largest printed part moved by the gap, as `fill --tail-adjust` does). Relations that fail
 * outright are already errors and are not repeated here.
 */
export function visibleGaps(outcomes: readonly Outcome[], workbooks: CheckedTables): Finding[] {
  const findings: Finding[] = [];
  // A figure sits in many relations (1,800 terms over 760 cells in the sample): rounded once.
  const printed = new Map<string, Decimal>();
  const shown = (t: BoundTerm) => {
    const key = t.prior ? `prior:${t.id}` : t.id;
    let value = printed.get(key);
    if (!value) printed.set(key, (value = roundHalfUp(valueOf(t, workbooks), 2)));
    return value;
  };
  for (const outcome of outcomes) {
    if (outcome.status === "fail") continue;
    const { instance } = outcome;
    const side = (list: BoundTerm[]) =>
      list.reduce((acc, t) => acc.plus(shown(t).times(t.sign)), ZERO);
    const left = side(instance.left);
    const right = side(instance.right);
    const gap = left.minus(right);
    const visible = instance.relation === "=" ? !gap.isZero() : gap.greaterThan(0);
    if (!visible) continue;
    // The side with more terms holds the parts; its largest printed figure takes the gap.
    const partsOnLeft = instance.left.length > instance.right.length;
    const parts = partsOnLeft ? instance.left : instance.right;
    const largest = [...parts].sort((a, b) => shown(b).abs().comparedTo(shown(a).abs()))[0];
    const at = largest && locate(largest, workbooks);
    // Moving a part on the right by +gap closes left − right; on the left, by −gap.
    const adjusted =
      largest && shown(largest).plus(gap.times(partsOnLeft ? -1 : 1).times(largest.sign));
    const suggestion =
      at && adjusted
        ? `；尾差调整：将 ${at} 的 ${formatFixed(shown(largest))} 改为 ${formatFixed(adjusted)}（或用 juesuan fill --tail-adjust），或在表下注明尾差`
        : "";
    findings.push({
      rule: instance.id,
      severity: "info",
      message: `${instance.message}：${VISIBLE_MARK}，左边 ${formatFixed(left)}，右边 ${formatFixed(right)}，读者可见相差 ${formatFixed(gap.abs())}，属尾差（各数四舍五入所致）${suggestion}`,
      cells: outcome.cells,
      expected: right.toNumber(),
      actual: left.toNumber(),
    });
  }
  return findings;
}

function valueOf(term: BoundTerm, workbooks: CheckedTables): Decimal {
  const tables: ReadTables | undefined = term.prior ? workbooks.prior : workbooks.current;
  return tables?.cells.get(term.id)?.value ?? ZERO;
}

function locate(term: BoundTerm, workbooks: CheckedTables): string | undefined {
  const tables = term.prior ? workbooks.prior : workbooks.current;
  const at = tables?.cells.get(term.id)?.at;
  return at ? cellLabel(at.sheet, at.row, at.col) : undefined;
}
