import { chartData, ChartData, CHART_SHEET, renderChartSheet } from "../charts";
import type { WorkbookPort } from "../workbook";
import { narrateWorkbook } from "./narrate";

export interface ChartsResult {
  sheet: string;
  charts: ChartData[];
}

/**
 * The 图表 sheet (task pane): the profile's charts as native Excel charts over cells that follow
 * the tables. One read (as narrate) and one write; the sheet is replaced when it exists.
 */
export async function insertCharts(port: WorkbookPort): Promise<ChartsResult> {
  const { profile, source } = await narrateWorkbook(port);
  const charts = chartData(profile.charts?.(source) ?? [], source);
  await port.write([renderChartSheet(charts, source)], { activate: CHART_SHEET });
  return { sheet: CHART_SHEET, charts };
}
