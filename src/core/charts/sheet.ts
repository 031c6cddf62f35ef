import { figureForms } from "../narrative/pieceForms";
import type { NarrativeContext } from "../narrative/types";
import { cellRange, SheetBuilder } from "../render/builder";
import { STYLE } from "../render/styles";
import type { PlannedChart, SheetPlan } from "../workbook";
import type { ChartData } from "./types";

export const CHART_SHEET = "图表";

/** Rows a chart covers (about 300 pt at the default row height), and its columns beside the data. */
const CHART_ROWS = 20;
const CHART_LEFT = 5;
const CHART_RIGHT = 13;
const FIRST_BLOCK = 3;

/**
 * The 图表 sheet of the add-in: for each chart of the published document (the same ChartData the
 * Word charts draw), a block of cells with its categories and, per series, formulas over the table
 * and input cells rounded to the printed two decimals (so the chart follows the tables live), and a
 * native chart over that block. Categories that were all zero when written are left out, as in Word.
 */
export function renderChartSheet(
  charts: readonly ChartData[],
  context: NarrativeContext
): SheetPlan {
  const sheet = new SheetBuilder(CHART_SHEET).heading(
    `${context.department}${context.year}年度部门决算图表`,
    "图中数字由公式取自公开表（万元，两位小数），表中数字改动后自动更新；科目增减后请在任务窗格“说明”页重新插入图表。",
    { ...STYLE.title, horizontal: "left" }
  );
  const planned: PlannedChart[] = [];
  let top = FIRST_BLOCK;
  charts.forEach((chart, k) => {
    sheet.set(top, 0, chart.title).style(cellRange(top, 0), STYLE.emphasis);
    const header = top + 1;
    sheet.row(header, 0, ["项目", ...chart.series.map((s) => s.name)]);
    chart.categories.forEach((category, i) => {
      sheet.set(header + 1 + i, 0, category);
      chart.series.forEach((series, j) =>
        sheet.set(header + 1 + i, 1 + j, {
          formula: `ROUND(${figureForms.formula(chart.figures[j][i], context)},2)`,
          result: series.values[i].toNumber(),
        })
      );
    });
    const last = header + chart.categories.length;
    const right = chart.series.length;
    sheet.style(cellRange(header, 0, last, right), STYLE.body);
    sheet.style(cellRange(header, 0, header, right), STYLE.header);
    sheet.style(cellRange(header + 1, 1, last, right), STYLE.money);
    // The description under the data: what a screen reader finds where the chart has no alt text.
    sheet.set(last + 1, 0, chart.description).style(cellRange(last + 1, 0), STYLE.hint);
    planned.push({
      name: `juesuan-${k + 1}-${chart.key}`,
      title: chart.title,
      kind: chart.kind,
      data: cellRange(header, 0, last, right),
      position: cellRange(top, CHART_LEFT, top + CHART_ROWS - 1, CHART_RIGHT),
      description: chart.description,
    });
    top = Math.max(last + 3, top + CHART_ROWS + 1);
  });
  if (!charts.length) sheet.set(FIRST_BLOCK, 0, "表中没有可画图的数字（各图的数字均为 0）。");
  return {
    ...sheet.build({ columnWidths: [28, 14, 14, 14, 2], freeze: undefined, tabColor: "2F5597" }),
    charts: planned,
  };
}
