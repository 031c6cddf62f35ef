import { AS_WRITTEN, LintContext, Reading, verdict } from "../context";
import { report } from "./equation";
import type { Change, Figure } from "../extract";
import {
  Fit,
  Quantity,
  fitAmount,
  fitPercent,
  fmt,
  minus,
  percentOf,
  plus,
  showAmount,
} from "../numbers";

/**
 * Comparisons "较上年[增加|减少]Δ万元，[增长|下降]P%": direction words agree; with the year's
 * figure N the base is N∓Δ and P = Δ / base; against 年初预算 with the budget stated, Δ = |A − B|.
 */

const OPPOSITE: Record<string, string> = {
  增加: "减少",
  减少: "增加",
  增多: "减少",
  增长: "下降",
  下降: "增长",
  降低: "增长",
  上升: "下降",
  提高: "降低",
};

/** The figures a change statement is computed from, for the finding's claims. */
const used = (c: Change) => [
  c.subject,
  c.prior,
  c.completion?.actual,
  c.completion?.budget,
  c.delta,
  c.rate,
];

export function checkChanges(ctx: LintContext): void {
  for (const c of ctx.ex.changes) checkChange(ctx, c);
}

function checkChange(ctx: LintContext, c: Change): void {
  const { delta, rate } = c;
  const parts = [delta, rate].filter((f): f is Figure => f !== undefined);
  if (parts.some((f) => f.direction?.alternative)) return; // 模板残留 reports it
  const blank = parts.filter((f) => f.nums.length === 0);
  if (blank.length) {
    blank.forEach((f) => ctx.reportedBlanks.add(f));
    const what = blank.map((f) => (f === delta ? "增减额" : "增减率")).join("和");
    ctx.report(
      "缺少数字",
      "error",
      `${what}空缺（“${blank[0].direction?.word}${blank[0].unit}”）`,
      c.start,
      c.end,
      used(c)
    );
    return;
  }
  if (parts.some((f) => f.nums.length !== 1)) return; // 多余数字 reports it
  const what = c.basis === "上年" ? "上年" : "年初预算";

  if (
    delta &&
    rate &&
    delta.direction &&
    rate.direction &&
    delta.direction.up !== rate.direction.up
  ) {
    ctx.report("方向词", "error", directionMessage(c, delta, rate), c.start, c.end, used(c));
    return;
  }
  const up = (delta ?? rate)?.direction?.up ?? true;

  if (c.completion && delta) {
    checkAgainstBudget(ctx, c, delta, up);
    return;
  }
  if (!delta) return;
  const d = AS_WRITTEN.q(delta) as Quantity;
  if (d.shown.isZero()) {
    if (rate && !(AS_WRITTEN.q(rate) as Quantity).shown.isZero()) {
      ctx.report(
        "增减率",
        "error",
        `增减额为0，增减率却为${rate.nums[0].text}%`,
        c.start,
        c.end,
        used(c)
      );
    } else {
      ctx.report(
        "持平",
        "warning",
        `增减额为0，应写“与${what}持平”${c.subject && AS_WRITTEN.q(c.subject)?.shown.isZero() ? "（本年与上年均为0时可写“无此项支出”）" : ""}，不写“${delta.direction?.word}${delta.nums[0].text}${delta.unit}${rate ? `，${rate.direction?.word}${rate.nums[0]?.text}%` : ""}”`,
        c.start,
        c.end,
        used(c)
      );
    }
    return;
  }
  if (c.prior && c.prior.nums.length === 1) {
    checkAgainstPrior(ctx, c, c.prior, delta, up);
    return;
  }
  if (!c.subject || c.subject.nums.length !== 1) {
    if (c.unbound && rate) reportUnbound(ctx, c, c.unbound, delta);
    return;
  }
  const subject = c.subject;
  const base = (r: Reading) => {
    const n = r.q(subject) as Quantity;
    const dd = r.q(delta) as Quantity;
    return up ? minus(n, dd) : plus(n, dd);
  };
  const before = base(AS_WRITTEN);
  const n = subject.nums[0].text;
  if (before.shown.isNegative()) {
    ctx.report(
      "增减额",
      "error",
      `增加额${delta.nums[0].text}${delta.unit}大于本年数${n}${subject.unit}，推算的${what}数为负（${showAmount(before.shown, subject.unit)}）`,
      c.start,
      c.end,
      used(c)
    );
    return;
  }
  if (before.shown.isZero()) {
    if (rate) {
      ctx.report(
        "上年为零",
        "warning",
        `按本年${n}${subject.unit}、${delta.direction?.word}${delta.nums[0].text}${delta.unit}推算，${what}数为0，不应写“${rate.direction?.word}${rate.nums[0].text}%”，应写“${what === "上年" ? "上年无此项支出”或“为新增支出" : "年初未安排预算"}”`,
        c.start,
        c.end,
        used(c)
      );
    }
    return;
  }
  if (!rate) return;
  const evaluate = (r: Reading): { fit: Fit; detail: string } => {
    const b = base(r);
    const p = percentOf(r.q(delta) as Quantity, b);
    if (!p) return { fit: "none", detail: "" };
    const written = `${(r.stated(rate) ?? rate.nums[0]).text}%`;
    const fit = fitPercent(r.stated(rate) ?? rate.nums[0], p);
    return {
      fit,
      detail: `按本年${r.stated(subject)?.text}${subject.unit}、${delta.direction?.word}${r.stated(delta)?.text}${delta.unit}推算，${what}为${showAmount(b.shown, subject.unit)}，${rate.direction?.word}${fmt(p.shown)}%，${verdict(fit, written)}`,
    };
  };
  report(ctx, c, "增减率", evaluate, [delta, rate, subject]);
}

/** The figure before a change belongs to another item: say so instead of checking against it. */
function reportUnbound(ctx: LintContext, c: Change, other: Figure, delta: Figure): void {
  const own = delta.label || "增减额";
  ctx.report(
    "未核对",
    "info",
    `无法确定“${own}${delta.direction?.word ?? ""}${delta.nums[0]?.text ?? ""}${delta.unit}”的本年数指哪一项：前面的${other.nums[0]?.text ?? ""}${other.unit}是“${other.label || "另一项"}”的数字，未据以核对增减率`,
    c.start,
    c.end,
    [other, delta, c.rate]
  );
}

/** "（本年N万元，）较上年P万元减少Δ万元，下降R%": the base is written; R = Δ / P, and N = P ± Δ. */
function checkAgainstPrior(
  ctx: LintContext,
  c: Change,
  prior: Figure,
  delta: Figure,
  up: boolean
): void {
  const subject = c.subject?.nums.length === 1 ? c.subject : undefined;
  const rate = c.rate?.nums.length === 1 ? c.rate : undefined;
  const p = AS_WRITTEN.q(prior) as Quantity;
  if (subject) {
    const n = AS_WRITTEN.q(subject) as Quantity;
    if (!n.shown.equals(p.shown) && n.shown.gt(p.shown) !== up) {
      ctx.report(
        "方向词",
        "error",
        `本年${subject.nums[0].text}${subject.unit}${up ? "小于" : "大于"}上年${prior.nums[0].text}${prior.unit}，应写“${OPPOSITE[delta.direction?.word ?? ""] ?? ""}”而不是“${delta.direction?.word}”`,
        c.start,
        c.end,
        used(c)
      );
      return;
    }
    const amountFit = (r: Reading): { fit: Fit; detail: string } => {
      const x = r.q(subject) as Quantity;
      const y = r.q(prior) as Quantity;
      const dd = up ? minus(x, y) : minus(y, x);
      const fit = fitAmount(r.q(delta) as Quantity, r.decimals(delta), dd);
      return {
        fit,
        detail: `本年${r.stated(subject)?.text}${subject.unit}与上年${r.stated(prior)?.text}${prior.unit}相差${showAmount(dd.shown, delta.unit)}，${verdict(fit, `${r.stated(delta)?.text}${delta.unit}`)}`,
      };
    };
    if (!report(ctx, c, "增减额", amountFit, [delta, subject, prior])) return;
  }
  if (!rate) return;
  if (p.shown.isZero()) {
    ctx.report(
      "上年为零",
      "warning",
      `上年数为0，不应写“${rate.direction?.word}${rate.nums[0].text}%”，应写“上年无此项支出”或“为新增支出”`,
      c.start,
      c.end,
      used(c)
    );
    return;
  }
  const rateFit = (r: Reading): { fit: Fit; detail: string } => {
    const pct = percentOf(r.q(delta) as Quantity, r.q(prior) as Quantity);
    if (!pct) return { fit: "none", detail: "" };
    const fit = fitPercent(r.stated(rate) ?? rate.nums[0], pct);
    return {
      fit,
      detail: `${delta.direction?.word}${r.stated(delta)?.text}${delta.unit}÷上年${r.stated(prior)?.text}${prior.unit}＝${fmt(pct.shown)}%，${verdict(fit, `${(r.stated(rate) ?? rate.nums[0]).text}%`)}`,
    };
  };
  report(ctx, c, "增减率", rateFit, [rate, delta, prior]);
}

/** "决算数为A…，较年初预算数[增加|减少]Δ万元，[增长|下降]P%" with the budget B stated. */
function checkAgainstBudget(ctx: LintContext, c: Change, delta: Figure, up: boolean): void {
  const completion = c.completion;
  if (!completion) return;
  const { budget, actual } = completion;
  const rate = c.rate;
  if (budget.nums.length !== 1 || actual.nums.length !== 1) return;
  const a = AS_WRITTEN.q(actual) as Quantity;
  const b = AS_WRITTEN.q(budget) as Quantity;
  if (b.shown.isZero()) return; // 预算为零 is the completion check's
  if (!a.shown.equals(b.shown) && a.shown.gt(b.shown) !== up) {
    ctx.report(
      "方向词",
      "error",
      `决算数${actual.nums[0].text}${actual.unit}${up ? "小于" : "大于"}年初预算数${budget.nums[0].text}${budget.unit}，应写“${OPPOSITE[delta.direction?.word ?? ""] ?? ""}”而不是“${delta.direction?.word}”`,
      c.start,
      c.end,
      used(c)
    );
    return;
  }
  const diff = (r: Reading) => {
    const x = r.q(actual) as Quantity;
    const y = r.q(budget) as Quantity;
    return up ? minus(x, y) : minus(y, x);
  };
  const amountFit = (r: Reading): { fit: Fit; detail: string } => {
    const dd = diff(r);
    const fit = fitAmount(r.q(delta) as Quantity, r.decimals(delta), dd);
    return {
      fit,
      detail: `决算数${r.stated(actual)?.text}${actual.unit}与年初预算数${r.stated(budget)?.text}${budget.unit}相差${showAmount(dd.shown, delta.unit)}，${verdict(fit, `${r.stated(delta)?.text}${delta.unit}`)}`,
    };
  };
  if (
    !report(ctx, c, "增减额", amountFit, [delta, actual, budget]) ||
    !rate ||
    rate.nums.length !== 1
  )
    return;
  const rateFit = (r: Reading): { fit: Fit; detail: string } => {
    const p = percentOf(diff(r), r.q(budget) as Quantity);
    if (!p) return { fit: "none", detail: "" };
    const fit = fitPercent(r.stated(rate) ?? rate.nums[0], p);
    return {
      fit,
      detail: `按决算数${r.stated(actual)?.text}${actual.unit}、年初预算数${r.stated(budget)?.text}${budget.unit}计算，${rate.direction?.word}${fmt(p.shown)}%，${verdict(fit, `${(r.stated(rate) ?? rate.nums[0]).text}%`)}`,
    };
  };
  report(ctx, c, "增减率", rateFit, [rate, actual, budget]);
}

function directionMessage(c: Change, delta: Figure, rate: Figure): string {
  const d = delta.direction?.word ?? "";
  const p = rate.direction?.word ?? "";
  let message = `“${d}”与“${p}”方向相反`;
  const subject = c.subject;
  if (!subject || subject.nums.length !== 1 || c.basis !== "上年") return `${message}。`;
  const n = AS_WRITTEN.q(subject) as Quantity;
  const dd = AS_WRITTEN.q(delta) as Quantity;
  const readings = [delta, rate].map((f) => {
    const up = f.direction?.up ?? true;
    const before = up ? minus(n, dd) : plus(n, dd);
    const pct = before.shown.gt(0) ? percentOf(dd, before) : undefined;
    const fit = pct ? fitPercent(rate.nums[0], pct) : "none";
    return { f, up, before, pct, fit };
  });
  const fitting = readings.filter((r) => r.fit !== "none");
  if (fitting.length === 1) {
    const r = fitting[0];
    const wrong = r.f === delta ? rate : delta;
    const word = r.f.direction?.word ?? "";
    message += `。按“${word}”推算，上年为${showAmount(r.before.shown, subject.unit)}，${r.up ? "增幅" : "降幅"}为${fmt(r.pct?.shown ?? r.before.shown)}%，${verdict(r.fit, `${rate.nums[0].text}%`)}；应将“${wrong.direction?.word}”改为“${OPPOSITE[wrong.direction?.word ?? ""] ?? ""}”`;
  } else if (fitting.length === 0) {
    message += "，且无论按哪一个方向推算，增减率都与增减额对不上";
  }
  return `${message}。`;
}
