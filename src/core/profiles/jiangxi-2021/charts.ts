import type { ChartDef } from "../../charts/types";
import { cell, prior } from "../../narrative/pieces";
import type { NarrativeContext } from "../../narrative/types";
import { INCOME_LINES, THREE_PUBLIC_ITEMS } from "./vocabulary";

/**
 * The charts 江西 disclosures print beside the 情况说明 (收入、支出构成饼图, 财政拨款支出按类,
 * “三公”经费对比), from the same cells the sentences state.
 */
export function charts(context: NarrativeContext): ChartDef[] {
  const fiscal = context.tables.tables.get("T04")?.layout;
  const classes = (fiscal?.amounts ?? []).filter((c) => c.level === "类" && c.columnKey === "合计");
  const className = (code: string) => fiscal?.rows.find((r) => r.code === code)?.label ?? code;
  return [
    {
      key: "收入构成",
      section: "收入",
      title: `${context.year}年度收入决算构成`,
      kind: "pie",
      categories: INCOME_LINES.map((line) => line.label.replace(/^[一二三四五六七八九十]+、/, "")),
      series: [{ name: "决算数", figures: INCOME_LINES.map((line) => cell(`T01.${line.key}`)) }],
    },
    {
      key: "支出构成",
      section: "支出",
      title: `${context.year}年度支出决算构成`,
      kind: "pie",
      categories: ["基本支出", "项目支出", "经营支出"],
      series: [
        {
          name: "决算数",
          figures: ["基本支出", "项目支出", "经营支出"].map((c) => cell(`T03.合计.${c}`)),
        },
      ],
    },
    {
      key: "财政拨款支出",
      section: "财政拨款",
      title: `${context.year}年度财政拨款支出决算（按功能分类科目类级）`,
      kind: "bars",
      categories: classes.map((c) => className(c.code as string)),
      series: [{ name: "决算数", figures: classes.map((c) => cell(c.id)) }],
    },
    {
      key: "三公",
      section: "三公",
      title: `${context.year}年度“三公”经费支出`,
      kind: "bars",
      categories: [...THREE_PUBLIC_ITEMS],
      series: [
        { name: "决算数", figures: THREE_PUBLIC_ITEMS.map((n) => cell(`T07.决算.${n}`)) },
        { name: "年初预算数", figures: THREE_PUBLIC_ITEMS.map((n) => cell(`T07.预算.${n}`)) },
        { name: "上年决算数", figures: THREE_PUBLIC_ITEMS.map((n) => prior(n)) },
      ],
    },
  ];
}
