import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { fillFile } from "../../../src/cli/commands/fill";
import { loadSample, sampleWorkbook } from "../../../src/cli/sample";
import { checkWorkbook } from "../../../src/core/app/check";
import { CHECK_SHEET, checkSheetFor } from "../../../src/core/app/checkTables";
import { loadWorkbook } from "../../../src/xlsx/file";
import { XlsxFilePort } from "../../../src/xlsx/filePort";
import { XlsxReader } from "../../../src/xlsx/reader";
import { convert, describeWithLibreOffice, pdfPageCount } from "../../helpers/libreoffice";
import { tempDir } from "../../helpers/tmp";
import { expectSameSheets } from "../../helpers/workbooks";
import type { FillResult } from "../../../src/core/app/fill";

// fill and check -o write the sheets' XML themselves (src/xlsx/directWrite.ts) instead of through
// ExcelJS. The workbook must be the same as the one ExcelJS writes from the same plans: values,
// formulas, every cell's style (number format, font, borders, alignment, fill, protection), merges,
// column widths, row heights, print setup, frozen panes, tab colours, visibility, the active tab;
// and checking it must give the same findings.

const load = async (file: string) => loadWorkbook(file, await fs.readFile(file));

interface Internals {
  dataValidations: { model: Record<string, unknown> };
}

/** What of a sheet a clerk or a printer sees, beyond the values (those: snapshotOf). */
function layoutOf(ws: ExcelJS.Worksheet) {
  const styles: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const { numFmt, font, border, alignment, fill, protection } = cell.style;
      const style = { numFmt, font, border, alignment, fill, protection };
      if (Object.values(style).some((v) => v !== undefined)) styles[cell.address] = style;
    })
  );
  const columns = (ws.columns ?? []).map((c) => ({ width: c.width, numFmt: c.numFmt }));
  const heights: Record<number, number | undefined> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined) heights[r] = row.height;
  });
  const p = ws.pageSetup;
  return {
    styles,
    columns,
    heights,
    merges: [...ws.model.merges].sort(),
    print: {
      paperSize: p.paperSize,
      orientation: p.orientation,
      fitToPage: Boolean(p.fitToPage),
      fitToWidth: p.fitToWidth,
      fitToHeight: p.fitToHeight,
      horizontalCentered: Boolean(p.horizontalCentered),
      margins: p.margins,
      printArea: p.printArea,
      printTitlesRow: p.printTitlesRow,
      footer: ws.headerFooter?.oddFooter,
    },
    views: (ws.views ?? []).map((v) => ({
      state: v.state ?? "normal",
      xSplit: (v as ExcelJS.WorksheetViewFrozen).xSplit || undefined,
      ySplit: (v as ExcelJS.WorksheetViewFrozen).ySplit || undefined,
    })),
    tabColor: ws.properties.tabColor,
    state: ws.state,
    validations: (ws as unknown as Internals).dataValidations.model,
  };
}

async function expectSameWorkbook(viaExcelJs: string, direct: string): Promise<void> {
  const a = await load(viaExcelJs);
  const b = await load(direct);
  expectSameSheets(a, b, layoutOf);
  expect(b.views[0]?.activeTab).toBe(a.views[0]?.activeTab);
  const findings = async (file: string) => checkWorkbook(await XlsxFilePort.open(file));
  const [fa, fb] = [await findings(viaExcelJs), await findings(direct)];
  expect(fb.findings).toEqual(fa.findings);
  expect(fb.tables).toEqual(fa.tables);
}

describe("sheets written without ExcelJS", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = tempDir();
    input = path.join(dir, "输入.xlsx");
    const workbook = await sampleWorkbook(await loadSample());
    await fs.writeFile(input, Buffer.from(await workbook.xlsx.writeBuffer()));
  });

  async function fillBoth(args: { values?: boolean }): Promise<[string, string]> {
    const old = path.join(dir, `旧-${args.values ? "数值" : "公式"}.xlsx`);
    const viaExcelJs = await XlsxFilePort.open(input, { direct: false });
    await fillFile(viaExcelJs, args);
    await viaExcelJs.save(old, { force: true });
    expect(viaExcelJs.savedDirect).toBe(false);
    const out = path.join(dir, `新-${args.values ? "数值" : "公式"}.xlsx`);
    const port = await XlsxFilePort.open(input);
    await fillFile(port, args);
    await port.save(out, { force: true });
    expect(port.savedDirect).toBe(true);
    return [old, out];
  }

  test("fill of the sample (formulas): the same workbook as through ExcelJS", async () => {
    const [old, out] = await fillBoth({});
    await expectSameWorkbook(old, out);
    // The input sheets are copied as stored, not rewritten.
    const inputReader = XlsxReader.open(input, await fs.readFile(input));
    const outReader = XlsxReader.open(out, await fs.readFile(out));
    const ledger = inputReader.sheetPath("收支明细")!;
    expect(outReader.part(outReader.sheetPath("收支明细"))).toBe(inputReader.part(ledger));
  });

  test("fill of the sample (values)", async () => {
    const [old, out] = await fillBoth({ values: true });
    await expectSameWorkbook(old, out);
  });

  test("filling a filled workbook again replaces its sheets in place", async () => {
    const [, once] = await fillBoth({});
    const again = path.join(dir, "再次.xlsx");
    const port = await XlsxFilePort.open(once);
    await fillFile(port, { force: true });
    await port.save(again);
    expect(port.savedDirect).toBe(true);
    const a = await load(once);
    const b = await load(again);
    expectSameSheets(a, b, layoutOf);
  });

  test("check -o: the 校验 sheet added to a filled workbook", async () => {
    const [, filled] = await fillBoth({ values: true });
    const outputs: string[] = [];
    for (const direct of [false, true]) {
      const port = await XlsxFilePort.open(filled, { direct });
      const report = await checkWorkbook(port);
      await port.write([checkSheetFor(report)], { activate: CHECK_SHEET });
      const out = path.join(dir, `校验-${direct}.xlsx`);
      await port.save(out);
      expect(port.savedDirect).toBe(direct);
      outputs.push(out);
    }
    await expectSameWorkbook(outputs[0], outputs[1]);
  });
});

describeWithLibreOffice("sheets written without ExcelJS, opened by LibreOffice", () => {
  const dir = tempDir();
  let result: FillResult;
  let filled: string;
  beforeAll(async () => {
    const input = path.join(dir, "输入.xlsx");
    const workbook = await sampleWorkbook(await loadSample());
    await fs.writeFile(input, Buffer.from(await workbook.xlsx.writeBuffer()));
    filled = path.join(dir, "filled.xlsx");
    const port = await XlsxFilePort.open(input);
    result = await fillFile(port, {});
    await port.save(filled);
    expect(port.savedDirect).toBe(true);
  }, 300_000);

  test("recalculates every table cell to core's figure", async () => {
    const [recalculated] = await convert([filled], "xlsx", path.join(dir, "lo"));
    const lo = await load(recalculated);
    const mismatches: string[] = [];
    for (const layout of result.computed.layouts.values()) {
      const ws = lo.getWorksheet(layout.table.code)!;
      for (const cell of layout.amounts) {
        const v = ws.getCell(cell.row + 1, cell.col + 1).value;
        // LibreOffice stores a zero result as an empty <v/>, which ExcelJS reads as no result.
        const n = Number(
          (typeof v === "object" && v !== null && "formula" in v ? v.result : v) ?? 0
        );
        const core = result.computed.values.get(cell.id)!.toNumber();
        if (Math.abs(n - core) > 1e-6) mismatches.push(`${cell.id}: ${n} ≠ ${core}`);
      }
    }
    expect(result.computed.layouts.size).toBeGreaterThan(0);
    expect(mismatches).toEqual([]);
  }, 300_000);

  test("prints: each table sheet on A4 pages", async () => {
    const [pdf] = await convert([filled], "pdf", path.join(dir, "pdf"));
    // Every visible sheet prints; the ten tables at least one page each.
    expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(result.computed.layouts.size);
  }, 300_000);
});
