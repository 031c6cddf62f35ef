import { chartData, ChartData, CHART_SHEET, renderChartSheet } from "../charts";
import type { WorkbookPort } from "../workbook";
import { narrateWorkbook } from "./narrate";

export interface ChartsResult {
  sheet: string;
  charts: ChartData[];
}

/**
 * The 图表 sheet (task pane): the profile's charts as native Excel charts over cells that follow
 * the tables. One read (as narrate) and one write; an existing 图表 sheet is replaced.
 */
export async function insertCharts(port: WorkbookPort): Promise<ChartsResult> {
  const { profile, context } = await narrateWorkbook(port);
  const charts = chartData(profile.charts?.(context) ?? [], context);
  // Removed and written anew: charts are not cells, emptying the sheet would leave the old ones.
  await port.write([renderChartSheet(charts, context)], {
    remove: [CHART_SHEET],
    activate: CHART_SHEET,
  });
  return { sheet: CHART_SHEET, charts };
}
