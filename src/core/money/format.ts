import { Decimal, roundHalfUp, yuanToWan } from "./decimal";

export interface FormatOptions {
  places?: number;
  /** Thousands separators ("1,583.52"), as in the printed tables. The narrative writes without them. */
  grouping?: boolean;
}

/** Fixed-point text, 四舍五入, never "-0.00". */
export function formatFixed(
  value: Decimal,
  { places = 2, grouping = false }: FormatOptions = {}
): string {
  const rounded = roundHalfUp(value, places);
  const text = (rounded.isZero() ? rounded.abs() : rounded).toFixed(places);
  return grouping ? groupThousands(text) : text;
}

/** An amount held in 元, shown in 万元 with two decimals. */
export function formatWan(yuan: Decimal, options: FormatOptions = {}): string {
  return formatFixed(yuanToWan(yuan), options);
}

/** A ratio (0.5301) as a percentage with `places` decimals ("53.01%"). */
export function formatPercent(ratio: Decimal, places = 2): string {
  return `${formatFixed(ratio.times(100), { places })}%`;
}

function groupThousands(text: string): string {
  const negative = text.startsWith("-");
  const [intPart, fraction] = (negative ? text.slice(1) : text).split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}
