import ExcelJS from "exceljs";
import * as path from "path";
import { loadSample, sampleFileOf, sampleRecords, sampleWorkbook } from "../../src/cli/sample";
import { DEFAULT_PROFILE, PROFILES } from "../../src/core/profiles";
import { fillTables, FillResult } from "../../src/core/app/fill";
import type { AmountCell } from "../../src/core/templates/layout";
import { ExcelJsPort } from "../../src/xlsx/port";
import { runCli } from "../helpers/cli";
import { copyFileSync, statSync } from "fs";
import {
  convert,
  describeWithLibreOffice,
  pdfFonts,
  pdfPages,
  renderPage,
} from "../helpers/libreoffice";
import { cellText } from "../helpers/cells";
import { filledSample } from "../helpers/sample";
import { tempDir } from "../helpers/tmp";

/** An amount cell as LibreOffice computed it, as the table shows it (2 decimals, counts whole). */
function shownBy(sheet: ExcelJS.Worksheet, cell: AmountCell): string {
  const v = sheet.getCell(cell.row + 1, cell.col + 1).value;
  const n = typeof v === "object" && v !== null && "formula" in v ? (v.result ?? 0) : (v ?? 0);
  return Number(n).toFixed(cell.unit === "money" ? 2 : 0);
}

/** What the seed disclosure states (万元), by cell id. */
const SEED: Record<string, string> = {
  "T01.收入总计": "1583.52",
  "T01.年初结转和结余": "4.42",
  "T01.本年收入合计": "1579.09",
  "T04.本年收入合计": "1406.17", // 财政拨款收入
  "T01.一般公共预算财政拨款收入": "1406.17",
  "T01.其他收入": "172.92",
  "T01.本年支出合计": "1583.52",
  "T01.支出总计": "1583.52",
  "T03.合计.基本支出": "972.73",
  "T03.合计.项目支出": "610.78",
  "T05.合计.基本支出": "800.11",
  "T06[301]": "613.66",
  "T06[302]": "24.58",
  "T06[303]": "161.68",
  "T06[310]": "0.18",
  "T07.预算.合计": "10.00",
  "T07.决算.合计": "8.78",
  "T07.决算.公务接待费": "8.78",
  "T07.决算.公务用车购置及运行费": "0.00",
  "T04.本年支出合计.合计": "1406.17",
  // 财政拨款支出 by 功能分类 类
  "T04[201].一般公共预算财政拨款": "902.70",
  "T04[206].一般公共预算财政拨款": "299.91",
  "T04[208].一般公共预算财政拨款": "145.21",
  "T04[210].一般公共预算财政拨款": "24.88",
  "T04[221].一般公共预算财政拨款": "33.47",
};

describeWithLibreOffice("the bundled sample: npm run demo, recalculated by LibreOffice", () => {
  const dir = tempDir();
  let result: FillResult;
  const shown = new Map<string, string>();
  let narrativeCells: string[];
  let narrativePdf: string;

  beforeAll(async () => {
    const run = await runCli("demo", "--out", dir);
    // The seed gives no reason for some comparisons: the demo shows how that is reported.
    expect(run.stderr).toMatch(/^警告：情况说明中有 4 处主要原因未填写/);
    expect(run.code).toBe(0);
    // The same fill in memory gives the layout (where each id sits) and core's own figures.
    result = (await filledSample()).result;

    const [recalculated] = await convert(
      [path.join(dir, "sample.xlsx")],
      "xlsx",
      path.join(dir, "lo")
    );
    [narrativePdf] = await convert(
      [path.join(dir, "sample-narrative.docx")],
      "pdf",
      path.join(dir, "lo")
    );
    const lo = new ExcelJS.Workbook();
    await lo.xlsx.readFile(recalculated);
    const narrativeSheet = lo.getWorksheet("情况说明")!;
    narrativeCells = result.narrative.paragraphs.map((_, i) =>
      cellText(narrativeSheet.getCell(3 + i, 1).value)
    );
    for (const layout of result.computed.layouts.values()) {
      const sheet = lo.getWorksheet(layout.table.code)!;
      for (const cell of layout.amounts) {
        shown.set(cell.id, shownBy(sheet, cell));
      }
    }
  });

  it("shows the figures the seed states", () => {
    const actual = Object.fromEntries(Object.keys(SEED).map((id) => [id, shown.get(id)]));
    expect(actual).toEqual(SEED);
  });

  it("LibreOffice's figure for every amount cell equals core's, after rounding", () => {
    const differ = [...result.displayed].filter(
      ([id, v]) =>
        shown.get(id) !==
        v.toFixed(
          result.computed.layouts.get(id.slice(0, 3))!.byId.get(id)!.unit === "money" ? 2 : 0
        )
    );
    expect(differ).toEqual([]);
    expect(shown.size).toBe(result.displayed.size);
  });

  it("the 情况说明 sheet's formulas compute exactly the text core writes", () => {
    expect(narrativeCells).toEqual(result.narrative.paragraphs.map((p) => p.text));
  });

  it("the .docx prints in LibreOffice with Chinese glyphs", async () => {
    // Page footers (— 2 —) fall between the lines of a page.
    const text = (await pdfPages(narrativePdf)).join("").replace(/\s+/g, "").replace(/—\d+—/g, "");
    expect(text).toContain("本年收入合计1579.09万元，较2020年减少1781.73万元，下降53.01%");
    const fonts = await pdfFonts(narrativePdf);
    expect(fonts.some((f) => /CJK|Song|Hei|Kai|Fang|Ming|WenQuanYi/i.test(f))).toBe(true);
    const png = await renderPage(narrativePdf, 1, path.join(dir, "narrative"));
    expect(statSync(png).size).toBeGreaterThan(20_000);
  });
});

/** The other formats' samples: each filled as `juesuan demo --profile` does, recalculated in one LibreOffice run. */
const OTHER_FORMATS = PROFILES.filter((p) => p.id !== DEFAULT_PROFILE && p.sample);

describeWithLibreOffice("every format's sample, recalculated by LibreOffice", () => {
  const dir = tempDir();
  const results = new Map<string, FillResult>();
  const recalculated = new Map<string, ExcelJS.Workbook>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const profile of OTHER_FORMATS) {
      const out = path.join(dir, profile.id);
      const run = await runCli("demo", "--profile", profile.id, "--out", out);
      expect(run.code).toBe(0);
      // Named by format: LibreOffice writes each result under the input's base name.
      const named = path.join(dir, `${profile.id}.xlsx`);
      copyFileSync(path.join(out, "sample.xlsx"), named);
      files.push(named);
      const records = sampleRecords(await loadSample(sampleFileOf(profile)), profile);
      const workbook = await sampleWorkbook(records);
      results.set(
        profile.id,
        await fillTables(new ExcelJsPort(workbook), { mode: "formulas", version: "test" })
      );
    }
    const converted = await convert(files, "xlsx", path.join(dir, "lo"));
    for (const [i, profile] of OTHER_FORMATS.entries()) {
      const lo = new ExcelJS.Workbook();
      await lo.xlsx.readFile(converted[i]);
      recalculated.set(profile.id, lo);
    }
  });

  describe.each(OTHER_FORMATS.map((p) => [p.id] as const))("%s", (id) => {
    it("writes that format's tables, and LibreOffice's figure for every amount cell equals core's", () => {
      const result = results.get(id) as FillResult;
      const lo = recalculated.get(id) as ExcelJS.Workbook;
      expect(result.tables).toEqual(result.profile.tables.map((t) => t.code));
      const differ: string[] = [];
      for (const layout of result.computed.layouts.values()) {
        const sheet = lo.getWorksheet(layout.table.code)!;
        for (const cell of layout.amounts) {
          const places = cell.unit === "money" ? 2 : 0;
          if (shownBy(sheet, cell) !== result.displayed.get(cell.id)?.toFixed(places))
            differ.push(cell.id);
        }
      }
      expect(differ).toEqual([]);
    });

    it("the 情况说明 sheet's formulas compute exactly the text core writes", () => {
      const result = results.get(id) as FillResult;
      const sheet = recalculated.get(id)!.getWorksheet("情况说明")!;
      expect(
        result.narrative.paragraphs.map((_, i) => cellText(sheet.getCell(3 + i, 1).value))
      ).toEqual(result.narrative.paragraphs.map((p) => p.text));
    });

    it("juesuan check finds no error in the demo's output", async () => {
      const run = await runCli("check", path.join(dir, id, "sample.xlsx"));
      expect(run.stdout).toContain("错误 0 条");
      expect(run.code).toBe(0);
    });
  });
});
