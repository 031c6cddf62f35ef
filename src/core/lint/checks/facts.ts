import { Decimal, formatFixed, roundHalfUp } from "../../money";
import { AS_WRITTEN, LintContext } from "../context";
import type { Figure } from "../extract";
import { canonicalLabel, factIndex } from "../labels";
import type { Quantity } from "../numbers";

/** Figures stated in the draft against the same indicators in the workbook (万元). */
export function checkFacts(ctx: LintContext, facts: ReadonlyMap<string, Decimal>): void {
  const index = factIndex(facts);
  if (index.size === 0) return;
  for (const f of ctx.ex.figures) {
    if (f.nums.length !== 1 || f.unit === "%" || f.period !== "本年") continue;
    const key = keyOf(ctx, f);
    const fact = key ? index.get(key) : undefined;
    if (!fact) continue;
    const written = AS_WRITTEN.q(f) as Quantity;
    const decimals = AS_WRITTEN.decimals(f);
    if (roundHalfUp(fact.value, decimals).equals(written.shown)) continue;
    const unit = new Decimal(10).pow(-decimals);
    const gap = fact.value.minus(written.shown).abs();
    const c = ctx.ex.completionOf.get(f);
    const start = c ? c.start : f.labelStart;
    const end = c ? c.end : f.end;
    const shownFact = formatFixed(fact.value, { places: Math.max(2, decimals) });
    if (gap.lt(unit)) {
      ctx.report(
        "工作簿",
        "info",
        `所写${f.nums[0].text}${f.unit}与工作簿“${fact.name}”${shownFact}万元相差不到末位一个单位（截去而非四舍五入？）`,
        start,
        end,
        [f]
      );
    } else {
      ctx.report(
        "工作簿",
        "error",
        `所写${f.nums[0].text}${f.unit}与工作簿“${fact.name}”${shownFact}万元不符`,
        start,
        end,
        [f]
      );
    }
  }
}

function keyOf(ctx: LintContext, f: Figure): string | undefined {
  const c = ctx.ex.completionOf.get(f);
  if (c) return canonicalLabel(c.subject) + (f === c.budget ? "|年初预算" : "");
  if (f.role === "level" || f.role === "actual")
    return f.label ? canonicalLabel(f.label) : undefined;
  if (f.role === "budget") return f.label ? `${canonicalLabel(f.label)}|年初预算` : undefined;
  return undefined;
}
