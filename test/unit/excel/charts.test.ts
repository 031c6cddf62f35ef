import { loadSample, sampleWorkbook } from "../../../src/cli/sample";
import { insertCharts } from "../../../src/core/app/charts";
import { fillTables } from "../../../src/core/app/fill";
import { CHART_SHEET } from "../../../src/core/charts";
import type { WorkbookPort } from "../../../src/core/workbook";
import { OfficeWorkbookPort } from "../../../src/excel/port";
import { ExcelJsPort } from "../../../src/xlsx/port";
import { FakeExcel } from "../../helpers/fakeExcel";

/**
 * 插入图表 in the add-in: the bundled sample (景德镇市陶瓷产业发展局 2021) filled with ExcelJS is read
 * from there; the 图表 sheet is written through the Office.js port into the fake Excel, which records
 * the native charts (worksheet.charts.add and what is set on them).
 */
describe("图表: native Excel charts over cells that follow the tables", () => {
  let excel: FakeExcel;
  let result: Awaited<ReturnType<typeof insertCharts>>;
  let office: OfficeWorkbookPort;

  beforeAll(async () => {
    const workbook = await sampleWorkbook(await loadSample());
    await fillTables(new ExcelJsPort(workbook), { mode: "formulas", version: "t" });
    excel = new FakeExcel(["Sheet1"]);
    office = new OfficeWorkbookPort(excel.run, { isSetSupported: excel.isSetSupported });
    const reads = new ExcelJsPort(workbook);
    const port: WorkbookPort = {
      read: (names) => reads.read(names),
      write: (plans, options) => office.write(plans, options),
    };
    result = await insertCharts(port);
    // Inserted again: the sheet is replaced, its old charts go with it.
    await insertCharts(port);
  }, 120_000);

  test("the four charts of the Word document, as native charts with titles, on the 图表 sheet", () => {
    expect(result.charts.map((c) => c.key)).toEqual([
      "收入构成",
      "支出构成",
      "财政拨款支出",
      "三公",
    ]);
    const sheet = excel.find(CHART_SHEET)!;
    expect(excel.sheets.filter((s) => s.name === CHART_SHEET)).toHaveLength(1);
    expect(excel.active).toBe(CHART_SHEET);
    expect(sheet.charts.map((c) => c.type)).toEqual([
      "Pie",
      "Pie",
      "ColumnClustered",
      "ColumnClustered",
    ]);
    expect(sheet.charts.map((c) => c.props["title.text"])).toEqual(
      result.charts.map((c) => c.title)
    );
    expect(sheet.charts.every((c) => c.seriesBy === "Columns" && c.position)).toBe(true);
    // 三公: 决算, 年初预算 and 上年 side by side, with a legend; one-series bars have none.
    const three = sheet.charts[3];
    expect(three.source.right - three.source.left).toBe(3);
    expect(three.props["legend.visible"]).toBe(true);
    expect(sheet.charts[2].props["legend.visible"]).toBe(false);
  });

  test("each chart's cells are formulas over the tables, rounded as printed, with the Word chart's figures", () => {
    const sheet = excel.find(CHART_SHEET)!;
    result.charts.forEach((chart, k) => {
      const { source } = sheet.charts[k];
      // Header row: 项目 and the series names.
      expect(sheet.cell(source.top, source.left)?.value).toBe("项目");
      chart.categories.forEach((category, i) => {
        const row = source.top + 1 + i;
        expect(sheet.cell(row, source.left)?.value).toBe(category);
        // (The fake does not calculate: the values are the Word chart's, tested in core.)
        chart.series.forEach((_series, j) => {
          const cell = sheet.cell(row, source.left + 1 + j)!;
          expect(cell.formula).toMatch(/^=?ROUND\(.*(公开0\d表|预算与上年数).*,2\)$/);
        });
      });
    });
    // 收入构成 of the sample: 财政拨款收入 1406.17 万元 first (公开01表).
    expect(result.charts[0].series[0].values[0].toFixed(2)).toBe("1406.17");
    // The description (what the Word image's alt text says) is in a cell under each chart's data.
    const texts = [...sheet.cells.values()].map((c) => c.value);
    for (const chart of result.charts) expect(texts).toContain(chart.description);
  });
});
