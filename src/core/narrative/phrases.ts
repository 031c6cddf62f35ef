import { text as literal } from "../formula/build";
import type { Basis } from "../inputs/indicators";
import { Decimal, formatFixed } from "../money";

/**
 * The wording rules of the 情况说明 (持平, 上年无此项支出, 年初未安排预算, 增加…增长…), once: the
 * narrative's text and its live formulas (pieceForms.ts) and the custom functions
 * (src/functions/functions.ts) all say them from here. Each phrase that depends on figures has its
 * value form (displayed Decimals → text) and its formula form (expressions → a text formula) side by
 * side; test/unit/narrative/forms.test.ts proves the two agree.
 */

export const MISSING_REASON = "【请填写主要原因】";
/** The bare word, as the CHANGE function returns it; sentences say 与上年持平. */
export const NO_CHANGE = "持平";
export const NO_BUDGET = "年初未安排预算";
export const REASON_LEAD = "，主要原因是：";
/** A 补充信息 text item left blank. */
export const NOTHING = "无";

export type Noun = "收入" | "支出";

/** "上年无此项支出" / "上年无此项收入". */
export const noPriorItem = (noun: Noun = "支出") => `上年无此项${noun}`;
const basisLabel = (basis: Basis) => (basis === "上年" ? "上年" : "年初预算数");
/** "与上年持平" / "与年初预算数持平". */
export const unchangedPhrase = (basis: Basis) => `与${basisLabel(basis)}${NO_CHANGE}`;
/** What a sentence says when the figure compared with is 0. */
export const noBasisPhrase = (basis: Basis, noun?: Noun) =>
  basis === "上年" ? noPriorItem(noun) : NO_BUDGET;
/** What "较…" names: the year before in the narrative ("2020年"), 上年 in the custom function. */
export const againstLabel = (basis: Basis, year?: number) =>
  basis === "年初预算" ? "年初预算数" : year === undefined ? "上年" : `${year - 1}年`;

const HUNDRED = new Decimal(100);
const fixed2 = (expr: string) => `TEXT(${expr},"0.00")`;
const round2 = (expr: string) => `ROUND(${expr},2)`;

/** part / whole × 100, 四舍五入 to two decimals; "0.00" when the whole is zero. */
export const percentText = {
  value(part: Decimal, whole: Decimal): string {
    if (whole.isZero()) return "0.00";
    return formatFixed(part.dividedBy(whole).times(HUNDRED));
  },
  formula(part: string, whole: string): string {
    return `IF(${whole}=0,"0.00",${fixed2(round2(`${part}/${whole}*100`))})`;
  },
};

export type ChangeKind = "same" | "newItem" | "up" | "down";

/** How two displayed figures compare: the direction, the change and its percentage (of `before`). */
export function compareFigures(
  now: Decimal,
  before: Decimal
): { kind: ChangeKind; delta: Decimal; percent: string } {
  const delta = now.minus(before).abs();
  if (now.equals(before)) return { kind: "same", delta, percent: "0.00" };
  if (before.isZero()) return { kind: "newItem", delta, percent: "" };
  return {
    kind: now.greaterThan(before) ? "up" : "down",
    delta,
    percent: percentText.value(delta, before.abs()),
  };
}

/** "增加24.05万元，增长17.47%" / "减少1.29万元，下降4.99%" (undefined when equal or new). */
export function directionPhrase(now: Decimal, before: Decimal): string | undefined {
  const { kind, delta, percent } = compareFigures(now, before);
  if (kind === "same" || kind === "newItem") return undefined;
  const up = kind === "up";
  return `${up ? "增加" : "减少"}${formatFixed(delta)}万元，${up ? "增长" : "下降"}${percent}%`;
}

/** "较2020年减少1781.73万元，下降53.01%" · "与上年持平" · "上年无此项支出" · "年初未安排预算". */
export const changeText = {
  value(now: Decimal, before: Decimal, basis: Basis, against: string, noun?: Noun): string {
    const { kind } = compareFigures(now, before);
    if (kind === "same") return unchangedPhrase(basis);
    if (kind === "newItem") return noBasisPhrase(basis, noun);
    return `较${against}${directionPhrase(now, before)}`;
  },
  /** `now` and `before` are expressions of displayed (rounded) figures. */
  formula(now: string, before: string, basis: Basis, against: string, noun?: Noun): string {
    const delta = `ABS(${now}-${before})`;
    return (
      `IF(${now}=${before},${literal(unchangedPhrase(basis))},IF(${before}=0,${literal(noBasisPhrase(basis, noun))},` +
      `${literal(`较${against}`)}&IF(${now}>${before},"增加","减少")&${fixed2(delta)}&"万元，"&` +
      `IF(${now}>${before},"增长","下降")&${percentText.formula(delta, `ABS(${before})`)}&"%"))`
    );
  },
};

/** "完成年初预算的183.92%" · "年初未安排预算", from displayed figures. */
export const completionText = {
  value(actual: Decimal, budget: Decimal): string {
    return budget.isZero() ? NO_BUDGET : `完成年初预算的${percentText.value(actual, budget)}%`;
  },
  formula(actual: string, budget: string): string {
    return `IF(${budget}=0,${literal(NO_BUDGET)},"完成年初预算的"&${percentText.formula(actual, budget)}&"%")`;
  },
};
