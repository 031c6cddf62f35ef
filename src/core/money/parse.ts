import { Decimal, ZERO, fromCellNumber, wanToYuan, yuanToWan } from "./decimal";

export type MoneyUnit = "元" | "万元";

export type ParseResult =
  { ok: true; value: Decimal; blank: boolean } | { ok: false; error: string };

/** Dash-like placeholders clerks type for "nothing": counted as zero. */
const NIL_MARKS = new Set(["-", "--", "—", "——", "–", "－", "/", "无"]);
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_INTEGER = /^\d{1,3}(,\d{3})+$/;

/**
 * Reads an amount the way a clerk may have typed or pasted it: "1,583.52", "１５８３．５２",
 * "（12.50）" (negative), "12.5万元", "¥1,200", "" / "-" / "—" (zero), numbers from cells.
 * The result is expressed in `unit`; a stated unit suffix ("万元", "元") is converted.
 */
export function parseAmount(input: unknown, unit: MoneyUnit = "元"): ParseResult {
  if (input === null || input === undefined) return { ok: true, value: ZERO, blank: true };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, error: `「${input}」不是有效的金额` };
    return { ok: true, value: fromCellNumber(input), blank: false };
  }
  if (typeof input !== "string")
    return { ok: false, error: `「${String(input)}」不是有效的金额（应为数字）` };

  const raw = input;
  // NFKC folds full-width digits and punctuation (１５８３．５２, （ ）, ，) to ASCII.
  let text = raw.normalize("NFKC").replace(/\s+/g, "");
  if (text === "" || NIL_MARKS.has(text)) return { ok: true, value: ZERO, blank: true };

  // Sign in parentheses and a unit suffix may nest either way: "（12.5万元）" or "（12.5）万元".
  let negative = false;
  let stated: MoneyUnit | undefined;
  for (let pass = 0; pass < 2; pass++) {
    const parenthesised = /^\((.*)\)$/.exec(text);
    if (parenthesised && !negative) {
      negative = true;
      text = parenthesised[1];
    }
    const suffix = /(万元|万|元)$/.exec(text);
    if (suffix && !stated) {
      stated = suffix[1] === "元" ? "元" : "万元";
      text = text.slice(0, -suffix[1].length);
    }
  }
  text = text.replace(/^[¥￥]/, "");

  if (text.includes(",")) {
    const sign = /^[+-]/.test(text) ? text[0] : "";
    const body = sign ? text.slice(1) : text;
    const [intPart, fraction, extra] = body.split(".");
    if (
      extra !== undefined ||
      !GROUPED_INTEGER.test(intPart) ||
      (fraction !== undefined && !/^\d*$/.test(fraction))
    ) {
      return { ok: false, error: `「${raw}」的千分位分隔符位置不正确` };
    }
    text = sign + intPart.replace(/,/g, "") + (fraction === undefined ? "" : `.${fraction}`);
  }

  if (!PLAIN_NUMBER.test(text)) {
    return {
      ok: false,
      error: `「${raw}」不是有效的金额（应为数字，如 1583.52、1,583.52 或 （12.50））`,
    };
  }
  let value = new Decimal(text);
  if (negative) value = value.negated();
  if (stated && stated !== unit) value = stated === "万元" ? wanToYuan(value) : yuanToWan(value);
  return { ok: true, value, blank: false };
}

/** A whole count (people, vehicles, batches): non-negative integer, blank or "-" as zero. */
export function parseCount(input: unknown): ParseResult {
  const parsed = parseAmount(
    typeof input === "string" ? input.replace(/(人次|人|辆|个|批|次|台|套|项)$/, "") : input
  );
  if (!parsed.ok) return { ok: false, error: parsed.error.replace("金额", "数量") };
  if (!parsed.value.isInteger() || parsed.value.isNegative()) {
    return { ok: false, error: `「${String(input)}」不是有效的数量（应为非负整数）` };
  }
  return parsed;
}
