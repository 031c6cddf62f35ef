import { Indicator, InputVocabulary, versus } from "../../inputs/indicators";
import {
  groupOf,
  itemsOf,
  RUNNING_COST_ITEM,
  RUNNING_COST_REASON_ITEM,
  SupplementaryItem,
} from "../../inputs/supplementaryItems";
import type { FundSource } from "../../inputs/vocabulary";

/**
 * The lists the 江西 tables, fill, rules, narrative and input sheets share, typed once: the four
 * “三公” items, the income lines of 公开01表, the vehicle categories of 公开10表.
 */

/** The four “三公” items, in the order the tables and the 情况说明 list them. */
export const THREE_PUBLIC_ITEMS = [
  "因公出国（境）费",
  "公务用车购置费",
  "公务用车运行费",
  "公务接待费",
] as const;

/** 公开01表's income lines: row key, printed label, the 资金来源 that fills it. */
export interface IncomeLine {
  key: string;
  label: string;
  source: FundSource;
}
export const INCOME_LINES: readonly IncomeLine[] = [
  {
    key: "一般公共预算财政拨款收入",
    label: "一、一般公共预算财政拨款收入",
    source: "一般公共预算财政拨款",
  },
  {
    key: "政府性基金预算财政拨款收入",
    label: "二、政府性基金预算财政拨款收入",
    source: "政府性基金预算财政拨款",
  },
  {
    key: "国有资本经营预算财政拨款收入",
    label: "三、国有资本经营预算财政拨款收入",
    source: "国有资本经营预算财政拨款",
  },
  { key: "上级补助收入", label: "四、上级补助收入", source: "上级补助收入" },
  { key: "事业收入", label: "五、事业收入", source: "事业收入" },
  { key: "经营收入", label: "六、经营收入", source: "经营收入" },
  { key: "附属单位上缴收入", label: "七、附属单位上缴收入", source: "附属单位上缴收入" },
  { key: "其他收入", label: "八、其他收入", source: "其他收入" },
];
/** The income lines that are not 财政拨款 (公开02表 has a column for each). */
export const NON_FISCAL_INCOME = INCOME_LINES.slice(3);

/** 公开10表's vehicle categories (辆). */
export const VEHICLE_CATEGORIES = [
  "领导干部用车",
  "一般公务用车",
  "执法执勤用车",
  "特种专业技术用车",
  "其他用车",
] as const;

/** 公开10表's money lines, each a 补充信息 item of the same name (元). */
export const ASSET_LINES = [
  "流动资产",
  "固定资产",
  "房屋",
  "车辆",
  "单价50万元以上通用设备",
  "单价100万元以上专用设备",
  "对外投资",
  "无形资产",
  "其他资产",
] as const;

export const ASSET_GROUP = "国有资产（公开10表）";

/** A 公开01表 total compared with last year only: its 上年决算数 is last year's same line. */
const priorTotalIndicator = (name: string): Indicator => ({
  name,
  budget: false,
  prior: true,
  hint: `上年公开01表“${name}”`,
  priorCell: { total: `T01.${name}` },
});

const threePublicIndicator = (name: string): Indicator => ({
  name,
  budget: true,
  prior: true,
  hint: "“三公”经费；年初预算数填入“三公”经费支出决算表的预算数",
  priorCell: { total: `T07.决算.${name}` },
});

export const INDICATORS: readonly Indicator[] = [
  priorTotalIndicator("收入总计"),
  priorTotalIndicator("年初结转和结余"),
  priorTotalIndicator("本年收入合计"),
  priorTotalIndicator("支出总计"),
  priorTotalIndicator("本年支出合计"),
  {
    name: "财政拨款支出",
    budget: true,
    prior: true,
    byCode: "functional",
    hint: "财政拨款本年支出；按功能分类“类”另起一行并填科目编码（如 208）",
    priorCell: { total: "T04.本年支出合计.合计", byCode: "T04[{code}].合计" },
  },
  {
    name: "一般公共预算财政拨款基本支出",
    budget: false,
    prior: true,
    byCode: "economic",
    hint: "按经济分类“类”另起一行并填科目编码（301 工资福利支出、302 商品和服务支出、303 对个人和家庭的补助、310 资本性支出）",
  },
  ...THREE_PUBLIC_ITEMS.map(threePublicIndicator),
  {
    name: "机关运行经费",
    budget: true,
    prior: true,
    hint: "行政单位和参照公务员法管理事业单位的机关运行经费",
  },
];

/** The comparisons the 江西 情况说明 states, each needing the clerk's 主要原因. */
export const COMPARISONS = [
  versus("年初结转和结余", "上年"),
  versus("本年收入合计", "上年"),
  versus("本年支出合计", "上年"),
  versus("财政拨款支出", "年初预算"),
  versus("财政拨款支出", "年初预算", "functional"),
  versus("一般公共预算财政拨款基本支出", "上年", "economic"),
  ...["“三公”经费", ...THREE_PUBLIC_ITEMS].flatMap((name) => [
    versus(name, "年初预算"),
    versus(name, "上年"),
  ]),
  versus("机关运行经费", "年初预算"),
  versus("机关运行经费", "上年"),
];

export const SUPPLEMENTARY_ITEMS: readonly SupplementaryItem[] = [
  ...itemsOf("人员情况", "人", [
    "在职人员",
    "离休人员",
    "退休人员",
    "其他人员",
    "学生人数",
    "由养老保险基金发放养老金的离退休人员",
  ]),
  ...groupOf("人员情况", [
    [
      "年末实有人数",
      "人",
      "留空则按在职、离休、退休、其他人员与由养老保险基金发放养老金的离退休人员之和计算",
    ],
  ]),
  ...itemsOf(
    "“三公”经费决算",
    "元",
    THREE_PUBLIC_ITEMS,
    "财政拨款安排的决算数，填入“三公”经费支出决算表的决算数"
  ),
  ...groupOf("“三公”经费决算", [
    ["因公出国（境）团组数", "个"],
    ["因公出国（境）人次", "人次"],
    ["因公出国（境）主要用途", "文字", "如：无；或赴××开展××"],
    ["国内公务接待批次", "批", "含外事接待"],
    ["国内公务接待人次", "人次"],
    ["外事接待批次", "批"],
    ["外事接待人次", "人次"],
    ["公务接待主要用途", "文字"],
    ["公务用车购置数", "辆"],
    ["公务用车保有量", "辆", "年末使用财政拨款开支运行维护费的公务用车"],
  ]),
  ...groupOf("机关运行经费", [
    [
      RUNNING_COST_ITEM,
      "元",
      "行政单位和参照公务员法管理事业单位一般公共预算财政拨款基本支出中的公用经费",
    ],
  ]),
  ...itemsOf("政府采购", "元", ["政府采购货物支出", "政府采购工程支出", "政府采购服务支出"]),
  ...itemsOf("政府采购", "元", [
    "授予中小企业合同金额",
    "授予小微企业合同金额",
    "货物采购授予中小企业合同金额",
    "工程采购授予中小企业合同金额",
    "服务采购授予中小企业合同金额",
  ]),
  ...itemsOf(ASSET_GROUP, "元", ASSET_LINES),
  ...itemsOf(ASSET_GROUP, "辆", VEHICLE_CATEGORIES),
  ...groupOf(ASSET_GROUP, [
    ["单价50万元以上通用设备数量", "台（套）"],
    ["单价100万元以上专用设备数量", "台（套）"],
  ]),
  ...groupOf("预算绩效", [
    ["绩效自评项目个数", "个"],
    ["绩效自评涉及资金", "元"],
    [
      "项目绩效自评情况",
      "文字",
      "情况说明“部门决算中项目绩效自评情况”一段，如：项目支出绩效自评表见附件",
    ],
    [
      "部门评价项目绩效评价情况",
      "文字",
      "情况说明“部门评价项目绩效评价情况”一段，如：××项目绩效评价报告见附件；未开展的写“无”",
    ],
  ]),
  // Last, so the rows above keep their places in existing workbooks.
  ...groupOf("部门概况", [
    [
      "主要职能",
      "文字",
      "公开文档第一部分“主要职能”，可分段（单元格内换行）；juesuan publish 使用",
    ],
  ]),
  ...groupOf("机关运行经费", [
    [
      RUNNING_COST_REASON_ITEM,
      "文字",
      "“机关运行经费支出”留空则按收支明细计算；填写的数字与明细计算的不同时，在此写明原因（如口径差异）",
    ],
  ]),
];

export const VOCABULARY: InputVocabulary = {
  indicators: INDICATORS,
  comparisons: COMPARISONS,
  supplementary: SUPPLEMENTARY_ITEMS,
};
