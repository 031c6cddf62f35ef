import {
  amount,
  budget,
  cell,
  completionWhy,
  count,
  countList,
  item,
  nonzero,
  prior,
  says,
  shareList,
  vsBudgetWhy,
  vsPrior,
  vsPriorWhy,
} from "../../narrative/pieces";
import type { NarrativeContext } from "../../narrative/types";
import type { FigureRef, Paragraph, Piece } from "../../narrative/types";
import type { NarrativeOutline, NarrativeSection } from "../types";
import { PROCUREMENT_RESERVED, VEHICLE_CATEGORIES } from "./data";

const [RESERVED_FOR_SMALL, RESERVED_FOR_MICRO, WON_BY_SMALL, WON_BY_MICRO, WON_BY_SMALL_ELSEWHERE] =
  PROCUREMENT_RESERVED;

/**
 * The 决算情况说明 of the 上海 2024 样张: 第三部分 in eleven parts, 一、收入支出决算总体情况说明 …
 * 十一、其他重要事项的情况说明. The 样张's “增加（减少）… 增长（下降）” and “（如持平作持平表述）” are the
 * wording rules the pieces apply; “（不涉及的不列）” lists only the lines with figures.
 */

const section = (
  key: string,
  title: string,
  paragraphs: (context: NarrativeContext) => Paragraph[]
): NarrativeSection => ({ key, title, paragraphs });

const FISCAL_INCOME: FigureRef = {
  sum: [
    cell("T01.一般公共预算财政拨款收入"),
    cell("T01.政府性基金预算财政拨款收入"),
    cell("T01.国有资本经营预算财政拨款收入"),
  ],
};

const para = (id: string, ...pieces: Piece[]): Paragraph => ({ id, pieces });

/** “本部门…年度收入支出总计…万元，较上年…，主要原因是：……。” for 收支总计 and 财政拨款收支总计. */
const grandTotal = (
  key: string,
  what: string,
  now: FigureRef,
  before: FigureRef,
  indicator: string
): NarrativeSection =>
  section(key, `${what}决算总体情况说明`, (context) => [
    para(
      key,
      ...says`本部门${context.year}年度${what}总计${amount(now)}万元，${vsPriorWhy(now, before, indicator, { noun: "收入" })}。`
    ),
  ]);

/** “本年收入合计…万元，其中：…占…%；…” — a total and the shares of its parts. */
function totalAndShares(
  id: string,
  label: string,
  total: FigureRef,
  parts: [string, FigureRef][],
  context: NarrativeContext
): Paragraph {
  return para(id, label, amount(total), "万元，其中：", ...shareList(parts, total, context));
}

function income(context: NarrativeContext): Paragraph[] {
  const total = cell("T01.本年收入合计");
  const parts: [string, FigureRef][] = [
    ["财政拨款收入", FISCAL_INCOME],
    ...["上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"].map(
      (name): [string, FigureRef] => [name, cell(`T01.${name}`)]
    ),
  ];
  return [totalAndShares("收入", "本年收入合计", total, parts, context)];
}

function spending(context: NarrativeContext): Paragraph[] {
  const total = cell("T03.合计.本年支出合计");
  const parts: [string, FigureRef][] = [
    "基本支出",
    "项目支出",
    "上缴上级支出",
    "经营支出",
    "对附属单位补助支出",
  ].map((name) => [name, cell(`T03.合计.${name}`)]);
  return [totalAndShares("支出", "本年支出合计", total, parts, context)];
}

/** Where a table's 功能分类 lines are spent, and the 指标 whose 年初预算 the clerk gives per 项. */
interface SpendingTable {
  tableId: string;
  /** The column of the table's 本年支出 (合计). */
  spent: string;
  indicator: string;
}

const GENERAL: SpendingTable = {
  tableId: "T05",
  spent: "合计",
  indicator: "一般公共预算财政拨款支出",
};

/** The lines of one level of a 功能分类 table with a figure (or, for 项, a 年初预算). */
function subjectLines(
  context: NarrativeContext,
  { tableId, spent, indicator }: SpendingTable,
  level: "类" | "项"
): { code: string; name: string }[] {
  const layout = context.tables.tables.get(tableId)?.layout;
  const name = (code: string) => layout?.rows.find((r) => r.code === code)?.label ?? code;
  return (layout?.amounts ?? [])
    .filter((c) => c.level === level && c.columnKey === spent)
    .map((c) => c.code as string)
    .filter(
      (code) =>
        nonzero(context)(cell(`${tableId}[${code}].${spent}`)) ||
        (level === "项" && nonzero(context)(budget(indicator, code)))
    )
    .map((code) =>
      level === "类"
        ? { code, name: `${name(code)}（类）` }
        : {
            code,
            // 样张: “教育支出（类）普通教育（款）初中教育（项）”.
            name: `${name(code.slice(0, 3))}（类）${name(code.slice(0, 5))}（款）${name(code)}（项）`,
          }
    );
}

/**
 * 样张: “1、XX（类）XX（款）XX（项）。……年初预算为 XXX 万元，支出决算为 XXX 万元。决算数大于（小于）预算数的
 * 主要原因：……”, “按上述格式依次说明到各项级科目，预决算持平的不用说明变动原因”.
 */
function perLine(context: NarrativeContext, table: SpendingTable, prefix: string): Paragraph[] {
  return subjectLines(context, table, "项").map(({ code, name }, i) => {
    const actual = cell(`${table.tableId}[${code}].${table.spent}`);
    const planned = budget(table.indicator, code);
    return para(
      `${prefix}.${code}`,
      ...says`${i + 1}、${name}。年初预算为${amount(planned)}万元，支出决算为${amount(actual)}万元，${vsBudgetWhy(actual, planned, table.indicator, code)}。`
    );
  });
}

function general(context: NarrativeContext): Paragraph[] {
  const INDICATOR = GENERAL.indicator;
  const actual = cell("T05.合计.合计");
  const before = prior(INDICATOR);
  const planned = budget(INDICATOR);
  const classes = subjectLines(context, GENERAL, "类");
  const lines = perLine(context, GENERAL, "一般公共预算");
  return [
    para(
      "一般公共预算.总体",
      ...says`（一）一般公共预算财政拨款支出决算总体情况。一般公共预算财政拨款支出${amount(actual)}万元，占本年支出合计的${{ share: actual, of: cell("T01.本年支出合计") }}，${vsPriorWhy(actual, before, INDICATOR)}。`
    ),
    para(
      "一般公共预算.结构",
      ...says`（二）一般公共预算财政拨款支出决算结构情况。一般公共预算财政拨款支出${amount(actual)}万元，主要用于以下方面：${shareList(
        classes.map(({ code, name }) => [name, cell(`T05[${code}].合计`)] as const),
        actual,
        context
      )}`
    ),
    para(
      "一般公共预算.具体",
      ...says`（三）一般公共预算财政拨款支出决算具体情况。一般公共预算财政拨款支出年初预算为${amount(planned)}万元，支出决算为${amount(actual)}万元，${completionWhy(actual, planned, INDICATOR)}`,
      lines.length ? "。其中：" : "。"
    ),
    ...lines,
  ];
}

function basic(context: NarrativeContext): Paragraph[] {
  const layout = context.tables.tables.get("T06")?.layout;
  const names = (block: number) =>
    (layout?.amounts ?? [])
      .filter((c) => c.block === block && c.level === "款" && nonzero(context)(cell(c.id)))
      .map((c) => layout?.rows.find((r) => r.code === c.code && r.block === block)?.label ?? "")
      .join("、") || "无";
  return [
    para(
      "基本支出",
      ...says`一般公共预算财政拨款基本支出${amount(cell("T05.合计.基本支出"))}万元。其中：人员经费${amount(cell("T06.人员经费合计"))}万元，主要包括：${names(0)}；公用经费${amount(cell("T06.公用经费合计"))}万元，主要包括：${names(1)}。`
    ),
  ];
}

function threePublic(context: NarrativeContext): Paragraph[] {
  const y = context.year;
  const actual = (name: string) => cell(`T07.决算.${name}`);
  const planned = (name: string) => cell(`T07.预算.${name}`);
  const n = (name: string) => count(item(name));
  const ITEMS: [string, string, string][] = [
    ["因公出国（境）费", "因公出国（境）费", "因公出国（境）费"],
    ["公务用车购置及运行费", "公务用车购置及运行维护费", "公务用车购置及运行费"],
    ["公务接待费", "公务接待费", "公务接待费"],
  ];
  /** “…；…；…。”: each of the three items in turn, the last closing the sentence with `close`. */
  const eachItem = (
    clause: (key: string, label: string, indicator: string) => Piece[],
    close = "。"
  ): Piece[] =>
    ITEMS.flatMap(([key, label, indicator], i) => [
      ...clause(key, label, indicator),
      i === ITEMS.length - 1 ? close : "；",
    ]);
  const total = actual("合计");
  const totalPrior: FigureRef = { sum: ITEMS.map(([, , indicator]) => prior(indicator)) };
  if (![total, planned("合计"), totalPrior].some(nonzero(context)))
    return [para("三公", `本部门${y}年度无“三公”经费财政拨款支出。`)];
  return [
    para(
      "三公.总体",
      ...says`（一）“三公”经费财政拨款支出决算总体情况说明。“三公”经费财政拨款支出年初预算为${amount(planned("合计"))}万元，支出决算为${amount(total)}万元，${completionWhy(total, planned("合计"), "“三公”经费")}。其中：${eachItem(
        (key, label) =>
          says`${label}支出决算为${amount(actual(key))}万元，${{ completion: actual(key), budget: planned(key) }}`
      )}`
    ),
    para(
      "三公.上年",
      ...says`${y}年度“三公”经费财政拨款支出决算数${vsPrior(total, totalPrior)}，其中：${eachItem(
        (key, label, indicator) =>
          says`${label}支出决算${vsPriorWhy(actual(key), prior(indicator), indicator)}`
      )}`
    ),
    para(
      "三公.结构",
      ...says`（二）“三公”经费财政拨款支出决算具体情况说明。“三公”经费财政拨款支出决算中，${eachItem(
        (key, label) =>
          says`${label}支出决算${amount(actual(key))}万元，占${{ share: actual(key), of: total }}`,
        "。具体情况如下："
      )}`
    ),
    para(
      "三公.出国",
      ...says`1、因公出国（境）费支出${amount(actual("因公出国（境）费"))}万元。全年安排因公出国（境）团组${n("因公出国（境）团组数")}个、累计${n("因公出国（境）人次")}人次。开支内容包括：${{ text: "因公出国（境）主要用途" }}。`
    ),
    para(
      "三公.公务用车",
      ...says`2、公务用车购置及运行维护费支出${amount(actual("公务用车购置及运行费"))}万元。其中：公务用车购置支出${amount(actual("公务用车购置费"))}万元，购置公务用车${n("公务用车购置数")}辆；公务用车运行维护支出${amount(actual("公务用车运行费"))}万元。${y}年，本部门所属各预算单位开支财政拨款的公务用车保有量为${n("公务用车保有量")}辆。`
    ),
    para(
      "三公.接待",
      ...says`3、公务接待费支出${amount(actual("公务接待费"))}万元。国内公务接待${n("国内公务接待批次")}批次、${n("国内公务接待人次")}人次，其中接待外宾${n("外事接待批次")}批次、${n("外事接待人次")}人次。主要用于：${{ text: "公务接待主要用途" }}。`
    ),
  ];
}

/** 政府性基金 / 国有资本经营: income and spending, or the 样张's sentence for none. */
function fundSection(
  key: "政府性基金" | "国有资本经营",
  tableId: string,
  spent: string
): NarrativeSection {
  const name = `${key}预算财政拨款`;
  const table: SpendingTable = { tableId, spent, indicator: `${name}支出` };
  return section(key, `${name}收入支出决算情况说明`, (context) => {
    const received = cell(`${table.tableId}.合计.本年收入`);
    const paid = cell(`${table.tableId}.合计.${table.spent}`);
    const lines = perLine(context, table, name);
    if (![received, paid].some(nonzero(context)) && !lines.length)
      return [para(name, `本部门${context.year}年度无${name}收入和支出。`)];
    return [
      para(
        name,
        ...says`${name}收入${amount(received)}万元，支出${amount(paid)}`,
        lines.length ? "万元，支出具体情况如下：" : "万元。"
      ),
      ...lines,
    ];
  });
}

function performance(context: NarrativeContext): Paragraph[] {
  const y = context.year;
  return [
    para(
      "预算绩效",
      ...says`本部门${y}年度预算绩效管理工作开展情况如下：${{ text: "预算绩效管理工作情况" }}。编报绩效目标的${y}年度项目${count(item("绩效目标项目个数"))}个，涉及预算金额${amount(item("绩效目标涉及预算金额"))}万元；绩效自评的${y}年度项目${count(item("绩效自评项目个数"))}个，涉及预算金额${amount(item("绩效自评涉及资金"))}万元。`
    ),
  ];
}

function others(context: NarrativeContext): Paragraph[] {
  const y = context.year;
  const running = item("机关运行经费支出");
  const before = prior("机关运行经费");
  const goods = item("政府采购货物支出");
  const works = item("政府采购工程支出");
  const services = item("政府采购服务支出");
  const vehicles: FigureRef = { sum: VEHICLE_CATEGORIES.map((name) => item(name)) };
  const listed = VEHICLE_CATEGORIES.filter((name) => nonzero(context)(item(name)));
  return [
    nonzero(context)(running) || nonzero(context)(before)
      ? para(
          "机关运行经费",
          ...says`（一）机关运行经费支出情况。机关运行经费支出${amount(running)}万元，${vsPriorWhy(running, before, "机关运行经费")}。`
        )
      : para("机关运行经费", `（一）机关运行经费支出情况。本部门${y}年度无机关运行经费支出。`),
    para(
      "政府采购",
      ...says`（二）政府采购支出情况。本部门${y}年度政府采购金额（以合同签订为准）为${amount({ sum: [goods, works, services] })}万元，其中：货物采购金额${amount(goods)}万元、工程采购金额${amount(works)}万元、服务采购金额${amount(services)}万元。${y}年度本部门面向中小企业预留政府采购项目预算金额${amount(item(RESERVED_FOR_SMALL))}万元，面向小微企业预留政府采购项目预算金额${amount(item(RESERVED_FOR_MICRO))}万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额${amount(item(WON_BY_SMALL))}万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额${amount(item(WON_BY_MICRO))}万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额${amount(item(WON_BY_SMALL_ELSEWHERE))}万元。`
    ),
    para(
      "国有资产",
      `（三）国有资产占有使用情况说明。截至${y}年12月31日，本部门共有车辆`,
      count(vehicles),
      "辆",
      ...countList(
        listed.map((name) => [name, item(name)]),
        "辆"
      ),
      "。单价100万元（含）以上设备（不含车辆）",
      count(item("单价100万元（含）以上设备数量")),
      "台（套）。"
    ),
  ];
}

export const NARRATIVE: NarrativeOutline = {
  heading: (year) => `第三部分 ${year}年度部门决算情况说明`,
  preamble: () => [],
  sections: [
    grandTotal("总体", "收入支出", cell("T01.收入总计"), prior("收入总计"), "收支总计"),
    section("收入", "收入决算情况说明", income),
    section("支出", "支出决算情况说明", spending),
    grandTotal(
      "财政拨款总体",
      "财政拨款收入支出",
      cell("T04.收入总计"),
      prior("财政拨款收入支出总计"),
      "财政拨款收支总计"
    ),
    section("一般公共预算", "一般公共预算财政拨款支出决算情况说明", general),
    section("基本支出", "一般公共预算财政拨款基本支出决算情况说明", basic),
    section("三公", "财政拨款“三公”经费支出决算情况说明", threePublic),
    fundSection("政府性基金", "T08", "本年支出"),
    fundSection("国有资本经营", "T09", "合计"),
    section("预算绩效", "预算绩效管理情况", performance),
    section("其他", "其他重要事项的情况说明", others),
  ],
};
