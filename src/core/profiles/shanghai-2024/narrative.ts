import { reasonKey } from "../../inputs/indicators";
import {
  amount,
  budget,
  cell,
  count,
  item,
  nonzero,
  prior,
  reason,
  shareList,
  vsPrior,
} from "../../narrative/pieces";
import type { NarrativeContext } from "../../narrative/context";
import type { FigureRef, Paragraph, Piece } from "../../narrative/types";
import type { NarrativeOutline, NarrativeSection } from "../types";
import { VEHICLE_CATEGORIES } from "./data";

/**
 * The 决算情况说明 of the 上海 2024 样张: 第三部分 in eleven parts, 一、收入支出决算总体情况说明 …
 * 十一、其他重要事项的情况说明. The 样张's “增加（减少）… 增长（下降）” and “（如持平作持平表述）” are the
 * wording rules the pieces apply; “（不涉及的不列）” lists only the lines with figures.
 */

const section = (
  key: string,
  title: string,
  paragraphs: (source: NarrativeContext) => Paragraph[]
): NarrativeSection => ({ key, title, paragraphs });

const FISCAL_INCOME: FigureRef = {
  sum: [
    cell("T01.一般公共预算财政拨款收入"),
    cell("T01.政府性基金预算财政拨款收入"),
    cell("T01.国有资本经营预算财政拨款收入"),
  ],
};

const para = (id: string, ...pieces: Piece[]): Paragraph => ({ id, pieces });

function overall(source: NarrativeContext): Paragraph[] {
  const now = cell("T01.收入总计");
  const before = prior("收入总计");
  return [
    para(
      "总体",
      `本部门${source.year}年度收入支出总计`,
      amount(now),
      "万元，",
      vsPrior(now, before, "收入"),
      reason(reasonKey("收支总计", "上年"), now, before),
      "。"
    ),
  ];
}

function income(source: NarrativeContext): Paragraph[] {
  const total = cell("T01.本年收入合计");
  const parts: [string, FigureRef][] = [
    ["财政拨款收入", FISCAL_INCOME],
    ...["上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"].map(
      (name): [string, FigureRef] => [name, cell(`T01.${name}`)]
    ),
  ];
  return [
    para("收入", "本年收入合计", amount(total), "万元，其中：", ...shareList(parts, total, source)),
  ];
}

function spending(source: NarrativeContext): Paragraph[] {
  const total = cell("T03.合计.本年支出合计");
  const parts: [string, FigureRef][] = [
    "基本支出",
    "项目支出",
    "上缴上级支出",
    "经营支出",
    "对附属单位补助支出",
  ].map((name) => [name, cell(`T03.合计.${name}`)]);
  return [
    para("支出", "本年支出合计", amount(total), "万元，其中：", ...shareList(parts, total, source)),
  ];
}

function fiscalOverall(source: NarrativeContext): Paragraph[] {
  const now = cell("T04.收入总计");
  const before = prior("财政拨款收入支出总计");
  return [
    para(
      "财政拨款总体",
      `本部门${source.year}年度财政拨款收入支出总计`,
      amount(now),
      "万元，",
      vsPrior(now, before, "收入"),
      reason(reasonKey("财政拨款收支总计", "上年"), now, before),
      "。"
    ),
  ];
}

/** The 类 lines of 一般公共预算财政拨款支出决算表 that have figures (or a budget). */
function generalClasses(source: NarrativeContext): { code: string; name: string }[] {
  const layout = source.tables.tables.get("T05")?.layout;
  return (layout?.amounts ?? [])
    .filter((c) => c.level === "类" && c.columnKey === "合计")
    .map((c) => c.code as string)
    .filter(
      (code) =>
        nonzero(source)(cell(`T05[${code}].合计`)) ||
        nonzero(source)(budget("一般公共预算财政拨款支出", code))
    )
    .map((code) => ({ code, name: layout?.rows.find((r) => r.code === code)?.label ?? code }));
}

function general(source: NarrativeContext): Paragraph[] {
  const INDICATOR = "一般公共预算财政拨款支出";
  const actual = cell("T05.合计.合计");
  const before = prior(INDICATOR);
  const planned = budget(INDICATOR);
  const classes = generalClasses(source);
  return [
    para(
      "一般公共预算.总体",
      "（一）一般公共预算财政拨款支出决算总体情况。一般公共预算财政拨款支出",
      amount(actual),
      "万元，占本年支出合计的",
      { share: actual, of: cell("T01.本年支出合计") },
      "，",
      vsPrior(actual, before),
      reason(reasonKey(INDICATOR, "上年"), actual, before),
      "。"
    ),
    para(
      "一般公共预算.结构",
      "（二）一般公共预算财政拨款支出决算结构情况。一般公共预算财政拨款支出",
      amount(actual),
      "万元，主要用于以下方面：",
      ...shareList(
        classes.map(({ code, name }) => [`${name}（类）`, cell(`T05[${code}].合计`)] as const),
        actual,
        source
      )
    ),
    para(
      "一般公共预算.具体",
      "（三）一般公共预算财政拨款支出决算具体情况。一般公共预算财政拨款支出年初预算为",
      amount(planned),
      "万元，支出决算为",
      amount(actual),
      "万元，",
      { completion: actual, budget: planned },
      reason(reasonKey(INDICATOR, "年初预算"), actual, planned),
      classes.length ? "。其中：" : "。"
    ),
    ...classes.map(({ code, name }, i): Paragraph => {
      const a = cell(`T05[${code}].合计`);
      const b = budget(INDICATOR, code);
      return para(
        `一般公共预算.${code}`,
        `${i + 1}、${name}（类）。年初预算为`,
        amount(b),
        "万元，支出决算为",
        amount(a),
        "万元，",
        { completion: a, budget: b },
        reason(reasonKey(INDICATOR, "年初预算", code), a, b),
        "。"
      );
    }),
  ];
}

function basic(source: NarrativeContext): Paragraph[] {
  const layout = source.tables.tables.get("T06")?.layout;
  const names = (block: number) =>
    (layout?.amounts ?? [])
      .filter((c) => c.block === block && c.level === "款" && nonzero(source)(cell(c.id)))
      .map((c) => layout?.rows.find((r) => r.code === c.code && r.block === block)?.label ?? "")
      .join("、") || "无";
  return [
    para(
      "基本支出",
      "一般公共预算财政拨款基本支出",
      amount(cell("T05.合计.基本支出")),
      "万元。其中：人员经费",
      amount(cell("T06.人员经费合计")),
      `万元，主要包括：${names(0)}；公用经费`,
      amount(cell("T06.公用经费合计")),
      `万元，主要包括：${names(1)}。`
    ),
  ];
}

function threePublic(source: NarrativeContext): Paragraph[] {
  const y = source.year;
  const actual = (name: string) => cell(`T07.决算.${name}`);
  const planned = (name: string) => cell(`T07.预算.${name}`);
  const ITEMS: [string, string, string][] = [
    ["因公出国（境）费", "因公出国（境）费", "因公出国（境）费"],
    ["公务用车购置及运行费", "公务用车购置及运行维护费", "公务用车购置及运行费"],
    ["公务接待费", "公务接待费", "公务接待费"],
  ];
  const total = actual("合计");
  const totalPrior: FigureRef = { sum: ITEMS.map(([, , indicator]) => prior(indicator)) };
  if (![total, planned("合计"), totalPrior].some(nonzero(source)))
    return [para("三公", `本部门${y}年度无“三公”经费财政拨款支出。`)];
  return [
    para(
      "三公.总体",
      "（一）“三公”经费财政拨款支出决算总体情况说明。“三公”经费财政拨款支出年初预算为",
      amount(planned("合计")),
      "万元，支出决算为",
      amount(total),
      "万元，",
      { completion: total, budget: planned("合计") },
      reason(reasonKey("“三公”经费", "年初预算"), total, planned("合计")),
      "。其中：",
      ...ITEMS.flatMap(([key, label], i) => [
        `${label}支出决算为`,
        amount(actual(key)),
        "万元，",
        { completion: actual(key), budget: planned(key) },
        i === ITEMS.length - 1 ? "。" : "；",
      ])
    ),
    para(
      "三公.上年",
      `${y}年度“三公”经费财政拨款支出决算数`,
      vsPrior(total, totalPrior),
      "，其中：",
      ...ITEMS.flatMap(([key, label, indicator], i) => [
        `${label}支出决算`,
        vsPrior(actual(key), prior(indicator)),
        reason(reasonKey(indicator, "上年"), actual(key), prior(indicator)),
        i === ITEMS.length - 1 ? "。" : "；",
      ])
    ),
    para(
      "三公.结构",
      "（二）“三公”经费财政拨款支出决算具体情况说明。“三公”经费财政拨款支出决算中，",
      ...ITEMS.flatMap(([key, label], i) => [
        `${label}支出决算`,
        amount(actual(key)),
        "万元，占",
        { share: actual(key), of: total },
        i === ITEMS.length - 1 ? "。具体情况如下：" : "；",
      ])
    ),
    para(
      "三公.出国",
      "1、因公出国（境）费支出",
      amount(actual("因公出国（境）费")),
      "万元。全年安排因公出国（境）团组",
      count(item("因公出国（境）团组数")),
      "个、累计",
      count(item("因公出国（境）人次")),
      "人次。开支内容包括：",
      { text: "因公出国（境）主要用途" },
      "。"
    ),
    para(
      "三公.公务用车",
      "2、公务用车购置及运行维护费支出",
      amount(actual("公务用车购置及运行费")),
      "万元。其中：公务用车购置支出",
      amount(actual("公务用车购置费")),
      "万元，购置公务用车",
      count(item("公务用车购置数")),
      "辆；公务用车运行维护支出",
      amount(actual("公务用车运行费")),
      `万元。${y}年，本部门所属各预算单位开支财政拨款的公务用车保有量为`,
      count(item("公务用车保有量")),
      "辆。"
    ),
    para(
      "三公.接待",
      "3、公务接待费支出",
      amount(actual("公务接待费")),
      "万元。国内公务接待",
      count(item("国内公务接待批次")),
      "批次、",
      count(item("国内公务接待人次")),
      "人次，其中接待外宾",
      count(item("外事接待批次")),
      "批次、",
      count(item("外事接待人次")),
      "人次。主要用于：",
      { text: "公务接待主要用途" },
      "。"
    ),
  ];
}

/** 政府性基金 / 国有资本经营: income and spending, or the 样张's sentence for none. */
const fundSection =
  (tableId: string, spent: string, name: string) => (source: NarrativeContext) => {
    const received = cell(`${tableId}.合计.本年收入`);
    const paid = cell(`${tableId}.合计.${spent}`);
    if (![received, paid].some(nonzero(source)))
      return [para(name, `本部门${source.year}年度无${name}收入和支出。`)];
    return [para(name, `${name}收入`, amount(received), "万元，支出", amount(paid), "万元。")];
  };

function performance(source: NarrativeContext): Paragraph[] {
  const y = source.year;
  return [
    para(
      "预算绩效",
      `本部门${y}年度预算绩效管理工作开展情况如下：`,
      { text: "预算绩效管理工作情况" },
      `。编报绩效目标的${y}年度项目`,
      count(item("绩效目标项目个数")),
      "个，涉及预算金额",
      amount(item("绩效目标涉及预算金额")),
      `万元；绩效自评的${y}年度项目`,
      count(item("绩效自评项目个数")),
      "个，涉及预算金额",
      amount(item("绩效自评涉及资金")),
      "万元。"
    ),
  ];
}

function others(source: NarrativeContext): Paragraph[] {
  const y = source.year;
  const running = item("机关运行经费支出");
  const before = prior("机关运行经费");
  const goods = item("政府采购货物支出");
  const works = item("政府采购工程支出");
  const services = item("政府采购服务支出");
  const vehicles: FigureRef = { sum: VEHICLE_CATEGORIES.map((name) => item(name)) };
  const listed = VEHICLE_CATEGORIES.filter((name) => nonzero(source)(item(name)));
  return [
    nonzero(source)(running) || nonzero(source)(before)
      ? para(
          "机关运行经费",
          "（一）机关运行经费支出情况。机关运行经费支出",
          amount(running),
          "万元，",
          vsPrior(running, before),
          reason(reasonKey("机关运行经费", "上年"), running, before),
          "。"
        )
      : para("机关运行经费", `（一）机关运行经费支出情况。本部门${y}年度无机关运行经费支出。`),
    para(
      "政府采购",
      `（二）政府采购支出情况。本部门${y}年度政府采购金额（以合同签订为准）为`,
      amount({ sum: [goods, works, services] }),
      "万元，其中：货物采购金额",
      amount(goods),
      "万元、工程采购金额",
      amount(works),
      "万元、服务采购金额",
      amount(services),
      "万元。授予中小企业合同金额",
      amount(item("授予中小企业合同金额")),
      "万元，其中授予小微企业合同金额",
      amount(item("授予小微企业合同金额")),
      "万元。"
    ),
    para(
      "国有资产",
      `（三）国有资产占有使用情况说明。截至${y}年12月31日，本部门共有车辆`,
      count(vehicles),
      "辆",
      ...(listed.length
        ? [
            "，其中：",
            ...listed.flatMap((name, i) => [
              name,
              count(item(name)),
              i === listed.length - 1 ? "辆" : "辆、",
            ]),
          ]
        : []),
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
    section("总体", "收入支出决算总体情况说明", overall),
    section("收入", "收入决算情况说明", income),
    section("支出", "支出决算情况说明", spending),
    section("财政拨款总体", "财政拨款收入支出决算总体情况说明", fiscalOverall),
    section("一般公共预算", "一般公共预算财政拨款支出决算情况说明", general),
    section("基本支出", "一般公共预算财政拨款基本支出决算情况说明", basic),
    section("三公", "财政拨款“三公”经费支出决算情况说明", threePublic),
    section(
      "政府性基金",
      "政府性基金预算财政拨款收入支出决算情况说明",
      fundSection("T08", "本年支出", "政府性基金预算财政拨款")
    ),
    section(
      "国有资本经营",
      "国有资本经营预算财政拨款收入支出决算情况说明",
      fundSection("T09", "合计", "国有资本经营预算财政拨款")
    ),
    section("预算绩效", "预算绩效管理情况", performance),
    section("其他", "其他重要事项的情况说明", others),
  ],
};
