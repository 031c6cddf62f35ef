import type { BlockSpec, HeaderNode, RowSpec, TableTemplate } from "../../templates/types";
import {
  amount,
  EXPENSE_CLASSES as JIANGXI_CLASSES,
  item,
  region,
  subjectColumns,
  TABLES as JIANGXI,
  terms,
  threePartSums,
} from "../jiangxi-2021/tables";

/**
 * 上海市 2024 年度部门决算表（九张表）, from the official blank 样张 (上海市财政局, 2024 年度部门决算
 * 公开样张). Built on the 江西 tables where the two agree (收入、支出、财政拨款各表); differences: the
 * 支出 side lists 24 功能分类 类 numbered 一、… 二十四、, the 总表 have no 行次 and their amounts are
 * headed 决算数, 一般公共预算财政拨款支出决算表 has its 合计 line at the bottom, 基本支出表 has two
 * blocks (人员经费 301/303 | 公用经费 302/310), the “三公” table alternates 预算数/决算数 under each item,
 * 国有资本经营 has the same columns as 政府性基金, and there is no 国有资产占用情况表.
 */

/**
 * 功能分类 类 on the 支出 side of 收入支出决算总表 and 财政拨款收入支出决算总表 (样张 一、… 二十四、): the
 * 江西 list without 231 债务还本支出 and 232 债务付息支出.
 */
const EXPENSE_CLASSES = JIANGXI_CLASSES.filter((code) => code !== "231" && code !== "232");

const base = (id: string) => JIANGXI.find((t) => t.id === id) as TableTemplate;

/** The header with 金额 renamed 决算数 (the key, hence the cell ids, unchanged). */
const relabel = (nodes: HeaderNode[], from: string, to: string): HeaderNode[] =>
  nodes.map((n) => ({
    ...n,
    label: n.label === from ? to : n.label,
    children: n.children && relabel(n.children, from, to),
  }));

const withClasses = (rows: RowSpec[]): RowSpec[] =>
  rows.map((r) => (r.kind === "subjects" ? { ...r, codes: EXPENSE_CLASSES, numbered: true } : r));

/**
 * The 样张's 一般公共预算财政拨款支出决算表: 合计 after the 功能分类 lines, and 合计 | 基本支出 | 项目支出
 * directly under the header (no 本年支出 group above them).
 */
const generalSpending = (table: TableTemplate): TableTemplate => ({
  ...table,
  blocks: table.blocks.map((b) => ({
    ...b,
    header: b.header.flatMap((n) => (n.label === "本年支出" && n.children ? n.children : [n])),
    rows: b.rows.map((r) => (r.kind === "region" ? { ...r, totalLast: true } : r)),
  })),
});

/** The header without its 行次 column (the 样张's 总表 have none). */
const withoutLineNo = (nodes: HeaderNode[]): HeaderNode[] =>
  nodes
    .filter((n) => n.column?.kind !== "lineNo")
    .map((n) => ({ ...n, children: n.children && withoutLineNo(n.children) }));

/** 样张: the three 年初财政拨款结转和结余 lines are numbered 一、… like the 收入 lines above them. */
const CARRIED_OVER: Readonly<Record<string, string>> = {
  年初一般公共预算财政拨款: "一、一般公共预算财政拨款",
  年初政府性基金预算财政拨款: "二、政府性基金预算财政拨款",
  年初国有资本经营预算财政拨款: "三、国有资本经营预算财政拨款",
};
const numberCarriedOver = (rows: RowSpec[] | undefined): RowSpec[] | undefined =>
  rows?.map((r) =>
    r.kind === "item" && CARRIED_OVER[r.key] ? { ...r, label: CARRIED_OVER[r.key] } : r
  );

const summary = (id: string): TableTemplate => {
  const table = base(id);
  return {
    ...table,
    blocks: table.blocks.map((b): BlockSpec => ({
      ...b,
      header: withoutLineNo(relabel(b.header, "金额", "决算数")),
      rows: withClasses(b.rows),
      tail: numberCarriedOver(b.tail),
    })),
  };
};

const economicBlock = (
  key: string,
  roots: string[],
  total: string,
  parts: string[]
): BlockSpec => ({
  key,
  header: [
    { label: "经济分类科目编码", column: { kind: "code" } },
    { label: "科目名称", column: { kind: "name" } },
    amount("决算数"),
  ],
  rows: [{ kind: "economic", roots }],
  tail: [item(total, total, { emphasis: true, sum: terms(...parts) })],
});

/** 预算数 | 决算数 under each “三公” item. */
const pair = (label: string, name: string): HeaderNode => ({
  label,
  children: [amount("预算数", `预算.${name}`), amount("决算数", `决算.${name}`)],
});

/** 政府性基金 and 国有资本经营: 年初结转和结余, 本年收入, 本年支出 (合计, 基本, 项目), 年末结转和结余. */
const carryOver = (id: string, spentKey: string, title: string, note: string, empty: string) => ({
  ...base(id),
  title,
  note,
  emptyNote: empty,
  blocks: [
    {
      key: base(id).blocks[0].key,
      header: [
        subjectColumns,
        amount("年初结转和结余"),
        amount("本年收入"),
        {
          label: "本年支出",
          children: [amount("合计", spentKey), amount("基本支出"), amount("项目支出")],
        },
        amount("年末结转和结余"),
      ],
      rows: [region],
      columnSums: [{ target: spentKey, of: terms("基本支出", "项目支出") }],
    },
  ],
});

/** The 样张 prints no 表号; sheets are named by the 目录's numbering: 表一 … 表九. */
const code = (n: number) => `表${"一二三四五六七八九"[n - 1]}`;

export const TABLES: TableTemplate[] = [
  { ...summary("T01"), code: code(1) },
  { ...base("T02"), code: code(2) },
  { ...base("T03"), code: code(3) },
  {
    ...summary("T04"),
    code: code(4),
    note: "注：本表反映部门本年度财政拨款总收支和结转结余情况。",
  },
  {
    ...generalSpending(base("T05")),
    code: code(5),
    note: "注：本表反映部门本年度一般公共预算财政拨款支出情况。",
  },
  {
    ...base("T06"),
    code: code(6),
    blocks: [
      economicBlock("人员经费", ["301", "303"], "人员经费合计", ["301", "303"]),
      economicBlock("公用经费", ["302", "310"], "公用经费合计", ["302", "310"]),
    ],
  },
  {
    ...base("T07"),
    code: code(7),
    title: "财政拨款“三公”经费支出决算表",
    note: "注：本表反映部门本年度“三公”经费支出预决算情况。",
    blocks: [
      {
        key: "三公",
        header: [
          {
            label: "财政拨款“三公”经费",
            children: [
              pair("合计", "合计"),
              pair("因公出国（境）费", "因公出国（境）费"),
              {
                label: "公务用车购置及运行维护费",
                children: [
                  pair("小计", "公务用车购置及运行费"),
                  pair("公务用车购置费", "公务用车购置费"),
                  pair("公务用车运行维护费", "公务用车运行费"),
                ],
              },
              pair("公务接待费", "公务接待费"),
            ],
          },
        ],
        rows: [item("三公经费", "")],
        columnSums: [...threePartSums("预算"), ...threePartSums("决算")],
      },
    ],
  },
  {
    ...carryOver(
      "T08",
      "本年支出",
      "政府性基金预算财政拨款收入支出决算表",
      "注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。",
      "说明：本部门本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。"
    ),
    code: code(8),
  },
  {
    ...carryOver(
      "T09",
      "合计",
      "国有资本经营预算财政拨款收入支出决算表",
      "注：本表反映部门本年度国有资本经营预算财政拨款收入支出及结转和结余情况。",
      "说明：本部门本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。"
    ),
    code: code(9),
  },
];
