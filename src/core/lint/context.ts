import type { Extracted, Figure } from "./extract";
import type { PartsList } from "./lists";
import type { NormalizedText } from "./normalize";
import { Fit, Quantity, Stated, amount, exact, shiftedPoint } from "./numbers";
import { claimOf } from "./claims";
import type { Claim, LintFinding, LintRule, LintSeverity } from "./types";

/** What every check gets: the text, what was extracted, and where findings go. */
export interface LintContext {
  norm: NormalizedText;
  ex: Extracted;
  lists: PartsList[];
  /** Blank figures a statement check has already reported. */
  reportedBlanks: Set<Figure>;
  report(
    rule: LintRule,
    severity: LintSeverity,
    message: string,
    start: number,
    end: number,
    used?: readonly (Figure | undefined)[],
    extra?: readonly Claim[]
  ): void;
  readonly findings: LintFinding[];
}

const EXCERPT_MAX = 120;

export function createContext(
  norm: NormalizedText,
  ex: Extracted,
  lists: PartsList[]
): LintContext {
  const findings: (LintFinding & { at: number })[] = [];
  return {
    norm,
    ex,
    lists,
    reportedBlanks: new Set(),
    findings,
    report(rule, severity, message, start, end, used = [], extra = []) {
      const at = Math.max(0, Math.min(start, norm.text.length - 1));
      let excerpt = norm.text.slice(start, Math.max(end, start)).replace(/\n/g, " ").trim();
      if (excerpt.length > EXCERPT_MAX) excerpt = `${excerpt.slice(0, EXCERPT_MAX)}…`;
      const figures = used.filter((f): f is Figure => f !== undefined);
      const claims = [...figures.map((f) => claimOf(f, ex)), ...extra];
      findings.push({ rule, severity, message, line: norm.lines[at] ?? 1, excerpt, claims, at });
    },
  };
}

/**
 * The figures as read: as written, or with one figure replaced by a candidate (a misplaced point).
 * Checks compute through a Reading so the same code tells whether a candidate fixes the equation.
 */
export class Reading {
  constructor(private readonly replaced?: { figure: Figure; stated: Stated }) {}

  stated(f: Figure): Stated | undefined {
    return this.replaced?.figure === f ? this.replaced.stated : f.nums[0];
  }

  q(f: Figure): Quantity | undefined {
    const s = this.stated(f);
    if (!s) return undefined;
    const q = amount(s, f.unit === "元" ? "元" : "万元");
    // "预算为1万元，支出决算为0.53万元": beside figures with decimals, a whole number is whole.
    return f.wholeNumber && s === f.nums[0] ? exact(q.shown) : q;
  }

  /** Decimals of an amount expressed in 万元 (a 元 figure has four more). */
  decimals(f: Figure): number {
    const s = this.stated(f);
    return (s?.decimals ?? 0) + (f.unit === "元" ? 4 : 0);
  }

  get replacement(): { figure: Figure; stated: Stated } | undefined {
    return this.replaced;
  }
}

export const AS_WRITTEN = new Reading();

export interface Misplaced {
  figure: Figure;
  from: Stated;
  to: Stated;
  reading: Reading;
  fit: Fit;
}

const RANK: Record<Fit, number> = { exact: 0, rounding: 1, truncation: 2, none: 3 };

/** Amounts and percentages are written with two decimals (narrative.md wording rules). */
const USUAL_DECIMALS = 2;

/**
 * The figure whose decimal point, moved, makes `test` fit (undefined when none). Candidates keep
 * at most two decimals (or as many as written). When candidates of several figures fit, the one
 * that turns an oddly written figure ("1291") into a usual one ("12.91") wins; among equals the
 * first figure given (the one the check is about: the 增减额 before the year's figure).
 */
export function misplacedPoint(
  figures: Figure[],
  test: (r: Reading) => Fit
): Misplaced | undefined {
  const found: (Misplaced & { score: number })[] = [];
  for (const figure of figures) {
    if (figure.nums.length !== 1) continue;
    const from = figure.nums[0];
    let best: Misplaced | undefined;
    for (const to of shiftedPoint(from)) {
      if (to.decimals > Math.max(USUAL_DECIMALS, from.decimals)) continue;
      const reading = new Reading({ figure, stated: to });
      const fit = test(reading);
      if (fit !== "none" && (!best || RANK[fit] < RANK[best.fit])) {
        best = { figure, from, to, reading, fit };
      }
    }
    if (best) {
      const score =
        (best.to.decimals === USUAL_DECIMALS ? 1 : 0) + (from.decimals !== USUAL_DECIMALS ? 1 : 0);
      found.push({ ...best, score });
    }
  }
  if (found.length === 0) return undefined;
  const top = Math.max(...found.map((x) => x.score));
  return found.find((x) => x.score === top);
}

/** How a fit reads at the end of a message. */
export function verdict(fit: Fit, written: string): string {
  switch (fit) {
    case "exact":
      return `与所写${written}相符`;
    case "rounding":
      return `所写${written}的差异可由各数未显示的小数（四舍五入尾差）解释`;
    case "truncation":
      return `所写${written}是截去而非四舍五入的结果`;
    case "none":
      return `与所写${written}不符`;
  }
}
