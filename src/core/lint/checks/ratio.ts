import { Decimal, ZERO } from "../../money";
import { AS_WRITTEN, LintContext, Reading, verdict } from "../context";
import type { Completion, Figure, Share } from "../extract";
import { PartsList, lookupWhole } from "../lists";
import { Fit, Quantity, fitPercent, fits, fmt, percentOf, sumOf, showAmount } from "../numbers";
import { report } from "./equation";

/** Completion "完成年初预算的R%" = A / B, and shares "占p%" = part / whole. */

export function checkCompletions(ctx: LintContext): void {
  for (const c of ctx.ex.completions) checkCompletion(ctx, c);
}

function checkCompletion(ctx: LintContext, c: Completion): void {
  const { budget, actual, rate } = c;
  if (budget.nums.length > 1 || actual.nums.length > 1) return; // 多余数字
  const blanks = [budget, actual, ...(rate && rate.nums.length === 0 ? [rate] : [])].filter(
    (f) => f.nums.length === 0
  );
  const b = AS_WRITTEN.q(budget);
  const a = AS_WRITTEN.q(actual);
  if (blanks.length) {
    blanks.forEach((f) => ctx.reportedBlanks.add(f));
    const names = blanks.map((f) =>
      f === budget ? "年初预算数" : f === actual ? "决算数" : "完成率"
    );
    let hint = "";
    if (rate && rate.nums.length === 0 && b && a) {
      hint = b.shown.isZero()
        ? "；年初预算数为0，应写“年初未安排预算”，不写完成率"
        : `；按决算数/年初预算数应为${fmt((percentOf(a, b) as Quantity).shown)}%`;
    }
    ctx.report("缺少数字", "error", `${names.join("、")}空缺${hint}`, c.start, c.end, [
      c.actual,
      c.budget,
      c.rate,
    ]);
    return;
  }
  if (!a || !b) return;
  const aText = actual.nums[0].text;
  const bText = budget.nums[0].text;
  if (b.shown.isZero()) {
    if (!rate) return;
    const r = rate.nums[0].text;
    if (a.shown.isZero()) {
      ctx.report(
        "预算为零",
        "warning",
        `${budgetName(budget)}为0，不应写“完成预算的${r}%”，应写“${unplannedWords(budget)}”`,
        c.start,
        c.end,
        [c.actual, c.budget, c.otherBudget, c.rate]
      );
    } else {
      ctx.report(
        "预算为零",
        "error",
        `${budgetName(budget)}为0而决算数为${aText}${actual.unit}，完成率无从计算（所写${r}%），应写“${unplannedWords(budget)}”${againstOther(c)}`,
        c.start,
        c.end,
        [c.actual, c.budget, c.otherBudget, c.rate]
      );
    }
    return;
  }
  if (c.unplanned) {
    ctx.report(
      "完成率",
      "error",
      `年初预算数为${bText}${budget.unit}，不是0，却写“年初未安排预算”`,
      c.start,
      c.end,
      [c.actual, c.budget, c.otherBudget, c.rate]
    );
    return;
  }
  if (!rate) return;
  const evaluate = (r: Reading): { fit: Fit; detail: string } => {
    const p = percentOf(r.q(actual) as Quantity, r.q(budget) as Quantity);
    const written = r.stated(rate) ?? rate.nums[0];
    if (!p) return { fit: "none", detail: "" };
    const fit = fitPercent(written, p);
    return {
      fit,
      detail: `决算数${r.stated(actual)?.text}${actual.unit}÷${budgetName(budget)}${r.stated(budget)?.text}${budget.unit}＝${fmt(p.shown)}%，${verdict(fit, `${written.text}%`)}${fit === "none" && fits(fitPercent(written, complement(p))) ? `；所写${written.text}%是未完成的部分（1－决算数÷预算数），不是完成率` : ""}`,
    };
  };
  report(ctx, c, "完成率", evaluate, [rate, actual, budget]);
}

const budgetName = (f: Figure) => `${f.budgetKind ?? "年初预算"}数`;
const unplannedWords = (f: Figure) =>
  f.budgetKind === "全年预算" ? "未安排预算" : "年初未安排预算";

/** 100% minus a percentage, its interval flipped. */
function complement(p: Quantity): Quantity {
  const h = new Decimal(100);
  return { shown: h.minus(p.shown), lo: h.minus(p.hi), hi: h.minus(p.lo) };
}

/** "；全年预算数为B万元，完成全年预算的X%": the rate that can be stated against the other budget. */
function againstOther(c: Completion): string {
  const other = c.otherBudget;
  const o = other ? AS_WRITTEN.q(other) : undefined;
  const a = AS_WRITTEN.q(c.actual);
  if (!other || !o || !a || o.shown.isZero()) return "";
  const p = percentOf(a, o);
  return p
    ? `；完成率应按${budgetName(other)}${other.nums[0].text}${other.unit}计算，为${fmt(p.shown)}%`
    : "";
}

export function checkShares(ctx: LintContext): void {
  for (const s of ctx.ex.shares) checkShare(ctx, s);
}

interface Whole {
  figure?: Figure;
  /** The whole as the sum of a list's parts (no total written). */
  parts?: Figure[];
  name: string;
  list?: PartsList;
}

function checkShare(ctx: LintContext, s: Share): void {
  const { part, rate } = s;
  if (rate.nums.length === 0) {
    ctx.reportedBlanks.add(rate);
    ctx.report(
      "缺少数字",
      "error",
      `占比空缺（“占${rate.shareOf ? `${rate.shareOf}的` : ""}%”）`,
      s.start,
      s.end,
      [s.part, s.rate]
    );
    return;
  }
  if (!part || part.nums.length !== 1 || rate.nums.length !== 1) return;
  const whole = wholeOf(ctx, s);
  if (!whole) return;
  if (whole.figure && whole.figure.nums.length !== 1) return;
  const wholeQ = (r: Reading): Quantity | undefined =>
    whole.figure
      ? r.q(whole.figure)
      : sumOf((whole.parts ?? []).map((f) => r.q(f) ?? { shown: ZERO, lo: ZERO, hi: ZERO }));
  const w = wholeQ(AS_WRITTEN);
  if (!w || w.shown.isZero()) return;
  const evaluate = (r: Reading): { fit: Fit; detail: string } => {
    const total = wholeQ(r) as Quantity;
    const p = percentOf(r.q(part) as Quantity, total);
    const written = r.stated(rate) ?? rate.nums[0];
    if (!p) return { fit: "none", detail: "" };
    const fit = fitPercent(written, p);
    const partText = `${part.label || "该项"}${r.stated(part)?.text}${part.unit}`;
    const wholeText = whole.figure
      ? `${whole.name}${r.stated(whole.figure)?.text}${whole.figure.unit}`
      : `各项合计${showAmount(total.shown, part.unit)}`;
    return {
      fit,
      detail: `${partText}÷${wholeText}＝${fmt(p.shown)}%，${verdict(fit, `${written.text}%`)}`,
    };
  };
  const written = evaluate(AS_WRITTEN);
  const plug =
    whole.list && isPlug(ctx, whole.list, s, wholeQ(AS_WRITTEN))
      ? true
      : whole.figure !== undefined && isNamedPlug(ctx, s, whole.figure);
  if (written.fit === "none" && plug) {
    ctx.report(
      "占比",
      "info",
      `${written.detail}；各项占比之和凑成100%，此项为100%减去其余各项（尾差调整）`,
      s.start,
      s.end,
      [s.part, s.rate]
    );
    return;
  }
  report(ctx, s, "占比", evaluate, whole.figure ? [part, rate, whole.figure] : [part, rate]);
}

/**
 * The shares of one named whole ("占总收入的35.39%" … "占总收入的0.36%", one sentence each) add up
 * to exactly 100% and this one is off by no more than the others' rounding: it was set to 100%
 * minus the others (the plug may be any of them).
 */
function isNamedPlug(ctx: LintContext, s: Share, whole: Figure): boolean {
  if (!s.part || !s.rate.shareOf) return false;
  const seen = new Set<string>();
  const shares = ctx.ex.shares.filter((x) => {
    if (!x.part || x.rate.nums.length !== 1 || x.rate.shareOf !== s.rate.shareOf) return false;
    if (wholeOf(ctx, x)?.figure !== whole) return false;
    // The same part's share written again ("基本支出…占45.46%" in the list and in its paragraph).
    const key = `${x.part.label}|${x.rate.nums[0].text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (shares.length < 2) return false;
  const sum = shares.reduce((acc, x) => acc.plus(x.rate.nums[0].value), new Decimal(0));
  if (!sum.equals(100)) return false;
  const p = percentOf(AS_WRITTEN.q(s.part) as Quantity, AS_WRITTEN.q(whole) as Quantity);
  const slack = new Decimal("0.01").times(shares.length);
  return p !== undefined && p.shown.minus(s.rate.nums[0].value).abs().lte(slack);
}

function sharesIn(ctx: LintContext, list: PartsList): Share[] {
  return ctx.ex.shares.filter((s) =>
    list.items.some((i) => s.rate.start >= i.start && s.rate.start < i.end)
  );
}

function listOf(ctx: LintContext, pos: number): PartsList | undefined {
  return ctx.lists.find((l) => l.items.some((i) => pos >= i.start && pos < i.end));
}

function wholeOf(ctx: LintContext, s: Share): Whole | undefined {
  const name = s.rate.shareOf ?? "";
  const list = listOf(ctx, s.rate.start);
  if (name) {
    const figure = lookupWhole(ctx.ex, name, s.start);
    return figure ? { figure, name, list } : undefined;
  }
  if (!list) return undefined;
  const total = list.total?.actual;
  if (total) return { figure: total, name: total.label || list.wholeName || "合计", list };
  // No total written: the parts are the whole when their shares add up to 100%.
  const shares = sharesIn(ctx, list);
  if (shares.length !== list.items.length) return undefined;
  const sum = shares.reduce((acc, x) => acc.plus(x.rate.nums[0]?.value ?? ZERO), new Decimal(0));
  if (sum.minus(100).abs().gt(new Decimal("0.05").times(shares.length))) return undefined;
  const parts = list.items.map((i) => i.actual).filter((f): f is Figure => f !== undefined);
  return parts.length === list.items.length ? { parts, name: "各项合计", list } : undefined;
}

/** The last nonzero share of a list whose written shares add up to exactly 100%. */
function isPlug(ctx: LintContext, list: PartsList, s: Share, whole: Quantity | undefined): boolean {
  const shares = sharesIn(ctx, list);
  if (shares.length !== list.items.length || shares.some((x) => x.rate.nums.length !== 1))
    return false;
  const sum = shares.reduce((acc, x) => acc.plus(x.rate.nums[0].value), new Decimal(0));
  if (!sum.equals(100)) return false;
  const nonzero = shares.filter((x) => !x.rate.nums[0].value.isZero());
  if (nonzero[nonzero.length - 1] !== s || !s.part || !whole) return false;
  // A plug absorbs the others' rounding: half a unit of the last digit each, not a swap.
  const p = percentOf(AS_WRITTEN.q(s.part) as Quantity, whole);
  const slack = new Decimal("0.01").times(shares.length);
  return p !== undefined && p.shown.minus(s.rate.nums[0].value).abs().lte(slack);
}
