import { Decimal, ZERO } from "../../money";
import { displaySubject } from "../claims";
import { AS_WRITTEN, LintContext } from "../context";
import type { Figure } from "../extract";
import { COMPOSITIONS, EQUAL_TOTALS, SPENDING_PARTS, canonicalLabel } from "../labels";
import { Quantity, exact, fitAmount, fits, minus, showAmount, sumOf } from "../numbers";
import type { Claim } from "../types";
import { identity } from "./sum";
import { clauseEnd } from "./wording";

/**
 * Statements checked over claims bound to one subject and period: totals that must be equal,
 * 本年支出合计 against its parts, 持平/无增减 against the numbers, people counts.
 */

/** This year's figure of a total, in the same heading's section as `near` when given. */
function figureOf(ctx: LintContext, name: string, near?: Figure): Figure | undefined {
  const section = (f: Figure) => sectionOf(ctx, f.start);
  return ctx.ex.labels
    .get(canonicalLabel(name))
    ?.find(
      (f) =>
        f.nums.length === 1 &&
        (f.role === "level" || f.role === "actual") &&
        (!near || section(f) === section(near))
    );
}

/** Index of the heading section (hard breaks around headings) holding `pos`. */
function sectionOf(ctx: LintContext, pos: number): number {
  let n = 0;
  const text = ctx.norm.text;
  for (let i = text.indexOf("\n"); i >= 0 && i < pos; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** 收入总计＝支出总计; 财政拨款收入总计＝财政拨款支出总计 (the two sides of the 总表). */
export function checkEqualTotals(ctx: LintContext): void {
  for (const [left, right] of EQUAL_TOTALS) {
    const a = figureOf(ctx, left);
    const b = figureOf(ctx, right);
    if (!a || !b) continue;
    const qa = AS_WRITTEN.q(a) as Quantity;
    const qb = AS_WRITTEN.q(b) as Quantity;
    if (qa.shown.equals(qb.shown)) continue;
    ctx.report(
      "合计",
      "error",
      `${left}${a.nums[0].text}${a.unit}与${right}${b.nums[0].text}${b.unit}应相等（决算总表两边总计相同）`,
      b.labelStart,
      b.end,
      [a, b]
    );
  }
}

function groupBy<T, K>(items: readonly T[], key: (x: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** "收、支总计各是X，Y万元": both sides of the 总表 in one statement. */
const PAIRED_TOTALS =
  /(财政拨款)?(?:收入?、?支出?|收入总计[、和与]支出)(?:决算)?总计(?:各|分别)?(?:是|为)(\d+(?:\.\d+)?)(?:万元)?[，、和与](\d+(?:\.\d+)?)万元/g;

export function checkPairedTotals(ctx: LintContext): void {
  const text = ctx.norm.text;
  for (const m of text.matchAll(PAIRED_TOTALS)) {
    if (new Decimal(m[2]).equals(new Decimal(m[3]))) continue;
    const scope = m[1] ?? "";
    const claim = (side: string, value: string): Claim => ({
      subject: `${scope}${side}总计`,
      period: "本年",
      measure: "决算",
      value,
      precision: value.includes(".") ? value.length - value.indexOf(".") - 1 : 0,
      unit: "万元",
    });
    ctx.report(
      "合计",
      "error",
      `${scope}收入总计${m[2]}万元与${scope}支出总计${m[3]}万元应相等（决算总表两边总计相同）`,
      m.index,
      m.index + m[0].length,
      [],
      [claim("收入", m[2]), claim("支出", m[3])]
    );
  }
}

/**
 * 本年支出合计＝基本支出＋项目支出（＋上缴上级支出＋经营支出＋对附属单位补助支出）. Parts above the
 * total are an error; parts below it an error only when every part is written, else a warning.
 */
export function checkSpendingParts(ctx: LintContext): void {
  const total = figureOf(ctx, SPENDING_PARTS.total);
  if (!total) return;
  if (ctx.lists.some((l) => l.total?.actual === total)) return; // the list check has it
  identity(ctx, total, SPENDING_PARTS.required, SPENDING_PARTS.optional, (name) =>
    figureOf(ctx, name, total)
  );
}

const NO_CHANGE =
  /(与|较|比|同)(上年度?|上一年度?|去年|\d{4}年度?|年初预算数?|全年预算数?|调整后?预算数?|预算数?)(决算数?)?(相比|比较|相较)?，?(无增减|持平|无变化|没有变化|未发生变化|无变动|保持不变|相同|一致)/g;

/** "与年初预算相比无增减", "与上年持平": the two figures compared must be equal. */
export function checkNoChange(ctx: LintContext): void {
  const text = ctx.norm.text;
  const bySentence = groupBy(ctx.ex.figures, (f) => f.sentence);
  const completions = groupBy(ctx.ex.completions, (c) => c.actual.sentence);
  for (const m of text.matchAll(NO_CHANGE)) {
    const sentence = ctx.ex.sentences[m.index];
    const before = (bySentence.get(sentence) ?? []).filter((f) => f.end <= m.index);
    const budgetBasis = /预算/.test(m[2]);
    let pair: [Figure, Figure] | undefined;
    if (budgetBasis) {
      const c = [...(completions.get(sentence) ?? [])].reverse().find((x) => x.end <= m.index);
      if (c) pair = [c.actual, c.budget];
    } else {
      const now = [...before]
        .reverse()
        .find((f) => (f.role === "level" || f.role === "actual") && f.period === "本年");
      const then = now
        ? before.find(
            (f) => f.period === "上年" && f.subject === now.subject && f.role !== "budget"
          )
        : undefined;
      if (now && then) pair = [now, then];
    }
    if (!pair || pair.some((f) => f.nums.length !== 1)) continue;
    const [x, y] = pair;
    const qx = AS_WRITTEN.q(x) as Quantity;
    const qy = AS_WRITTEN.q(y) as Quantity;
    if (
      fits(fitAmount(qx, AS_WRITTEN.decimals(x), qy)) ||
      fits(fitAmount(qy, AS_WRITTEN.decimals(y), qx))
    )
      continue;
    const what = budgetBasis ? "预算数" : "上年数";
    const diff = minus(qx, qy).shown;
    ctx.report(
      "无增减",
      "error",
      `写“${m[0].replace(/^(与|较|比|同)/, "$1")}”，但本年数${x.nums[0].text}${x.unit}与${what}${y.nums[0].text}${y.unit}相差${showAmount(diff.abs(), x.unit)}（${diff.isPositive() ? "增加" : "减少"}）`,
      x.labelStart,
      clauseEnd(text, m.index + m[0].length),
      [x, y]
    );
  }
}

/** "年末实有人数N人，其中在职人员a人，离休人员b人，退休人员c人": N ≥ a + b + c. */
const HEADCOUNT = /实有人数(?:为|共|合计)?(\d+)(?:人|名)，?其中/g;
const HEADCOUNT_PARTS: readonly [string, RegExp][] = [
  ["在职人员", /(?:实有)?在职(?:人员|职工)?(?:为|共)?(\d+)(?:人|名)/],
  ["离休人员", /(?:^|[^退])离休(?:人员)?(?:为|共)?(\d+)(?:人|名)/],
  ["退休人员", /(?:^|[^离])退休(?:人员)?(?:为|共)?(\d+)(?:人|名)/],
];

export function checkHeadcount(ctx: LintContext): void {
  const text = ctx.norm.text;
  for (const m of text.matchAll(HEADCOUNT)) {
    const from = m.index + m[0].length;
    let to = text.indexOf("。", from);
    if (to < 0) to = text.length;
    const rest = text.slice(from, to);
    const parts = HEADCOUNT_PARTS.map(([name, re]) => {
      const p = re.exec(rest);
      return p ? { name, n: Number(p[1]) } : undefined;
    }).filter((p): p is { name: string; n: number } => p !== undefined);
    if (parts.length < 2) continue;
    const total = Number(m[1]);
    const sum = parts.reduce((s, p) => s + p.n, 0);
    if (total >= sum) continue;
    const claim = (subject: string, n: number): Claim => ({
      subject,
      period: "本年",
      measure: "人数",
      value: String(n),
      precision: 0,
      unit: "人",
    });
    ctx.report(
      "人数",
      "error",
      `实有人数${total}人少于其中所列${parts.map((p) => `${p.name}${p.n}人`).join("、")}之和${sum}人`,
      m.index,
      to,
      [],
      [claim("实有人数", total), ...parts.map((p) => claim(p.name, p.n))]
    );
  }
}

/** The subject a share's list says nothing else about: its other items are all written as 0. */
export function checkOnlyNonzeroShare(ctx: LintContext): void {
  for (const list of ctx.lists) {
    if (list.total?.actual) continue; // the share check has the whole
    const items = list.items.filter((i) => i.actual && i.actual.nums.length === 1);
    if (items.length !== list.items.length || items.length < 2) continue;
    const nonzero = items.filter(
      (i) => !(AS_WRITTEN.q(i.actual as Figure) as Quantity).shown.isZero()
    );
    if (nonzero.length !== 1) continue;
    const item = nonzero[0];
    const share = ctx.ex.shares.find((s) => s.rate.start >= item.start && s.rate.start < item.end);
    if (!share || share.rate.nums.length !== 1 || share.rate.shareOf) continue;
    const written = share.rate.nums[0];
    if (written.value.equals(new Decimal(100))) continue;
    const part = item.actual as Figure;
    ctx.report(
      "占比",
      "warning",
      `所列其余各项均为0，“${part.label || displaySubject(part.subject)}”${part.nums[0].text}${part.unit}应占100%，所写${written.text}%（除非还有未列出的项目）`,
      share.start,
      share.end,
      [part, share.rate]
    );
  }
}

/**
 * "“三公”经费较年初预算数减少A万元。其中：公务用车…较年初预算数减少B万元；公务接待费…减少C万元":
 * the changes of a total's known parts (COMPOSITIONS) add up to the total's change. With every part
 * listed they must be equal; a part left out whose own amount this year is 0 can only have fallen
 * (against last year or its budget), so the listed parts may not fall by less than the total.
 */
export function checkChangeParts(ctx: LintContext): void {
  const text = ctx.norm.text;
  // "其中：" lists the parts in its sentence; "具体情况如下：" in the numbered paragraphs after it.
  for (const m of text.matchAll(/其中：|具体情况如下：/g)) {
    const sentence = ctx.ex.sentences[m.index];
    // The total may be stated a sentence or two before ("…减少0.04万元。主要是…。其中：").
    const previous = text[m.index - 1] === "。" || m[0] !== "其中：" ? sentence - 2 : sentence;
    const totals = ctx.ex.figures.filter(
      (f) =>
        f.role === "delta" &&
        f.nums.length === 1 &&
        f.start < m.index &&
        f.sentence >= previous &&
        COMPOSITIONS[f.subject] !== undefined
    );
    if (totals.length === 0) continue;
    const end = m[0] === "其中：" ? sentenceEnd(text, m.index) : paragraphsEnd(text, m.index);
    const parts = new Map<string, Map<string, Figure>>();
    for (const f of ctx.ex.figures) {
      if (f.start <= m.index || f.start >= end || f.role !== "delta" || f.nums.length !== 1)
        continue;
      const byBasis = parts.get(f.subject) ?? new Map<string, Figure>();
      if (!byBasis.has(f.basis)) byBasis.set(f.basis, f);
      parts.set(f.subject, byBasis);
    }
    for (const total of totals) checkPartsOf(ctx, total, parts);
  }
}

/** How far the numbered paragraphs after "具体情况如下：" may run. */
const PARTS_REACH = 1500;

function sentenceEnd(text: string, from: number): number {
  const end = text.indexOf("。", from);
  return end < 0 ? text.length : end;
}

/** The end of the paragraphs after "具体情况如下：": the next such list, a part heading, or PARTS_REACH. */
function paragraphsEnd(text: string, from: number): number {
  const rest = text.slice(from + 1, from + PARTS_REACH);
  const stop = rest.search(/具体情况如下：|第[一二三四五六七八九十]+部分/);
  return stop < 0 ? from + 1 + rest.length : from + 1 + stop;
}

function checkPartsOf(
  ctx: LintContext,
  total: Figure,
  parts: Map<string, Map<string, Figure>>
): void {
  const names = COMPOSITIONS[total.subject] ?? [];
  const listed = names
    .map((n) => parts.get(n)?.get(total.basis))
    .filter((f): f is Figure => f !== undefined);
  if (listed.length < 2) return;
  const missing = names.filter((n) => !parts.get(n)?.get(total.basis));
  // A part left out must be written as 0 this year: then its change is a fall or nothing.
  if (!missing.every((n) => isZeroThisYear(ctx, n))) return;
  const signed = (f: Figure): Quantity => {
    const q = AS_WRITTEN.q(f) as Quantity;
    return f.direction?.up === false ? minus(exact(ZERO), q) : q;
  };
  const d = signed(total);
  const s = sumOf(listed.map(signed));
  const broken = missing.length === 0 ? d.lo.gt(s.hi) || d.hi.lt(s.lo) : d.lo.gt(s.hi);
  if (!broken) return;
  const what = total.basis === "上年" ? "较上年" : "较年初预算数";
  const word = (q: Quantity) =>
    `${q.shown.isNegative() ? "减少" : "增加"}${showAmount(q.shown.abs(), total.unit)}`;
  ctx.report(
    "合计",
    "error",
    `其中所列${listed.length}项${what}的增减之和为${word(s)}，与总额${word(d)}不符${missing.length ? `（未列出的${missing.map(displaySubject).join("、")}本年为0，只会使各项减少得更多）` : ""}`,
    total.labelStart,
    total.end,
    [total, ...listed]
  );
}

function isZeroThisYear(ctx: LintContext, subject: string): boolean {
  const f = ctx.ex.labels
    .get(subject)
    ?.find((x) => x.nums.length === 1 && (x.role === "level" || x.role === "actual"));
  return f !== undefined && (AS_WRITTEN.q(f) as Quantity).shown.isZero();
}
