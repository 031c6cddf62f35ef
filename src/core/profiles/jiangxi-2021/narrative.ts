import { roundHalfUp } from "../../money";
import {
  amount,
  budget,
  cell,
  completionWhy,
  count,
  countList,
  item,
  nonzero as nonzeroIn,
  ordinal,
  prior,
  says,
  shareList,
  tableCode,
  tableTitle,
  vsBudgetWhy,
  vsPriorWhy,
} from "../../narrative/pieces";
import { shown } from "../../narrative/pieceForms";
import type { NarrativeContext } from "../../narrative/types";
import type { FigureRef, Paragraph, Piece } from "../../narrative/types";
import type { NarrativeOutline, NarrativeSection } from "../types";
import { THREE_PUBLIC_ITEMS } from "./vocabulary";

/**
 * The 决算情况说明 of the 江西 format (第三部分, 一、收入决算情况说明 … 九、预算绩效情况说明, as in
 * published 江西 disclosures). Lists (which 类, which income sources) state the lines that have
 * figures now; the figures inside stay live in the 情况说明 sheet.
 */

const FISCAL_INCOME: FigureRef = {
  sum: [
    cell("T01.一般公共预算财政拨款收入"),
    cell("T01.政府性基金预算财政拨款收入"),
    cell("T01.国有资本经营预算财政拨款收入"),
  ],
};

const n = (name: string) => count(item(name));

const section = (
  key: string,
  title: string,
  paragraphs: (context: NarrativeContext) => Paragraph[]
): NarrativeSection => ({ key, title, paragraphs });

export const SECTIONS: readonly NarrativeSection[] = [
  section("收入", "收入决算情况说明", income),
  section("支出", "支出决算情况说明", spending),
  section("财政拨款", "财政拨款支出决算情况说明", fiscal),
  section("基本支出", "一般公共预算财政拨款基本支出决算情况说明", basic),
  threePublicSection("一般公共预算财政拨款"),
  section("机关运行经费", "机关运行经费支出情况说明", running),
  section("政府采购", "政府采购支出情况说明", procurement),
  section("国有资产", "国有资产占用情况说明", assets),
  section("预算绩效", "预算绩效情况说明", performance),
];

export const NARRATIVE: NarrativeOutline = {
  heading: (year) => `第三部分 ${year}年度部门决算情况说明`,
  preamble: (context) => [
    { id: "人员.标题", heading: 2, pieces: ["部门基本情况（人员）"] },
    peopleParagraph(context),
  ],
  sections: SECTIONS,
};

/** 第一部分 部门基本情况 的人员句. */
function peopleParagraph(context: NarrativeContext): Paragraph {
  const parts = [
    "在职人员",
    "离休人员",
    "退休人员",
    "其他人员",
    "由养老保险基金发放养老金的离退休人员",
  ];
  // 年末实有人数 left blank: the sum of its parts, as the 补充信息 sheet says.
  const total: FigureRef = shown(item("年末实有人数"), context).isZero()
    ? { sum: parts.map(item) }
    : item("年末实有人数");
  return {
    id: "人员",
    pieces: says`本部门${context.year}年年末实有人数${count(total)}人，其中在职人员${n("在职人员")}人，离休人员${n("离休人员")}人，退休人员${n("退休人员")}人（不含由养老保险基金发放养老金的离退休人员）；年末其他人员${n("其他人员")}人；年末学生人数${n("学生人数")}人；由养老保险基金发放养老金的离退休人员${n("由养老保险基金发放养老金的离退休人员")}人。`,
  };
}

/** "…万元，较上年…，主要原因是：……" for a line of 公开01表 and its 上年 figure of the same name. */
function withPrior(name: string, noun?: "收入"): Piece[] {
  const now = cell(`T01.${name}`);
  return says`${amount(now)}万元，${vsPriorWhy(now, prior(name), name, { noun })}`;
}

/** After “年初预算数为”: "…万元，决算数为…万元，完成年初预算的…%，主要原因是：……". */
const plannedAndSpent = (
  planned: FigureRef,
  actual: FigureRef,
  indicator: string,
  code?: string
): Piece[] =>
  says`${amount(planned)}万元，决算数为${amount(actual)}万元，${completionWhy(actual, planned, indicator, code)}`;

function income(context: NarrativeContext): Paragraph[] {
  const y = context.year;
  const total = cell("T01.本年收入合计");
  const sources: [string, FigureRef][] = [
    ["财政拨款收入", FISCAL_INCOME],
    ["上级补助收入", cell("T01.上级补助收入")],
    ["事业收入", cell("T01.事业收入")],
    ["经营收入", cell("T01.经营收入")],
    ["附属单位上缴收入", cell("T01.附属单位上缴收入")],
    ["其他收入", cell("T01.其他收入")],
  ];
  return [
    {
      id: "收入.总体",
      pieces: says`本部门${y}年度收入总计${amount(cell("T01.收入总计"))}万元，其中年初结转和结余${withPrior("年初结转和结余", "收入")}；本年收入合计${withPrior("本年收入合计", "收入")}。`,
    },
    {
      id: "收入.构成",
      pieces: ["本年收入的具体构成为：", ...shareList(sources, total, context)],
    },
  ];
}

function spending(context: NarrativeContext): Paragraph[] {
  const y = context.year;
  const total = cell("T03.合计.本年支出合计");
  const natures: [string, FigureRef][] = [
    ["基本支出", cell("T03.合计.基本支出")],
    ["项目支出", cell("T03.合计.项目支出")],
    ["经营支出", cell("T03.合计.经营支出")],
    [
      "其他支出（对附属单位补助支出、上缴上级支出）",
      { sum: [cell("T03.合计.对附属单位补助支出"), cell("T03.合计.上缴上级支出")] },
    ],
  ];
  return [
    {
      id: "支出.总体",
      pieces: says`本部门${y}年度支出总计${amount(cell("T01.支出总计"))}万元，其中本年支出合计${withPrior("本年支出合计")}。`,
    },
    {
      id: "支出.构成",
      pieces: ["本年支出的具体构成为：", ...shareList(natures, total, context)],
    },
  ];
}

function fiscal(context: NarrativeContext): Paragraph[] {
  const y = context.year;
  const nonzero = nonzeroIn(context);
  const actual = cell("T04.本年支出合计.合计");
  const planned = budget("财政拨款支出");
  const classes = (context.tables.tables.get("T04")?.layout.amounts ?? [])
    .filter((c) => c.level === "类" && c.columnKey === "合计")
    .map((c) => c.code as string)
    .filter((code) => nonzero(cell(`T04[${code}].合计`)) || nonzero(budget("财政拨款支出", code)));
  const name = (code: string) =>
    context.tables.tables.get("T04")?.layout.rows.find((r) => r.code === code)?.label ?? code;
  return [
    {
      id: "财政拨款.总体",
      pieces: [
        ...says`本部门${y}年度财政拨款本年支出年初预算数为${plannedAndSpent(planned, actual, "财政拨款支出")}`,
        classes.length ? "。其中：" : "。",
      ],
    },
    ...classes.map((code, i): Paragraph => ({
      id: `财政拨款.${code}`,
      pieces: says`（${ordinal(i)}）${name(code)}年初预算数为${plannedAndSpent(budget("财政拨款支出", code), cell(`T04[${code}].合计`), "财政拨款支出", code)}。`,
    })),
  ];
}

function basic(context: NarrativeContext): Paragraph[] {
  const y = context.year;
  const nonzero = nonzeroIn(context);
  const INDICATOR = "一般公共预算财政拨款基本支出";
  const classes = (context.tables.tables.get("T06")?.layout.amounts ?? [])
    .filter((c) => c.level === "类")
    .map((c) => c.code as string)
    .sort()
    .filter((code) => nonzero(cell(`T06[${code}]`)) || nonzero(prior(INDICATOR, code)));
  const name = (code: string) => {
    const label =
      context.tables.tables.get("T06")?.layout.rows.find((r) => r.code === code)?.label ?? code;
    return label.endsWith("支出") ? label : `${label}支出`;
  };
  return [
    {
      id: "基本支出.总体",
      pieces: [
        ...says`本部门${y}年度一般公共预算财政拨款基本支出${amount(cell("T05.合计.基本支出"))}`,
        classes.length ? "万元，其中：" : "万元。",
      ],
    },
    ...classes.map((code, i): Paragraph => {
      const now = cell(`T06[${code}]`);
      const before = prior(INDICATOR, code);
      return {
        id: `基本支出.${code}`,
        pieces: says`（${ordinal(i)}）${name(code)}${amount(now)}万元，${vsPriorWhy(now, before, INDICATOR, { code })}${i === classes.length - 1 ? "。" : "；"}`,
      };
    }),
  ];
}

/**
 * The “三公” section; `scope` is what the table covers: 一般公共预算财政拨款 (江西 2021), 财政拨款
 * (江西 since 2022, which counts 政府性基金 too).
 */
export function threePublicSection(scope: "一般公共预算财政拨款" | "财政拨款"): NarrativeSection {
  return section("三公", `${scope}“三公”经费支出决算情况说明`, (context) =>
    threePublic(context, scope)
  );
}

function threePublic(context: NarrativeContext, scope: string): Paragraph[] {
  const y = context.year;
  /** "…年初预算数为 x 万元，决算数为 y 万元，完成…；决算数较上年…", with the reasons. */
  const budgetAndPrior = (
    key: string,
    actual: FigureRef,
    planned: FigureRef,
    before: FigureRef
  ): Piece[] =>
    says`${plannedAndSpent(planned, actual, key)}；决算数${vsPriorWhy(actual, before, key)}`;
  const item3 = (name: string, label: string, extra: Piece[]): Paragraph => ({
    id: `三公.${name}`,
    pieces: says`${label}年初预算数为${budgetAndPrior(name, cell(`T07.决算.${name}`), cell(`T07.预算.${name}`), prior(name))}。${extra}`,
  });
  const total = cell("T07.决算.合计");
  const totalBudget = cell("T07.预算.合计");
  const totalPrior: FigureRef = {
    sum: THREE_PUBLIC_ITEMS.map((n) => prior(n)),
  };
  return [
    {
      id: "三公.总体",
      pieces: says`本部门${y}年度${scope}“三公”经费支出年初预算数为${budgetAndPrior("“三公”经费", total, totalBudget, totalPrior)}。其中：`,
    },
    item3(
      "因公出国（境）费",
      "（一）因公出国（境）支出",
      says`全年安排因公出国（境）团组${n("因公出国（境）团组数")}个，累计${n("因公出国（境）人次")}人次，主要为：${{ text: "因公出国（境）主要用途" }}。`
    ),
    item3(
      "公务接待费",
      "（二）公务接待费支出",
      says`全年国内公务接待${n("国内公务接待批次")}批，累计接待${n("国内公务接待人次")}人次，其中外事接待${n("外事接待批次")}批，累计接待${n("外事接待人次")}人次，主要为：${{ text: "公务接待主要用途" }}。`
    ),
    {
      id: "三公.公务用车",
      pieces: says`（三）公务用车购置及运行维护费支出${amount(cell("T07.决算.公务用车购置及运行费"))}万元，其中：`,
    },
    item3("公务用车购置费", "1.公务用车购置", says`全年购置公务用车${n("公务用车购置数")}辆。`),
    item3(
      "公务用车运行费",
      "2.公务用车运行维护费支出",
      says`截至年末，公务用车保有量${n("公务用车保有量")}辆。`
    ),
  ];
}

function running(context: NarrativeContext): Paragraph[] {
  const y = context.year;
  const actual = item("机关运行经费支出");
  const planned = budget("机关运行经费");
  // The typed figure is said to equal its definition only when the 收支明细 shows it does.
  const computed = context.runningCost;
  const agrees = computed !== undefined && shown(actual, context).equals(roundHalfUp(computed, 2));
  // The 上年 comparison when last year's figure is given (预算与上年数), with its 主要原因.
  const before = prior("机关运行经费");
  const versusPrior: Piece[] = nonzeroIn(context)(before)
    ? says`；${vsPriorWhy(actual, before, "机关运行经费")}`
    : [];
  const agreement = agrees
    ? "（与部门决算中行政单位和参照公务员法管理事业单位一般公共预算财政拨款基本支出中公用经费之和一致）"
    : "";
  return [
    {
      id: "机关运行经费",
      pieces: says`本部门${y}年度机关运行经费支出${amount(actual)}万元${agreement}，${vsBudgetWhy(actual, planned, "机关运行经费")}${versusPrior}。`,
    },
  ];
}

function procurement(context: NarrativeContext): Paragraph[] {
  const y = context.year;
  const nonzero = nonzeroIn(context);
  const [goods, works, services] = ["政府采购货物支出", "政府采购工程支出", "政府采购服务支出"].map(
    item
  );
  const total: FigureRef = { sum: [goods, works, services] };
  if (!nonzero(total)) return [{ id: "政府采购", pieces: [`本部门${y}年度无政府采购支出。`] }];
  const sme = item("授予中小企业合同金额");
  const micro = item("授予小微企业合同金额");
  const categories: [string, FigureRef, FigureRef][] = [
    ["货物", goods, item("货物采购授予中小企业合同金额")],
    ["工程", works, item("工程采购授予中小企业合同金额")],
    ["服务", services, item("服务采购授予中小企业合同金额")],
  ];
  const used = categories.filter(([, spent]) => nonzero(spent));
  return [
    {
      id: "政府采购",
      pieces: says`本部门${y}年度政府采购支出总额${amount(total)}万元，其中：政府采购货物支出${amount(goods)}万元、政府采购工程支出${amount(works)}万元、政府采购服务支出${amount(services)}万元。授予中小企业合同金额${amount(sme)}万元，占政府采购支出总额的${{ share: sme, of: total }}，其中：授予小微企业合同金额${amount(micro)}万元，占政府采购支出总额的${{ share: micro, of: total }}；${used.flatMap(
        ([name, spent, toSme], i) =>
          says`${name}采购授予中小企业合同金额占${name}支出金额的${{ share: toSme, of: spent }}${i === used.length - 1 ? "。" : "，"}`
      )}`,
    },
  ];
}

function assets(context: NarrativeContext): Paragraph[] {
  const y = context.year;
  const nonzero = nonzeroIn(context);
  const [vehicles, general, special] = ["T10.车辆数", "T10.通用设备数量", "T10.专用设备数量"].map(
    cell
  );
  const kinds: [string, string][] = [
    ["领导干部用车", "T10.领导干部用车"],
    ["一般公务用车", "T10.一般公务用车"],
    ["执法执勤用车", "T10.执法执勤用车"],
    ["特种专业技术用车", "T10.特种专业技术用车"],
    ["其他用车", "T10.其他用车"],
  ];
  if (![vehicles, general, special].some(nonzero)) {
    return [
      {
        id: "国有资产",
        pieces: [
          `截至${y}年12月31日，本部门国有资产占用情况见${tableCode(context, "T10")}《${tableTitle(context, "T10")}》；本部门无车辆，无单价50万元以上通用设备和单价100万元以上专用设备。`,
        ],
      },
    ];
  }
  const listed = kinds.filter(([, id]) => nonzero(cell(id)));
  return [
    {
      id: "国有资产",
      pieces: says`截至${y}年12月31日，本部门共有车辆${count(vehicles)}辆${countList(
        listed.map(([name, id]) => [name, cell(id)]),
        "辆"
      )}；单价50万元以上通用设备${count(general)}台（套），单价100万元以上专用设备${count(special)}台（套）。`,
    },
  ];
}

function performance(context: NarrativeContext): Paragraph[] {
  const y = context.year;
  const funds = item("绩效自评涉及资金");
  return [
    {
      id: "预算绩效.管理",
      pieces: [
        "（一）绩效管理工作开展情况。",
        ...says`根据预算绩效管理要求，本部门组织对${y}年度一般公共预算项目支出全面开展绩效自评，共涉及项目${n("绩效自评项目个数")}个、资金${amount(funds)}万元，占一般公共预算项目支出总额的${{ share: funds, of: cell("T05.合计.项目支出") }}。`,
      ],
    },
    {
      id: "预算绩效.项目自评",
      pieces: ["（二）部门决算中项目绩效自评情况。", { text: "项目绩效自评情况" }],
    },
    {
      id: "预算绩效.部门评价",
      pieces: ["（三）部门评价项目绩效评价情况。", { text: "部门评价项目绩效评价情况" }],
    },
  ];
}
