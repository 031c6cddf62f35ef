import type { BlockSpec, HeaderNode, RowSpec, SumTerm, TableTemplate } from "../../templates/types";
import { INCOME_LINES, VEHICLE_CATEGORIES } from "./vocabulary";

/**
 * 江西省 2021 年度部门决算公开表（公开01表—公开10表）, as plain data. The table ids (T01 …) are
 * internal and stable: a derived profile may reorder or retitle the tables without touching the
 * fill, rule and narrative definitions that name cells by these ids.
 */

/** 功能分类 类 printed on 公开01表 and 公开04表's 支出 side, in the official order. */
export const EXPENSE_CLASSES = [
  "201",
  "202",
  "203",
  "204",
  "205",
  "206",
  "207",
  "208",
  "210",
  "211",
  "212",
  "213",
  "214",
  "215",
  "216",
  "217",
  "219",
  "220",
  "221",
  "222",
  "223",
  "224",
  "229",
  "231",
  "232",
  "234",
];

export const label = (text: string): HeaderNode => ({ label: text, column: { kind: "label" } });
export const lineNo: HeaderNode = { label: "行次", column: { kind: "lineNo" } };
export const amount = (text: string, key = text): HeaderNode => ({
  label: text,
  column: { kind: "amount", key },
});
export const count = (text: string, key = text): HeaderNode => ({
  label: text,
  column: { kind: "amount", key, unit: "count" },
});
export const subjectColumns: HeaderNode = {
  label: "项目",
  children: [
    { label: "科目编码", column: { kind: "code" } },
    { label: "科目名称", column: { kind: "name" } },
  ],
};
export const item = (
  key: string,
  text: string,
  extra: Partial<Extract<RowSpec, { kind: "item" }>> = {}
): RowSpec => ({
  kind: "item",
  key,
  label: text,
  ...extra,
});
export const terms = (...keys: string[]): SumTerm[] => keys.map((key) => ({ key }));
export const region: RowSpec = { kind: "region", catalog: "functional", totalLabel: "合计" };
export const fundColumns = [
  "一般公共预算财政拨款",
  "政府性基金预算财政拨款",
  "国有资本经营预算财政拨款",
];

/** 功能分类 lines with 合计 = 基本支出 + 项目支出 (公开05表, 国有资本经营 table). */
function spendingBlock(key: string): BlockSpec {
  return {
    key,
    header: [
      subjectColumns,
      {
        label: "本年支出",
        children: [amount("合计"), amount("基本支出"), amount("项目支出")],
      },
    ],
    rows: [region],
    columnSums: [{ target: "合计", of: terms("基本支出", "项目支出") }],
  };
}

/**
 * One side of 公开06表: the 经济分类 类 listed with their 款 under a “科目编码 · 科目名称 · 决算数”
 * header, and optionally the side's total line (of `sumOf`, the 类 of this block by default).
 */
function economicBlock(
  key: string,
  heading: string,
  roots: string[],
  total?: string,
  sumOf: string[] = roots
): BlockSpec {
  return {
    key,
    header: [
      {
        label: heading,
        children: [
          { label: "科目编码", column: { kind: "code" } },
          { label: "科目名称", column: { kind: "name" } },
          amount("决算数"),
        ],
      },
    ],
    rows: [{ kind: "economic", roots }],
    ...(total && { tail: [item(total, total, { emphasis: true, sum: terms(...sumOf) })] }),
  };
}

function threeParts(prefix: "预算" | "决算"): HeaderNode {
  const k = (name: string) => `${prefix}.${name}`;
  return {
    label: `${prefix}数`,
    children: [
      amount("合计", k("合计")),
      amount("因公出国（境）费", k("因公出国（境）费")),
      {
        label: "公务用车购置及运行费",
        children: [
          amount("小计", k("公务用车购置及运行费")),
          amount("公务用车购置费", k("公务用车购置费")),
          amount("公务用车运行费", k("公务用车运行费")),
        ],
      },
      amount("公务接待费", k("公务接待费")),
    ],
  };
}

export function threePartSums(prefix: "预算" | "决算") {
  const k = (name: string) => `${prefix}.${name}`;
  return [
    {
      target: k("合计"),
      of: terms(k("因公出国（境）费"), k("公务用车购置及运行费"), k("公务接待费")),
    },
    { target: k("公务用车购置及运行费"), of: terms(k("公务用车购置费"), k("公务用车运行费")) },
  ];
}

export const TABLES: TableTemplate[] = [
  {
    id: "T01",
    code: "公开01表",
    title: "收入支出决算总表",
    fitOnePage: true,
    note: "注：本表反映部门本年度的总收支和年末结转结余情况。",
    blocks: [
      {
        key: "收入",
        header: [{ label: "收入", children: [label("项目"), lineNo, amount("金额")] }],
        rows: INCOME_LINES.map((line) => item(line.key, line.label)),
        tail: [
          item("本年收入合计", "本年收入合计", {
            emphasis: true,
            sum: terms(...INCOME_LINES.map((line) => line.key)),
          }),
          item("使用非财政拨款结余", "使用非财政拨款结余"),
          item("年初结转和结余", "年初结转和结余"),
          item("收入总计", "总计", {
            emphasis: true,
            sum: terms("本年收入合计", "使用非财政拨款结余", "年初结转和结余"),
          }),
        ],
      },
      {
        key: "支出",
        header: [{ label: "支出", children: [label("项目"), lineNo, amount("金额")] }],
        rows: [{ kind: "subjects", catalog: "functional", codes: EXPENSE_CLASSES }],
        tail: [
          item("本年支出合计", "本年支出合计", { emphasis: true, sum: ["@subjects"] }),
          item("结余分配", "结余分配"),
          item("年末结转和结余", "年末结转和结余"),
          item("支出总计", "总计", {
            emphasis: true,
            sum: terms("本年支出合计", "结余分配", "年末结转和结余"),
          }),
        ],
      },
    ],
  },
  {
    id: "T02",
    code: "公开02表",
    title: "收入决算表",
    note: "注：本表反映部门本年度取得的各项收入情况。",
    blocks: [
      {
        key: "收入",
        header: [
          subjectColumns,
          amount("本年收入合计"),
          amount("财政拨款收入"),
          amount("上级补助收入"),
          amount("事业收入"),
          amount("经营收入"),
          amount("附属单位上缴收入"),
          amount("其他收入"),
        ],
        rows: [region],
        columnSums: [
          {
            target: "本年收入合计",
            of: terms(
              "财政拨款收入",
              "上级补助收入",
              "事业收入",
              "经营收入",
              "附属单位上缴收入",
              "其他收入"
            ),
          },
        ],
      },
    ],
  },
  {
    id: "T03",
    code: "公开03表",
    title: "支出决算表",
    note: "注：本表反映部门本年度各项支出情况。",
    blocks: [
      {
        key: "支出",
        header: [
          subjectColumns,
          amount("本年支出合计"),
          amount("基本支出"),
          amount("项目支出"),
          amount("上缴上级支出"),
          amount("经营支出"),
          amount("对附属单位补助支出"),
        ],
        rows: [region],
        columnSums: [
          {
            target: "本年支出合计",
            of: terms("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"),
          },
        ],
      },
    ],
  },
  {
    id: "T04",
    code: "公开04表",
    title: "财政拨款收入支出决算总表",
    fitOnePage: true,
    note: "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
    blocks: [
      {
        key: "收入",
        header: [{ label: "收入", children: [label("项目"), lineNo, amount("金额")] }],
        rows: [
          item("一般公共预算财政拨款", "一、一般公共预算财政拨款"),
          item("政府性基金预算财政拨款", "二、政府性基金预算财政拨款"),
          item("国有资本经营预算财政拨款", "三、国有资本经营预算财政拨款"),
        ],
        tail: [
          item("本年收入合计", "本年收入合计", {
            emphasis: true,
            sum: terms(
              "一般公共预算财政拨款",
              "政府性基金预算财政拨款",
              "国有资本经营预算财政拨款"
            ),
          }),
          item("年初财政拨款结转和结余", "年初财政拨款结转和结余", {
            sum: terms(
              "年初一般公共预算财政拨款",
              "年初政府性基金预算财政拨款",
              "年初国有资本经营预算财政拨款"
            ),
          }),
          item("年初一般公共预算财政拨款", "一般公共预算财政拨款", { indent: 1 }),
          item("年初政府性基金预算财政拨款", "政府性基金预算财政拨款", { indent: 1 }),
          item("年初国有资本经营预算财政拨款", "国有资本经营预算财政拨款", { indent: 1 }),
          item("收入总计", "总计", {
            emphasis: true,
            sum: terms("本年收入合计", "年初财政拨款结转和结余"),
          }),
        ],
      },
      {
        key: "支出",
        header: [
          {
            label: "支出",
            children: [
              label("项目"),
              lineNo,
              amount("合计"),
              ...fundColumns.map((name) => amount(name)),
            ],
          },
        ],
        rows: [{ kind: "subjects", catalog: "functional", codes: EXPENSE_CLASSES }],
        tail: [
          item("本年支出合计", "本年支出合计", { emphasis: true, sum: ["@subjects"] }),
          item("年末财政拨款结转和结余", "年末财政拨款结转和结余"),
          { kind: "spacer" },
          { kind: "spacer" },
          { kind: "spacer" },
          item("支出总计", "总计", {
            emphasis: true,
            sum: terms("本年支出合计", "年末财政拨款结转和结余"),
          }),
        ],
        columnSums: [{ target: "合计", of: terms(...fundColumns) }],
      },
    ],
  },
  {
    id: "T05",
    code: "公开05表",
    title: "一般公共预算财政拨款支出决算表",
    note: "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。",
    blocks: [spendingBlock("支出")],
  },
  {
    id: "T06",
    code: "公开06表",
    title: "一般公共预算财政拨款基本支出决算表",
    fitOnePage: true,
    note: "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。",
    blocks: [
      economicBlock("人员经费", "人员经费", ["301", "303"], "人员经费合计"),
      economicBlock("公用经费1", "公用经费", ["302"]),
      economicBlock("公用经费2", "公用经费", ["307", "310", "399"], "公用经费合计", [
        "302",
        "307",
        "310",
        "399",
      ]),
    ],
  },
  {
    id: "T07",
    code: "公开07表",
    title: "一般公共预算财政拨款“三公”经费支出决算表",
    fitOnePage: true,
    note: "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费年初预算数，决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。",
    blocks: [
      {
        key: "三公",
        header: [threeParts("预算"), threeParts("决算")],
        rows: [item("三公经费", "")],
        columnSums: [...threePartSums("预算"), ...threePartSums("决算")],
      },
    ],
  },
  {
    id: "T08",
    code: "公开08表",
    title: "政府性基金预算财政拨款收入支出决算表",
    note: "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
    emptyNote: "本部门本年度没有使用政府性基金预算财政拨款安排的收支，故本表无数据。",
    blocks: [
      {
        key: "政府性基金",
        header: [
          subjectColumns,
          amount("年初结转和结余"),
          amount("本年收入"),
          {
            label: "本年支出",
            children: [amount("小计", "本年支出"), amount("基本支出"), amount("项目支出")],
          },
          amount("年末结转和结余"),
        ],
        rows: [region],
        columnSums: [{ target: "本年支出", of: terms("基本支出", "项目支出") }],
      },
    ],
  },
  {
    id: "T09",
    code: "公开09表",
    title: "国有资本经营预算财政拨款支出决算表",
    note: "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。",
    emptyNote: "本部门本年度没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。",
    blocks: [spendingBlock("国有资本经营")],
  },
  {
    id: "T10",
    code: "公开10表",
    title: "国有资产占用情况表",
    fitOnePage: true,
    note: "注：本表反映部门年末国有资产占用情况。",
    blocks: [
      {
        key: "资产",
        header: [label("项目"), lineNo, amount("金额")],
        rows: [
          item("资产总额", "资产总额", {
            emphasis: true,
            sum: terms("流动资产", "固定资产", "对外投资", "无形资产", "其他资产"),
          }),
          item("流动资产", "一、流动资产"),
          item("固定资产", "二、固定资产"),
          item("房屋", "其中：房屋", { indent: 1 }),
          item("车辆", "车辆", { indent: 2 }),
          item("单价50万元以上通用设备", "单价50万元以上通用设备", { indent: 2 }),
          item("单价100万元以上专用设备", "单价100万元以上专用设备", { indent: 2 }),
          item("对外投资", "三、对外投资"),
          item("无形资产", "四、无形资产"),
          item("其他资产", "五、其他资产"),
        ],
      },
      {
        key: "数量",
        header: [label("项目"), lineNo, count("数量")],
        rows: [
          item("车辆数", "车辆数（辆）", {
            emphasis: true,
            sum: terms(...VEHICLE_CATEGORIES),
          }),
          ...VEHICLE_CATEGORIES.map((name, i) =>
            item(name, i === 0 ? `其中：${name}` : name, { indent: i === 0 ? 1 : 2 })
          ),
          item("通用设备数量", "单价50万元以上通用设备（台、套）"),
          item("专用设备数量", "单价100万元以上专用设备（台、套）"),
        ],
      },
    ],
  },
];
