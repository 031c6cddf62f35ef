/* global CustomFunctions */
import { fromCellNumber, parseAmount, roundHalfUp, yuanToWan } from "../core/money";
import { catalogsFor, normalizeCode } from "../core/subjects";

// Thin wrappers over core: the JSDoc below is what custom-functions-metadata turns into functions.json;
// Chinese names and descriptions come from ./zh-cn.json at build time.

function invalid(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/**
 * Converts an amount in yuan to wan yuan, rounded half-up to 2 decimals.
 * @customfunction WANYUAN
 * @param yuan Amount in yuan.
 * @returns Amount in wan yuan.
 */
export function wanYuan(yuan: number): number {
  return roundHalfUp(yuanToWan(fromCellNumber(yuan)), 2).toNumber();
}

/**
 * Rounds half-up (away from zero at .5) on the decimal digits shown, not on the binary value.
 * @customfunction ROUNDHU
 * @param value Number to round.
 * @param [digits] Decimal places, 2 if omitted.
 * @returns The rounded number.
 */
export function roundHu(value: number, digits?: number): number {
  const places = digits ?? 2;
  if (!Number.isInteger(places) || places < 0 || places > 10)
    throw invalid("小数位数应为 0 到 10 的整数");
  return roundHalfUp(fromCellNumber(value), places).toNumber();
}

/**
 * Reads an amount typed as text ("1,583.52", "（12.50）", "12.5万元") as a number in yuan.
 * @customfunction AMOUNT
 * @param text The typed amount.
 * @param [unit] Unit of the result: "元" (default) or "万元".
 * @returns The amount as a number.
 */
export function amount(text: any, unit?: string): number {
  const target = unit === undefined || unit === null || unit === "" ? "元" : unit;
  if (target !== "元" && target !== "万元") throw invalid("单位应为“元”或“万元”");
  const parsed = parseAmount(text, target);
  if (!parsed.ok) throw invalid(parsed.error);
  return parsed.value.toNumber();
}

/**
 * Name of a functional or economic classification subject.
 * @customfunction SUBJECTNAME
 * @param code Subject code such as 2010301 or 30101.
 * @param [catalog] "功能分类" (default) or "经济分类".
 * @param [year] Reporting year, 2021 if omitted.
 * @returns The subject name.
 */
export function subjectName(code: any, catalog?: string, year?: number): string {
  const kind =
    !catalog || catalog === "功能分类"
      ? "functional"
      : catalog === "经济分类"
        ? "economic"
        : undefined;
  if (!kind) throw invalid("科目类型应为“功能分类”或“经济分类”");
  const name = catalogsFor(year ?? 2021)[kind].name(normalizeCode(code));
  if (!name)
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.notAvailable,
      `科目表中没有编码「${code}」`
    );
  return name;
}
