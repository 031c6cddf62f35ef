/* global CustomFunctions */
import { fromCellNumber, parseAmount, roundHalfUp, yuanToWan } from "../core/money";
import {
  NO_BUDGET,
  NO_CHANGE,
  againstLabel,
  changeText,
  compareFigures,
  directionPhrase,
  noPriorItem,
  percentText,
} from "../core/narrative/phrases";
import {
  catalogKindOf,
  catalogsFor,
  hasCatalog,
  missingCatalogMessage,
  normalizeCode,
} from "../core/subjects";

// Thin wrappers over core: the JSDoc below is what custom-functions-metadata turns into functions.json;
// Chinese names and descriptions come from ./zh-cn.json at build time. Names: at least 3 characters,
// starting with a letter, never an Excel function's name (RATE is one: ./excel-builtin-functions.json).
// CustomFunctions.Error is CustomFunctionsRuntime 1.2 and its ErrorCode values 1.3, which the
// manifest requires: retail and LTSC Office need the same builds as for 1.1 (docs/guide.md).

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

/** A figure as the text states it: 万元 rounded half-up to two decimals. */
const displayed = (value: number) => roundHalfUp(fromCellNumber(value), 2);

/**
 * The change from one figure to another as the narrative states it: "增加24.05万元，增长17.47%".
 * @customfunction CHANGE
 * @param now This year's figure (wan yuan).
 * @param before Last year's figure (wan yuan).
 * @returns "增加…万元，增长…%", "减少…万元，下降…%", "持平" or "上年无此项支出".
 */
export function change(now: number, before: number): string {
  const kind = compareFigures(displayed(now), displayed(before)).kind;
  if (kind === "same") return NO_CHANGE;
  if (kind === "newItem") return noPriorItem();
  return directionPhrase(displayed(now), displayed(before)) as string;
}

/**
 * The full comparison clause: "较上年增加…", "与上年持平", "上年无此项支出", or against the budget
 * "较年初预算数减少…", "年初未安排预算".
 * @customfunction CHANGEPHRASE
 * @param now The figure (wan yuan).
 * @param before Last year's figure or the budget (wan yuan).
 * @param [basis] "上年" (default) or "年初预算".
 * @param [noun] "支出" (default) or "收入", for "上年无此项…".
 * @returns The clause.
 */
export function changePhrase(now: number, before: number, basis?: string, noun?: string): string {
  const against = basis === undefined || basis === null || basis === "" ? "上年" : basis;
  if (against !== "上年" && against !== "年初预算") throw invalid("比较基准应为“上年”或“年初预算”");
  const what = noun === undefined || noun === null || noun === "" ? "支出" : noun;
  if (what !== "支出" && what !== "收入") throw invalid("项目类型应为“支出”或“收入”");
  return changeText.value(displayed(now), displayed(before), against, againstLabel(against), what);
}

/**
 * A share in percent of the displayed figures, rounded half-up to two decimals (89.05 for 89.05%).
 * @customfunction PCT
 * @param part The part (wan yuan).
 * @param whole The whole (wan yuan).
 * @returns The percentage.
 */
export function pct(part: number, whole: number): number {
  if (displayed(whole).isZero()) throw invalid("总数为0，无法计算占比");
  return Number(percentText.value(displayed(part), displayed(whole)));
}

/**
 * Budget completion in percent (决算数 / 年初预算数), two decimals; no rate when there was no budget.
 * @customfunction BUDGETRATE
 * @param actual The final figure (wan yuan).
 * @param budget The initial budget (wan yuan).
 * @returns The completion percentage.
 */
export function rate(actual: number, budget: number): number {
  if (displayed(budget).isZero())
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.notAvailable,
      `${NO_BUDGET}，无完成率`
    );
  return Number(percentText.value(displayed(actual), displayed(budget)));
}

/**
 * Name of a functional or economic classification subject.
 * @customfunction SUBJECT
 * @param code Subject code such as 2010301 or 30101.
 * @param [catalog] "功能分类" (default) or "经济分类".
 * @param [year] Reporting year, 2021 if omitted.
 * @returns The subject name.
 */
export function subject(code: any, catalog?: string, year?: number): string {
  const kind = catalog ? catalogKindOf(catalog) : "functional";
  if (!kind) throw invalid("科目类型应为“功能分类”或“经济分类”");
  const reportingYear = year ?? 2021;
  if (!hasCatalog(reportingYear))
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.notAvailable,
      missingCatalogMessage(reportingYear)
    );
  const name = catalogsFor(reportingYear)[kind].name(normalizeCode(code));
  if (!name)
    throw new CustomFunctions.Error(
      CustomFunctions.ErrorCode.notAvailable,
      `科目表中没有编码「${code}」`
    );
  return name;
}
