/** Controlled words of the input sheets; each is offered as a drop-down list in the workbook. */

export const RECORD_KINDS = [
  "收入",
  "支出",
  "年初结转和结余",
  "年末结转和结余",
  "使用非财政拨款结余",
  "结余分配",
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Fiscal fund types first: they make up 财政拨款. */
export const FISCAL_SOURCES = [
  "一般公共预算财政拨款",
  "政府性基金预算财政拨款",
  "国有资本经营预算财政拨款",
] as const;
export const FUND_SOURCES = [
  ...FISCAL_SOURCES,
  "上级补助收入",
  "事业收入",
  "经营收入",
  "附属单位上缴收入",
  "其他收入",
] as const;
export type FundSource = (typeof FUND_SOURCES)[number];

export const SPENDING_NATURES = [
  "基本支出",
  "项目支出",
  "上缴上级支出",
  "经营支出",
  "对附属单位补助支出",
] as const;
export type SpendingNature = (typeof SPENDING_NATURES)[number];

export const UNIT_TYPES = ["行政单位", "参照公务员法管理事业单位", "事业单位", "其他"] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const YES_NO = ["是", "否"] as const;

export const CATALOG_NAMES = ["功能分类", "经济分类"] as const;
