import { Decimal, ZERO, fromCellNumber, parseAmount } from "../money";
import type { AmountUnit } from "../templates/types";

export type CellAmount =
  { ok: true; value: Decimal; blank: boolean } | { ok: false; error: string; text: string };

const MONEY_SUFFIX = /(万元|万|元)(\)?)$/;
/** Printed where a figure does not apply: nothing to report, so 0. */
const NOT_APPLICABLE = /^(单位)?(不需填列|无需填列|不适用)$/;
const COUNT_SUFFIX = /(人次|人|辆|个|批|次|台套|台|套|项|件)(\)?)$/;

/**
 * An amount cell as the table shows it, in the table's own unit (万元 or a count): numbers as they
 * are, numbers typed as text read tolerantly ("1,583.52", "１５８３．５２", "（12.50）"), a unit suffix
 * stripped without conversion, blanks and dashes as 0.
 */
export function readCellAmount(input: unknown, unit: AmountUnit): CellAmount {
  if (input === null || input === undefined || input === "")
    return { ok: true, value: ZERO, blank: true };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, error: "不是有效的数字", text: String(input) };
    return { ok: true, value: fromCellNumber(input), blank: false };
  }
  if (typeof input !== "string") {
    return { ok: false, error: "不是有效的数字", text: String(input) };
  }
  let text = input.normalize("NFKC").replace(/\s+/g, "");
  if (NOT_APPLICABLE.test(text)) return { ok: true, value: ZERO, blank: true };
  const suffix = unit === "count" ? COUNT_SUFFIX : MONEY_SUFFIX;
  for (let pass = 0; pass < 2; pass++) text = text.replace(suffix, "$2");
  const parsed = parseAmount(text, "万元");
  if (!parsed.ok) return { ok: false, error: parsed.error, text: input };
  return parsed;
}
