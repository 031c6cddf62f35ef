import type { SupplementaryItem } from "./supplementaryItems";
import type { CatalogKind } from "../subjects/catalog";

/**
 * Figures the narrative compares but no table of this year holds: 年初预算数 and 上年决算数 (sheet
 * 预算与上年数), and the 主要原因 the clerk gives for each comparison (sheet 补充信息).
 */

/** The level of the codes a per-code row carries: 类 (3 digits, the default) or 功能分类 项 (7 digits). */
export type CodeLevel = "类" | "项";
export const CODE_LENGTH: Readonly<Record<CodeLevel, number>> = { 类: 3, 项: 7 };

export interface Indicator {
  /** As typed in the 指标 column. */
  name: string;
  budget: boolean;
  prior: boolean;
  /** Rows may carry a 类 code of this catalog to give the figure per 类. */
  byCode?: CatalogKind;
  /** The level of those codes (上海 states 年初预算 per 功能分类 项); 类 when absent. */
  codeLevel?: CodeLevel;
  hint: string;
  /**
   * The cell of last year's tables that holds this figure (`fill --prior`); "{code}" stands for the
   * row's 类 code. Without a code the figure is read from `priorCell.total`.
   */
  priorCell?: { total: string; byCode?: string };
}

export type Basis = "上年" | "年初预算";

/** A comparison the narrative states, which needs the clerk's 主要原因. */
export interface Comparison {
  indicator: string;
  basis: Basis;
  /** Comparisons repeated per 类 code; the clerk adds one reason row per code used. */
  byCode?: CatalogKind;
  /** The level of those codes; 类 when absent. */
  codeLevel?: CodeLevel;
  /** How the 比较项 reads in the sheet. */
  caption: string;
}

export const versus = (
  indicator: string,
  basis: Basis,
  byCode?: CatalogKind,
  codeLevel?: CodeLevel
): Comparison => ({
  indicator,
  basis,
  byCode,
  ...(codeLevel && { codeLevel }),
  caption: `${indicator}较${basis === "上年" ? "上年" : "年初预算"}增减`,
});

/** The reason key a sentence looks up: "本年收入合计|上年" or "财政拨款支出|年初预算|206". */
export function reasonKey(indicator: string, basis: Basis, code?: string): string {
  return code ? `${indicator}|${basis}|${code}` : `${indicator}|${basis}`;
}

/** How the 补充信息 sheet names a reason: "财政拨款支出较年初预算增减（科目编码 206）". */
export function reasonCaption(key: string): string {
  const [indicator, basis, code] = key.split("|");
  const caption = `${indicator}较${basis === "上年" ? "上年" : "年初预算"}增减`;
  return code ? `${caption}（科目编码 ${code}）` : caption;
}

/** What a profile's input sheets offer: 预算与上年数 指标, 主要原因 比较项 and 补充信息 items. */
export interface InputVocabulary {
  indicators: readonly Indicator[];
  comparisons: readonly Comparison[];
  supplementary: readonly SupplementaryItem[];
}
