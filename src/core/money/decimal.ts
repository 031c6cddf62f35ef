import DecimalJs from "decimal.js";

/**
 * The one Decimal constructor of the project: 40 significant digits (far beyond any 决算 amount)
 * and 四舍五入 (ROUND_HALF_UP) as the default rounding mode.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = DecimalJs;

export const ZERO = new Decimal(0);
/** 1 万元 = 10000 元: the one place the 元→万元 step is written, for values and for formulas. */
export const YUAN_PER_WAN = 10000;
const TEN_THOUSAND = new Decimal(YUAN_PER_WAN);

/**
 * A number read from a spreadsheet cell. Excel keeps 15 significant digits, so reading through
 * toPrecision(15) drops binary noise such as 0.30000000000000004 the way Excel's own display does.
 */
export function fromCellNumber(n: number): Decimal {
  if (!Number.isFinite(n)) throw new RangeError(`不是有限数值：${n}`);
  return new Decimal(n.toPrecision(15));
}

/**
 * Sums of whole 分 are exact in doubles up to this magnitude (2^53 - 1); above it they are not.
 * Each amount taken as cents is below 10^15 (15 significant digits, what a cell holds).
 */
export const MAX_EXACT_CENTS = Number.MAX_SAFE_INTEGER;
const CELL_CENTS_LIMIT = 1e15;

/**
 * The cell number as whole 分 when `fromCellNumber(n)` is exactly `cents / 100`, else undefined.
 * If c/100 (correctly rounded) is n and c has at most 15 digits, n is the double nearest to the
 * decimal c/100, and any decimal of at most 15 significant digits is what toPrecision(15) gives
 * back for its nearest double (DBL_DIG = 15): so fromCellNumber(n) equals c/100. Lets a large
 * ledger be summed in integer arithmetic, with a Decimal made only for the totals.
 */
export function cellNumberCents(n: number): number | undefined {
  const cents = Math.round(n * 100);
  if (!(Math.abs(cents) < CELL_CENTS_LIMIT) || cents / 100 !== n) return undefined;
  return cents + 0; // -0 reads as 0, as fromCellNumber gives it
}

/** Whole 分 (|cents| ≤ MAX_EXACT_CENTS) as 元, exactly. */
export function centsToYuan(cents: number): Decimal {
  return cents === 0 ? ZERO : new Decimal(cents).dividedBy(100);
}

/**
 * A sum of amounts in 元: whole 分 added as integers while exact (|sum| ≤ MAX_EXACT_CENTS), the
 * rest as Decimals. Both parts are exact (the Decimals as long as the sums fit 40 significant
 * digits, as in a plain chain of Decimal additions), so the total is that of the chain.
 */
export class ExactSum {
  private cents = 0;
  private rest: Decimal | undefined;

  addCents(cents: number): void {
    const sum = this.cents + cents;
    if (Math.abs(sum) <= MAX_EXACT_CENTS) this.cents = sum;
    else this.addYuan(centsToYuan(cents));
  }

  addYuan(yuan: Decimal): void {
    this.rest = (this.rest ?? ZERO).plus(yuan);
  }

  /** The sum in whole 分 while every amount added was whole 分 and the sum stayed exact. */
  get wholeCents(): number | undefined {
    return this.rest === undefined ? this.cents : undefined;
  }

  get total(): Decimal {
    const cents = centsToYuan(this.cents);
    return this.rest === undefined ? cents : this.rest.plus(cents);
  }
}

/** Σ fromCellNumber(n) over many cell numbers (see ExactSum). */
export class CellNumberSum extends ExactSum {
  add(n: number): void {
    const cents = cellNumberCents(n);
    if (cents !== undefined) this.addCents(cents);
    else this.addYuan(fromCellNumber(n));
  }
}

export function yuanToWan(yuan: Decimal): Decimal {
  return yuan.dividedBy(TEN_THOUSAND);
}

/** The same step in a native formula: an expression in 元 as one in 万元. */
export function yuanToWanFormula(yuanExpr: string): string {
  return `${yuanExpr}/${YUAN_PER_WAN}`;
}

export function wanToYuan(wan: Decimal): Decimal {
  return wan.times(TEN_THOUSAND);
}

/** 四舍五入 to `places` decimals (half away from zero, as Excel's ROUND). */
export function roundHalfUp(value: Decimal, places = 2): Decimal {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
