import ExcelJS from "exceljs";
import * as path from "path";
import { loadSample, sampleWorkbook } from "../../src/cli/sample";
import { fillTables, FillResult } from "../../src/core/app/fill";
import { narrateWorkbook } from "../../src/core/app/narrate";
import { RUNNING_COST_ITEM } from "../../src/core/inputs/supplementaryItems";
import { chartData, CHART_SHEET, ChartData, renderChartSheet } from "../../src/core/charts";
import { ExcelJsPort } from "../../src/xlsx/port";
import { cellText } from "../helpers/cells";
import { convert, describeWithLibreOffice } from "../helpers/libreoffice";
import { tempDir } from "../helpers/tmp";

/**
 * Value and formula forms agree, recalculated by LibreOffice, for what issue 14's remainder adds:
 * 机关运行经费 left blank (the ledger's figure, said to agree) with a 上年 comparison and its reason,
 * and the 图表 sheet's cells (the charts' data) against the figures the Word charts draw. The
 * bundled sample (景德镇市陶瓷产业发展局 2021, samples/jingdezhen-2021.json) with those changes.
 */
describeWithLibreOffice(
  "机关运行经费 and the 图表 sheet: formulas compute what core states",
  () => {
    const dir = tempDir();
    let result: FillResult;
    let charts: ChartData[];
    let lo: ExcelJS.Workbook;
    let chartTop: number[];

    beforeAll(async () => {
      const records = await loadSample();
      const items = { ...records.supplementary };
      delete items[RUNNING_COST_ITEM];
      records.supplementary = items;
      records.budgetPrior = records.budgetPrior!.map((row) =>
        row[0] === "机关运行经费" ? [row[0], row[1], row[2], 300_000] : row
      );
      records.reasons = [
        ...(records.reasons ?? []),
        ["机关运行经费较上年增减", null, "会议费减少"],
      ];
      const workbook = await sampleWorkbook(records);
      const port = new ExcelJsPort(workbook);
      result = await fillTables(port, { mode: "formulas", version: "t" });
      const { context, profile } = await narrateWorkbook(port);
      charts = chartData(profile.charts?.(context) ?? [], context);
      const plan = renderChartSheet(charts, context);
      chartTop = (plan.charts ?? []).map((c) => c.data.top);
      await port.write([plan]);
      const file = path.join(dir, "running-cost.xlsx");
      await workbook.xlsx.writeFile(file);
      const [recalculated] = await convert([file], "xlsx", path.join(dir, "lo"));
      lo = new ExcelJS.Workbook();
      await lo.xlsx.readFile(recalculated);
    }, 240_000);

    it("the 机关运行经费 paragraph: the ledger's figure, 一致, 较上年 and its reason, alike in the sheet", () => {
      const i = result.narrative.paragraphs.findIndex((p) => p.paragraph.id === "机关运行经费");
      const text = result.narrative.paragraphs[i].text;
      expect(text).toContain("机关运行经费支出24.58万元（与部门决算中");
      expect(text).toContain("较2020年减少5.42万元，下降18.07%，主要原因是：会议费减少。");
      const sheet = lo.getWorksheet("情况说明")!;
      expect(cellText(sheet.getCell(3 + i, 1).value)).toBe(text);
    });

    it("each 图表 cell computes the figure the Word chart draws", () => {
      const sheet = lo.getWorksheet(CHART_SHEET)!;
      charts.forEach((chart, k) => {
        chart.categories.forEach((_c, i) =>
          chart.series.forEach((series, j) => {
            const cell = sheet.getCell(chartTop[k] + 2 + i, 2 + j).value;
            const value = typeof cell === "object" && cell && "result" in cell ? cell.result : cell;
            expect({ chart: chart.key, i, j, value }).toEqual({
              chart: chart.key,
              i,
              j,
              value: series.values[i].toNumber(),
            });
          })
        );
      });
    });
  }
);
