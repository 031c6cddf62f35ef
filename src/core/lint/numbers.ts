import { Decimal, ZERO, formatFixed, roundHalfUp } from "../money";

/**
 * Figures as the text states them, and interval arithmetic on the stated precision: "1579.09"
 * stands for any value in [1579.085, 1579.095], "53.01%" for [53.005, 53.015]. An equation between
 * stated figures is only broken when no values within their precision satisfy it.
 */

/** A number as written. */
export interface Stated {
  text: string;
  value: Decimal;
  decimals: number;
}

export function stated(text: string): Stated {
  const dot = text.indexOf(".");
  return { text, value: new Decimal(text), decimals: dot < 0 ? 0 : text.length - dot - 1 };
}

/**
 * A value with the range of true values it may stand for, in one unit (万元 for amounts, percent
 * points for percentages). `shown` is the value as displayed, from which the text's own
 * arithmetic (percentages "computed from the figures as displayed") starts.
 */
export interface Quantity {
  shown: Decimal;
  lo: Decimal;
  hi: Decimal;
}

const HALF = new Decimal("0.5");
const TEN = new Decimal(10);
const HUNDRED = new Decimal(100);
const TEN_THOUSAND = new Decimal(10000);

/** Half a unit of the last stated digit. */
export function halfUnit(s: Stated): Decimal {
  return HALF.times(TEN.pow(-s.decimals));
}

/**
 * An amount in 万元 (a stated 元 amount is divided by 10 000). A stated 0 is exactly 0: it says
 * "nothing", not "less than half a unit".
 */
export function amount(s: Stated, unit: "万元" | "元"): Quantity {
  const scale = unit === "元" ? TEN_THOUSAND : new Decimal(1);
  const shown = s.value.dividedBy(scale);
  if (s.value.isZero()) return { shown, lo: ZERO, hi: ZERO };
  const r = halfUnit(s).dividedBy(scale);
  return { shown, lo: shown.minus(r), hi: shown.plus(r) };
}

export function exact(value: Decimal): Quantity {
  return { shown: value, lo: value, hi: value };
}

export function plus(a: Quantity, b: Quantity): Quantity {
  return { shown: a.shown.plus(b.shown), lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

export function minus(a: Quantity, b: Quantity): Quantity {
  return { shown: a.shown.minus(b.shown), lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

export function sumOf(values: Quantity[]): Quantity {
  return values.reduce(plus, exact(ZERO));
}

/**
 * part / whole in percent, over the whole box of true values (the ratio is monotonic in each
 * argument while the whole stays positive, so the corners bound it). Undefined when the whole may
 * be zero or negative.
 */
export function percentOf(part: Quantity, whole: Quantity): Quantity | undefined {
  if (whole.shown.lte(0) || whole.lo.lte(0)) return undefined;
  const corners = [
    part.lo.dividedBy(whole.lo),
    part.lo.dividedBy(whole.hi),
    part.hi.dividedBy(whole.lo),
    part.hi.dividedBy(whole.hi),
  ].map((x) => x.times(HUNDRED));
  return {
    shown: part.shown.dividedBy(whole.shown).times(HUNDRED),
    lo: Decimal.min(...corners),
    hi: Decimal.max(...corners),
  };
}

/**
 * How a stated figure fits a computed one:
 * - exact: the computed value, rounded 四舍五入 to the stated decimals, is what is written;
 * - rounding: some true values within the stated precision of every figure give what is written
 *   (hidden decimals: 4.42 + 1579.09 = 1583.51 against a written 1583.52);
 * - truncation: only if the writer cut digits off instead of rounding (89.049…% written 89.04%);
 * - none: nothing within the stated precision explains it.
 */
export type Fit = "exact" | "rounding" | "truncation" | "none";

export function fitPercent(written: Stated, computed: Quantity): Fit {
  const p = written.value;
  if (roundHalfUp(computed.shown, written.decimals).equals(p)) return "exact";
  const h = halfUnit(written);
  if (computed.lo.lt(p.plus(h)) && computed.hi.gte(p.minus(h))) return "rounding";
  if (computed.lo.lt(p.plus(h.times(2))) && computed.hi.gte(p)) return "truncation";
  return "none";
}

/** A written amount (as a Quantity in 万元) against one computed from other written amounts. */
export function fitAmount(written: Quantity, decimals: number, computed: Quantity): Fit {
  if (roundHalfUp(computed.shown, decimals).equals(written.shown)) return "exact";
  if (computed.lo.lte(written.hi) && computed.hi.gte(written.lo)) return "rounding";
  return "none";
}

export const fits = (f: Fit) => f !== "none";

/**
 * The same digits with the decimal point moved (at most four places either way): "1291" →
 * "129.1", "12.91", "1.291", "12910", …; "3745.00" → "37450.00", "374.50"; what a misplaced point
 * may have meant. A candidate keeps the decimals written, or as many as its digits need.
 */
export function shiftedPoint(s: Stated): Stated[] {
  if (s.value.isZero()) return [];
  const out: Stated[] = [];
  for (let k = -4; k <= 4; k++) {
    if (k === 0) continue;
    const value = s.value.times(TEN.pow(k));
    out.push(stated(value.toFixed(Math.max(value.decimalPlaces(), s.decimals))));
  }
  return out;
}

/** 万元 (or percent) with two decimals, for messages. */
export const fmt = (d: Decimal) => formatFixed(d, { places: 2 });

/** An amount held in 万元, shown in the unit the text uses ("65.59万元" or "655902.00元"). */
export function showAmount(wan: Decimal, unit: string): string {
  return unit === "元" ? `${fmt(wan.times(10000))}元` : `${fmt(wan)}万元`;
}
