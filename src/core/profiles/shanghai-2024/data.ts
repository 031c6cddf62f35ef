import type { FillDefinition, FillDefinitions } from "../../fill/definitions";
import { CODE } from "../../fill/definitions";
import { Indicator, InputVocabulary, versus } from "../../inputs/indicators";
import { groupOf, itemsOf } from "../../inputs/supplementaryItems";
import { atMost, t } from "../../rules/define";
import type { RuleDef } from "../../rules/types";
import { FILL as JIANGXI_SOURCES } from "../jiangxi-2021/fill";
import { fundTableRules, RULES as JIANGXI_RULES } from "../jiangxi-2021/rules";
import {
  COMPARISONS as JIANGXI_COMPARISONS,
  INDICATORS as JIANGXI_INDICATORS,
  SUPPLEMENTARY_ITEMS as JIANGXI_ITEMS,
  ASSET_GROUP,
} from "../jiangxi-2021/vocabulary";

/** Fill, rules and input vocabulary of the 上海 2024 format: the 江西 ones, adjusted where the tables differ. */

const CAPITAL = "国有资本经营预算财政拨款" as const;
const capital = (kind: "收入" | "年初结转和结余" | "年末结转和结余"): FillDefinition => ({
  ledger: { kind, functional: CODE, sources: [CAPITAL] },
});

/** No 国有资产占用情况表; 国有资本经营 also shows 结转 and 收入, as 政府性基金 does. */
export const FILL: FillDefinitions = Object.fromEntries([
  ...Object.entries(JIANGXI_SOURCES).filter(([id]) => id !== "T10" && id !== "T09"),
  [
    "T09",
    {
      subjects: {
        ...JIANGXI_SOURCES.T09.subjects,
        年初结转和结余: capital("年初结转和结余"),
        本年收入: capital("收入"),
        年末结转和结余: capital("年末结转和结余"),
      },
    },
  ],
]);

/**
 * 政府采购 as the 样张 (第三部分 十一（二）) states it: amounts reserved for 中小企业 / 小微企业 and what
 * they won, instead of 江西's 授予中小企业合同金额 lines.
 */
export const PROCUREMENT_RESERVED = [
  "面向中小企业预留政府采购项目预算金额",
  "面向小微企业预留政府采购项目预算金额",
  "预留项目中由中小企业中标或成交的采购金额",
  "预留小微企业项目中由小微企业中标或成交的采购金额",
  "其他政府采购项目中由中小企业中标或成交的采购金额",
] as const;
const PROCUREMENT_AWARDS = new Set([
  "授予中小企业合同金额",
  "授予小微企业合同金额",
  "货物采购授予中小企业合同金额",
  "工程采购授予中小企业合同金额",
  "服务采购授予中小企业合同金额",
]);

const ITEM = "补充信息.";
const procurementTotal = ["政府采购货物支出", "政府采购工程支出", "政府采购服务支出"].map((name) =>
  t(ITEM + name)
);

export const RULES: RuleDef[] = [
  ...JIANGXI_RULES.filter(
    (r) =>
      ![...r.left, ...r.right].some(
        (term) =>
          term.id.startsWith("T10") ||
          (term.id.startsWith(ITEM) && PROCUREMENT_AWARDS.has(term.id.slice(ITEM.length)))
      )
  ),
  {
    ...atMost(
      "合理性.中小企业中标≤采购总额",
      // Reserved and other projects are disjoint, so what 中小企业 won in both is part of the total.
      [t(ITEM + PROCUREMENT_RESERVED[2]), t(ITEM + PROCUREMENT_RESERVED[4])],
      procurementTotal,
      "“补充信息”中由中小企业中标或成交的采购金额（预留项目与其他项目之和）不应超过政府采购金额（货物、工程、服务之和）",
      "warning"
    ),
    whenPresent: true,
  },
  // 国有资本经营 also shows 结转 and 收入 (表九), checked as 江西's 政府性基金 table is.
  ...fundTableRules("T09", "国有资本经营预算财政拨款", "合计", { totalLine: false }),
];

/** 上海's vehicle categories (样张 第三部分 十一（三）). */
export const VEHICLE_CATEGORIES = [
  "部级领导干部用车",
  "主要领导干部用车",
  "机要通信用车",
  "应急保障用车",
  "执法执勤用车",
  "特种专业技术用车",
  "离退休干部用车",
  "其他用车",
] as const;
const VEHICLE_GROUP = "国有资产占有使用情况";

/** 政府性基金 and 国有资本经营 spending, explained per 项 against the 年初预算 (样张 八、九). */
const FUNDS = ["政府性基金预算财政拨款支出", "国有资本经营预算财政拨款支出"];

const priorOnly = (name: string, hint: string): Indicator => ({
  name,
  budget: false,
  prior: true,
  hint,
});

export const VOCABULARY: InputVocabulary = {
  indicators: [
    ...JIANGXI_INDICATORS,
    priorOnly("财政拨款收入支出总计", "上年财政拨款收入支出决算总表“总计”"),
    {
      name: "一般公共预算财政拨款支出",
      budget: true,
      prior: true,
      byCode: "functional",
      codeLevel: "项",
      hint: "一般公共预算财政拨款本年支出；年初预算按功能分类“项”另起一行并填科目编码（如 2050203），情况说明逐项说明",
    },
    priorOnly("公务用车购置及运行费", "上年“三公”经费中的公务用车购置及运行维护费"),
    ...FUNDS.map((name): Indicator => ({
      name,
      budget: true,
      prior: false,
      byCode: "functional",
      codeLevel: "项",
      hint: "年初预算按功能分类“项”逐行填写科目编码，情况说明八、九逐项说明",
    })),
  ],
  comparisons: [
    versus("收支总计", "上年"),
    versus("财政拨款收支总计", "上年"),
    versus("一般公共预算财政拨款支出", "上年"),
    versus("一般公共预算财政拨款支出", "年初预算"),
    versus("一般公共预算财政拨款支出", "年初预算", "functional", "项"),
    ...FUNDS.map((name) => versus(name, "年初预算", "functional", "项")),
    ...JIANGXI_COMPARISONS.filter((c) => c.indicator === "“三公”经费" && c.basis === "年初预算"),
    versus("因公出国（境）费", "上年"),
    versus("公务用车购置及运行费", "上年"),
    versus("公务接待费", "上年"),
    versus("机关运行经费", "上年"),
  ],
  supplementary: [
    ...JIANGXI_ITEMS.filter(
      (i) => i.group !== ASSET_GROUP && i.group !== "预算绩效" && !PROCUREMENT_AWARDS.has(i.name)
    ).flatMap((i) =>
      i.name === "政府采购服务支出" ? [i, ...itemsOf(i.group, "元", PROCUREMENT_RESERVED)] : [i]
    ),
    ...itemsOf(VEHICLE_GROUP, "辆", VEHICLE_CATEGORIES),
    ...groupOf(VEHICLE_GROUP, [["单价100万元（含）以上设备数量", "台（套）", "不含车辆"]]),
    ...itemsOf("预算绩效", "个", ["绩效目标项目个数", "绩效自评项目个数"]),
    ...itemsOf("预算绩效", "元", ["绩效目标涉及预算金额", "绩效自评涉及资金"]),
    ...groupOf("预算绩效", [
      ["预算绩效管理工作情况", "文字", "预算绩效管理制度、工作机制、绩效跟踪评价和自评结果等"],
    ]),
  ],
};
