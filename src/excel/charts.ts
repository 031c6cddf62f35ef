import type { PlannedChart } from "../core/workbook";
import { a1 } from "../core/workbook/a1";

/**
 * A planned chart as a native Excel chart (ExcelApi 1.1 members only: charts.add, name, title,
 * legend, dataLabels, setPosition). Its source is the block of cells core wrote with formulas, so it
 * follows the tables. Excel.Chart has no alt-text member (only Shape.altTextDescription, ExcelApi
 * 1.9, above the 1.7 we declare, and a chart is not reachable as a Shape); the description is
 * written in a cell under the data instead (core/charts/sheet.ts), where a screen reader finds it.
 */
export function addChart(ws: Excel.Worksheet, planned: PlannedChart): void {
  const { data, position } = planned;
  const source = ws.getRangeByIndexes(
    data.top,
    data.left,
    data.bottom - data.top + 1,
    data.right - data.left + 1
  );
  const pie = planned.kind === "pie";
  const chart = ws.charts.add(pie ? "Pie" : "ColumnClustered", source, "Columns");
  chart.name = planned.name;
  chart.title.text = planned.title;
  // A pie needs its legend (the categories); bars with one series are named by the title.
  const series = data.right - data.left;
  chart.legend.visible = pie || series > 1;
  chart.legend.position = pie ? "Right" : "Bottom";
  chart.dataLabels.showValue = true;
  chart.setPosition(a1(position.top, position.left), a1(position.bottom, position.right));
  source.untrack();
}
