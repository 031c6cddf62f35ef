/**
 * Figures the narrative compares but no table of this year holds: 年初预算数 and 上年决算数 (sheet
 * 预算与上年数), and the 主要原因 the clerk gives for each comparison (sheet 补充信息).
 */

export type CodeCatalog = "functional" | "economic";

export interface Indicator {
  /** As typed in the 指标 column. */
  name: string;
  budget: boolean;
  prior: boolean;
  /** Rows may carry a 类 code of this catalog to give the figure per 类. */
  byCode?: CodeCatalog;
  hint: string;
}

export const INDICATORS: readonly Indicator[] = [
  { name: "收入总计", budget: false, prior: true, hint: "上年公开01表“收入总计”" },
  { name: "年初结转和结余", budget: false, prior: true, hint: "上年公开01表“年初结转和结余”" },
  { name: "本年收入合计", budget: false, prior: true, hint: "上年公开01表“本年收入合计”" },
  { name: "支出总计", budget: false, prior: true, hint: "上年公开01表“支出总计”" },
  { name: "本年支出合计", budget: false, prior: true, hint: "上年公开01表“本年支出合计”" },
  {
    name: "财政拨款支出",
    budget: true,
    prior: true,
    byCode: "functional",
    hint: "财政拨款本年支出；按功能分类“类”另起一行并填科目编码（如 208）",
  },
  {
    name: "一般公共预算财政拨款基本支出",
    budget: false,
    prior: true,
    byCode: "economic",
    hint: "按经济分类“类”另起一行并填科目编码（301 工资福利支出、302 商品和服务支出、303 对个人和家庭的补助、310 资本性支出）",
  },
  {
    name: "因公出国（境）费",
    budget: true,
    prior: true,
    hint: "“三公”经费；年初预算数填入公开07表预算数",
  },
  {
    name: "公务用车购置费",
    budget: true,
    prior: true,
    hint: "“三公”经费；年初预算数填入公开07表预算数",
  },
  {
    name: "公务用车运行费",
    budget: true,
    prior: true,
    hint: "“三公”经费；年初预算数填入公开07表预算数",
  },
  {
    name: "公务接待费",
    budget: true,
    prior: true,
    hint: "“三公”经费；年初预算数填入公开07表预算数",
  },
  {
    name: "机关运行经费",
    budget: true,
    prior: true,
    hint: "行政单位和参照公务员法管理事业单位的机关运行经费",
  },
];

export type Basis = "上年" | "年初预算";

/** A comparison the narrative states, which needs the clerk's 主要原因. */
export interface Comparison {
  indicator: string;
  basis: Basis;
  /** Comparisons repeated per 类 code; the clerk adds one reason row per code used. */
  byCode?: CodeCatalog;
  /** How the 比较项 reads in the sheet. */
  caption: string;
}

const versus = (indicator: string, basis: Basis, byCode?: CodeCatalog): Comparison => ({
  indicator,
  basis,
  byCode,
  caption: `${indicator}较${basis === "上年" ? "上年" : "年初预算"}增减`,
});

export const COMPARISONS: readonly Comparison[] = [
  versus("收支总计", "上年"),
  versus("年初结转和结余", "上年"),
  versus("本年收入合计", "上年"),
  versus("本年支出合计", "上年"),
  versus("财政拨款支出", "年初预算"),
  versus("财政拨款支出", "年初预算", "functional"),
  versus("一般公共预算财政拨款基本支出", "上年", "economic"),
  versus("“三公”经费", "年初预算"),
  versus("“三公”经费", "上年"),
  versus("因公出国（境）费", "年初预算"),
  versus("因公出国（境）费", "上年"),
  versus("公务用车购置费", "年初预算"),
  versus("公务用车购置费", "上年"),
  versus("公务用车运行费", "年初预算"),
  versus("公务用车运行费", "上年"),
  versus("公务接待费", "年初预算"),
  versus("公务接待费", "上年"),
  versus("机关运行经费", "年初预算"),
  versus("机关运行经费", "上年"),
];

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
