import { AS_WRITTEN, LintContext, Reading, misplacedPoint } from "../context";
import type { Figure } from "../extract";
import type { Fit } from "../numbers";

/**
 * Reports one equation: nothing when exact, 提示 when the stated precision explains the slip,
 * 数量级 when moving one figure's decimal point mends it, else an error. True when it held.
 */
export function report(
  ctx: LintContext,
  span: { start: number; end: number },
  rule: "增减率" | "增减额" | "占比" | "完成率" | "合计",
  evaluate: (r: Reading) => { fit: Fit; detail: string },
  figures: Figure[],
  severity: "error" | "warning" = "error"
): boolean {
  const written = evaluate(AS_WRITTEN);
  if (written.fit === "exact") return true;
  if (written.fit !== "none") {
    ctx.report(rule, "info", written.detail, span.start, span.end, figures);
    return true;
  }
  const slip = misplacedPoint(figures, (r) => evaluate(r).fit);
  if (slip) {
    const unit = slip.figure.unit;
    ctx.report(
      "数量级",
      "error",
      `“${slip.from.text}${unit}”与其余数字不符，疑为“${slip.to.text}${unit}”（小数点错位）：${evaluate(slip.reading).detail}`,
      span.start,
      span.end,
      figures
    );
    return false;
  }
  ctx.report(rule, severity, written.detail, span.start, span.end, figures);
  return false;
}
