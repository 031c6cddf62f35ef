import type { Extracted, Figure } from "./extract";
import { FACT_NAMES, canonicalLabel } from "./labels";
import type { Claim, Measure } from "./types";

/**
 * Claims: each written figure as {subject, period, measure, basis, value, precision, unit}, the
 * form in which findings show what they were computed from (`lint --json`).
 */

/** Subject keys (canonicalLabel form) back to the vocabulary's spelling. */
const DISPLAY = new Map<string, string>(FACT_NAMES.map((name) => [canonicalLabel(name), name]));

export function displaySubject(key: string): string {
  return DISPLAY.get(key) ?? key;
}

const MEASURE: Record<Figure["role"], Measure> = {
  level: "决算",
  actual: "决算",
  budget: "预算",
  delta: "增减额",
  rate: "增减率",
  completionRate: "完成率",
  share: "占比",
  other: "其他",
};

export function claimOf(f: Figure, ex: Extracted): Claim {
  const measure = f.role === "budget" ? (f.budgetKind ?? "预算") : MEASURE[f.role];
  const c = ex.completionOf.get(f);
  const subject = f.subject || (c ? canonicalLabel(c.subject) : "");
  const claim: Claim = {
    subject: displaySubject(subject),
    period: f.period,
    measure,
    value: f.nums.map((n) => n.text).join(" "),
    precision: f.nums[0]?.decimals ?? 0,
    unit: f.unit,
  };
  const basis =
    f.role === "delta" || f.role === "rate"
      ? f.basis
      : f.role === "completionRate"
        ? (f.budgetKind ?? "预算")
        : f.role === "share"
          ? f.shareOf || "合计"
          : undefined;
  if (basis) claim.basis = basis;
  return claim;
}
