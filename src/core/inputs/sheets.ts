import { MONEY_FORMAT, COUNT_FORMAT, TEXT_FORMAT } from "../render/styles";
import {
  CATALOG_NAMES,
  FUND_SOURCES,
  RECORD_KINDS,
  SPENDING_NATURES,
  UNIT_TYPES,
  YES_NO,
} from "./vocabulary";

/** Names of the sheets the clerk fills; the tool reads them and never writes them after `init`. */
export const INPUT_SHEETS = {
  basics: "基础信息",
  ledger: "收支明细",
  budgetPrior: "预算与上年数",
  supplementary: "补充信息",
  subjects: "科目补充",
} as const;

export type ColumnFormat = "text" | "money" | "count" | "general";

export interface InputColumn {
  key: string;
  header: string;
  width: number;
  format?: ColumnFormat;
  list?: readonly string[];
  /** Other captions the reader accepts for this column (workbooks laid out by hand). */
  aliases?: readonly string[];
}

export const FORMAT_CODES: Record<ColumnFormat, string | undefined> = {
  text: TEXT_FORMAT,
  money: MONEY_FORMAT,
  count: COUNT_FORMAT,
  general: undefined,
};

/** 收支明细: one line per unit × 功能分类 × 经济分类 × 资金来源 × 支出性质, amounts in 元. */
export const LEDGER_COLUMNS: readonly InputColumn[] = [
  { key: "unit", header: "单位名称", width: 26, aliases: ["单位", "预算单位"] },
  { key: "kind", header: "收支类型", width: 18, list: RECORD_KINDS, aliases: ["类型"] },
  {
    key: "functional",
    header: "功能分类科目编码",
    width: 16,
    format: "text",
    aliases: ["功能分类", "功能科目编码"],
  },
  {
    key: "economic",
    header: "经济分类科目编码",
    width: 16,
    format: "text",
    aliases: ["经济分类", "经济科目编码"],
  },
  { key: "source", header: "资金来源", width: 26, list: FUND_SOURCES, aliases: ["资金性质"] },
  { key: "nature", header: "支出性质", width: 18, list: SPENDING_NATURES, aliases: ["支出类型"] },
  { key: "amount", header: "金额（元）", width: 18, format: "money", aliases: ["金额"] },
  { key: "memo", header: "摘要", width: 30, aliases: ["备注", "说明"] },
];

export const BUDGET_PRIOR_COLUMNS: readonly InputColumn[] = [
  // The 指标 drop-down is the profile's (inputs/inputSheets.ts).
  { key: "indicator", header: "指标", width: 30 },
  { key: "code", header: "科目编码", width: 12, format: "text" },
  {
    key: "budget",
    header: "年初预算数（元）",
    width: 18,
    format: "money",
    aliases: ["年初预算数"],
  },
  {
    key: "prior",
    header: "上年决算数（元）",
    width: 18,
    format: "money",
    aliases: ["上年决算数", "上年数"],
  },
  { key: "hint", header: "说明", width: 60 },
];

export const SUPPLEMENTARY_COLUMNS: readonly InputColumn[] = [
  { key: "group", header: "分类", width: 22 },
  { key: "item", header: "项目", width: 36 },
  { key: "unit", header: "单位", width: 10 },
  { key: "value", header: "数值", width: 50, format: "general" },
  { key: "hint", header: "说明", width: 50 },
];

export const REASON_COLUMNS: readonly InputColumn[] = [
  { key: "group", header: "分类", width: 22 },
  { key: "comparison", header: "比较项", width: 36 },
  { key: "code", header: "科目编码", width: 10, format: "text" },
  { key: "reason", header: "主要原因", width: 50 },
  { key: "hint", header: "说明", width: 50 },
];

export const SUBJECT_COLUMNS: readonly InputColumn[] = [
  { key: "catalog", header: "科目类型", width: 12, list: CATALOG_NAMES },
  { key: "code", header: "科目编码", width: 14, format: "text" },
  { key: "name", header: "科目名称", width: 40 },
  { key: "hint", header: "说明", width: 50 },
];

export const UNIT_COLUMNS: readonly InputColumn[] = [
  { key: "index", header: "序号", width: 16, format: "count" },
  { key: "name", header: "单位名称", width: 40 },
  { key: "type", header: "单位性质", width: 28, list: UNIT_TYPES },
  { key: "memo", header: "备注", width: 30 },
];

/** Captions of the 基础信息 key/value lines, in sheet order. */
export const BASICS_FIELDS = {
  department: "部门名称",
  year: "决算年度",
  province: "省份",
  profile: "公开表格式",
  tailAdjust: "尾差调整",
} as const;

export const BASICS_UNITS_CAPTION = "纳入本套决算的单位";
export const YES_NO_LIST = YES_NO;
