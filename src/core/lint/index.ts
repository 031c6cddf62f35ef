import { checkChanges } from "./checks/change";
import {
  checkChangeParts,
  checkEqualTotals,
  checkHeadcount,
  checkNoChange,
  checkOnlyNonzeroShare,
  checkPairedTotals,
  checkSpendingParts,
} from "./checks/consistency";
import { checkReasons, checkTitle, checkTypos } from "./checks/outline";
import { checkFacts } from "./checks/facts";
import { checkCompletions, checkShares } from "./checks/ratio";
import { checkIdentities, checkLists, checkRepeated } from "./checks/sum";
import { checkFigureCounts, checkTemplates } from "./checks/wording";
import { createContext } from "./context";
import { extract } from "./extract";
import { findLists } from "./lists";
import { normalizeDraft } from "./normalize";
import type { LintFinding, LintOptions } from "./types";

export { lintOutline, withOutline } from "./completeness";
export type { EmptyTable } from "./types";
export { FACT_NAMES } from "./labels";
export { normalizeDraft } from "./normalize";
export type { NormalizedText } from "./normalize";
export { LINT_RULES, SEVERITY_TAG } from "./types";
export type {
  Claim,
  LintFinding,
  LintOptions,
  LintOutline,
  LintRule,
  LintSeverity,
  Measure,
} from "./types";

/**
 * Checks a 决算情况说明 draft (plain text, possibly pasted from a PDF) against the wording rules
 * and its own arithmetic — and, given `facts`, against the workbook. Findings come in text order.
 */
export function lintDraft(text: string, options: LintOptions = {}): LintFinding[] {
  const norm = normalizeDraft(text);
  const ex = extract(norm);
  const lists = findLists(norm.text, ex);
  const ctx = createContext(norm, ex, lists);
  checkTemplates(ctx);
  checkChanges(ctx);
  checkCompletions(ctx);
  checkShares(ctx);
  checkLists(ctx);
  checkIdentities(ctx);
  checkEqualTotals(ctx);
  checkPairedTotals(ctx);
  checkSpendingParts(ctx);
  checkOnlyNonzeroShare(ctx);
  checkNoChange(ctx);
  checkChangeParts(ctx);
  checkHeadcount(ctx);
  checkRepeated(ctx);
  checkTypos(ctx);
  checkTitle(ctx, options.outline);
  if (options.facts) checkFacts(ctx, options.facts);
  if (options.outline) checkReasons(ctx);
  checkFigureCounts(ctx);
  const findings = ctx.findings as (LintFinding & { at: number })[];
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.at - b.f.at || a.i - b.i)
    .map(({ f }) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      line: f.line,
      excerpt: f.excerpt,
      claims: f.claims,
    }));
}
