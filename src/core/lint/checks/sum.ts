import { AS_WRITTEN, LintContext, Reading, verdict } from "../context";
import type { Figure } from "../extract";
import { COMPOSITIONS, canonicalLabel } from "../labels";
import type { PartsList } from "../lists";
import { Fit, Quantity, amount, fitAmount, minus, showAmount, sumOf } from "../numbers";
import { report } from "./equation";

/** Listed parts against their stated total; the identities of the 收入支出决算总表; repeated figures. */

const ROLE_NAME = { actual: "决算数", budget: "年初预算数" } as const;

export function checkLists(ctx: LintContext): void {
  for (const list of ctx.lists) {
    if (!list.total) continue;
    for (const role of ["actual", "budget"] as const) {
      const total = list.total[role];
      if (!total || total.nums.length !== 1) continue;
      const parts = list.items.map((i) => i[role]);
      if (parts.some((p) => !p || p.nums.length === 0)) continue;
      checkSum(ctx, list, role, total, parts as Figure[]);
    }
  }
}

function describeParts(list: PartsList, role: "actual" | "budget", total: Figure): string {
  const which = list.total?.budget ? ROLE_NAME[role] : "";
  if (list.kind === "ordinal") return `其中所列${list.items.length}项的${which || "金额"}之和`;
  return `${total.label || list.wholeName || "合计"}所列各项${which}之和`;
}

function checkSum(
  ctx: LintContext,
  list: PartsList,
  role: "actual" | "budget",
  total: Figure,
  parts: Figure[]
): void {
  const span = { start: list.start, end: Math.max(list.end, list.start) };
  const severity = list.kind === "inline" && !provable(total, parts) ? "warning" : "error";
  const what = describeParts(list, role, total);
  const ambiguous = parts.filter((p) => p.nums.length > 1);
  if (ambiguous.length) {
    checkAmbiguousSum(ctx, span, what, total, parts, ambiguous, severity);
    return;
  }
  const evaluate = (r: Reading): { fit: Fit; detail: string } => {
    const sum = sumOf(parts.map((p) => r.q(p) as Quantity));
    const t = r.q(total) as Quantity;
    const fit = fitAmount(t, r.decimals(total), sum);
    const gap = minus(t, sum).shown.abs();
    return {
      fit,
      detail: `${what}为${showAmount(sum.shown, total.unit)}，${verdict(fit, `合计${r.stated(total)?.text}${total.unit}`)}${gap.isZero() ? "" : `（相差${showAmount(gap, total.unit)}）`}`,
    };
  };
  report(ctx, span, "合计", evaluate, [...parts, total], severity);
}

/**
 * An inline "其中" list need not name every part, so falling short of its total proves nothing —
 * unless its parts are the total's known parts (COMPOSITIONS); parts above the total always do.
 */
function provable(total: Figure, parts: Figure[]): boolean {
  if (parts.some((p) => p.nums.length !== 1)) return false;
  const known = COMPOSITIONS[total.subject];
  if (
    known &&
    known.length === parts.length &&
    known.every((k) => parts.some((p) => p.subject === k))
  )
    return true;
  const sum = sumOf(parts.map((p) => AS_WRITTEN.q(p) as Quantity));
  return sum.lo.gt((AS_WRITTEN.q(total) as Quantity).hi);
}

/** A part written with two numbers: which one (if either) makes the sum? */
function checkAmbiguousSum(
  ctx: LintContext,
  span: { start: number; end: number },
  what: string,
  total: Figure,
  parts: Figure[],
  ambiguous: Figure[],
  severity: "error" | "warning"
): void {
  if (ambiguous.length > 1) return;
  const odd = ambiguous[0];
  const others = sumOf(parts.filter((p) => p !== odd).map((p) => AS_WRITTEN.q(p) as Quantity));
  const t = AS_WRITTEN.q(total) as Quantity;
  const tries = odd.nums.map((n) => {
    const sum = sumOf([others, amount(n, odd.unit === "元" ? "元" : "万元")]);
    return { n, sum, fit: fitAmount(t, AS_WRITTEN.decimals(total), sum) };
  });
  if (tries.some((x) => x.fit !== "none")) return; // 多余数字 already says which to keep
  const options = tries
    .map((x) => `按“${x.n.text}”计为${showAmount(x.sum.shown, total.unit)}`)
    .join("，");
  ctx.report(
    "合计",
    severity,
    `${what}（${options}）都与合计${total.nums[0].text}${total.unit}不符；按合计推算，“${ctx.ex.completionOf.get(odd)?.subject || odd.label || "该项"}”应为${showAmount(minus(t, others).shown, odd.unit)}`,
    span.start,
    span.end,
    [...parts, total]
  );
}

function firstFigure(ctx: LintContext, name: string): Figure | undefined {
  return ctx.ex.labels
    .get(canonicalLabel(name))
    ?.find((f) => f.nums.length === 1 && (f.role === "level" || f.role === "actual"));
}

/** 收入总计＝支出总计; 收入总计＝年初结转和结余＋本年收入合计（＋使用非财政拨款结余）; 支出总计＝本年支出合计＋年末结转和结余（＋结余分配）. */
export function checkIdentities(ctx: LintContext): void {
  const income = firstFigure(ctx, "收入总计");
  const spending = firstFigure(ctx, "支出总计");
  identity(ctx, income, ["年初结转和结余", "本年收入合计"], ["使用非财政拨款结余"]);
  identity(ctx, spending, ["本年支出合计", "年末结转和结余"], ["结余分配"]);
}

/**
 * total = the parts named `required` (all must be written) + those named `optional` (0 when not
 * written). Parts above the total are an error; below it, an error only when every optional part
 * is written, else a warning that names the parts the text leaves out.
 */
export function identity(
  ctx: LintContext,
  total: Figure | undefined,
  required: readonly string[],
  optional: readonly string[],
  lookup: (name: string) => Figure | undefined = (name) => firstFigure(ctx, name)
): void {
  if (!total) return;
  const found = required.map((n) => [n, lookup(n)] as const);
  if (found.some(([, f]) => !f)) return;
  const extra = optional.map((n) => [n, lookup(n)] as const);
  const written = [...found, ...extra].filter(([, f]) => f);
  const parts = written.map(([, f]) => f as Figure);
  const missing = extra.filter(([, f]) => !f).map(([n]) => n);
  const names = written.map(([n]) => n).join("＋");
  const over = sumOf(parts.map((p) => AS_WRITTEN.q(p) as Quantity)).lo.gt(
    (AS_WRITTEN.q(total) as Quantity).hi
  );
  const evaluate = (r: Reading): { fit: Fit; detail: string } => {
    const sum = sumOf(parts.map((p) => r.q(p) as Quantity));
    const fit = fitAmount(r.q(total) as Quantity, r.decimals(total), sum);
    return {
      fit,
      detail: `${names}＝${showAmount(sum.shown, total.unit)}，${verdict(fit, `${total.label}${r.stated(total)?.text}${total.unit}`)}${fit === "none" && !over && missing.length ? `（若有${missing.join("、")}，说明中未写出）` : ""}`,
    };
  };
  report(
    ctx,
    { start: total.labelStart, end: total.end },
    "合计",
    evaluate,
    [...parts, total],
    over || missing.length === 0 ? "error" : "warning"
  );
}

/** The totals of the 收入支出决算总表 must read the same wherever they are written. */
const REPEATED = [
  "收入总计",
  "支出总计",
  "本年收入合计",
  "本年支出合计",
  "年初结转和结余",
  "年末结转和结余",
];

/** The budgets a 政府决算 reports on one by one, each with its own 收入总计 and 支出总计. */
const FUNDS = /一般公共预算|政府性基金|国有资本经营|社会保险基金/g;

/** The budget named last before `at` in its input line (a web page's paragraph): "全镇政府性基金…收入总计". */
function fundScope(ctx: LintContext, at: number): string | undefined {
  const { text, lines } = ctx.norm;
  let start = at;
  while (start > 0 && text[start - 1] !== "\n" && lines[start - 1] === lines[at]) start--;
  const found = [...text.slice(start, at).matchAll(FUNDS)];
  return found.length ? found[found.length - 1][0] : undefined;
}

export function checkRepeated(ctx: LintContext): void {
  for (const name of REPEATED) {
    const figures = (ctx.ex.labels.get(canonicalLabel(name)) ?? []).filter(
      (f) => f.nums.length === 1 && (f.role === "level" || f.role === "actual")
    );
    const first = figures[0];
    if (!first) continue;
    const value = (AS_WRITTEN.q(first) as Quantity).shown;
    const scope = fundScope(ctx, first.labelStart);
    for (const f of figures.slice(1)) {
      if ((AS_WRITTEN.q(f) as Quantity).shown.equals(value)) continue;
      // A 政府决算's 收入总计 of the 政府性基金 is not its 一般公共预算's.
      const other = fundScope(ctx, f.labelStart);
      if (scope && other && scope !== other) continue;
      ctx.report(
        "前后不一",
        "error",
        `${name}前文（第${ctx.norm.lines[first.start]}行）写${first.nums[0].text}${first.unit}，此处写${f.nums[0].text}${f.unit}`,
        f.labelStart,
        f.end,
        [first, f]
      );
    }
  }
}
