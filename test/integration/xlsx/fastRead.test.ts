import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { fillFile } from "../../../src/cli/commands/fill";
import { loadSample, sampleWorkbook } from "../../../src/cli/sample";
import { checkWorkbook } from "../../../src/core/app/check";
import { fillTables } from "../../../src/core/app/fill";
import { loadWorkbook } from "../../../src/xlsx/file";
import { XlsxFilePort } from "../../../src/xlsx/filePort";
import { ExcelJsPort, snapshotOf } from "../../../src/xlsx/port";
import { XlsxReader } from "../../../src/xlsx/reader";
import { zipEntries } from "../../../src/xlsx/zip";
import { ZipFileWriter } from "../../../src/xlsx/zipWrite";
import { syntheticDepartment } from "../../../bench/generate";
import { fillSample } from "../../helpers/sample";
import { tempDir } from "../../helpers/tmp";
import { expectSameSheets, smallDepartment, workbookWith } from "../../helpers/workbooks";

// The fast read path (XlsxReader) must give exactly what a full ExcelJS load gives, on the sample
// and on every kind of workbook the tests generate; and a fill that holds the ledger out of ExcelJS
// must write the same workbook as one that loads everything.

const bytes = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

async function expectSameRead(name: string, data: Buffer): Promise<void> {
  const full = await loadWorkbook(name, data);
  const reader = XlsxReader.open(name, data);
  expect(reader.sheetNames).toEqual(full.worksheets.map((ws) => ws.name));
  for (const ws of full.worksheets) {
    const fast = await reader.snapshot(ws.name);
    expect({ workbook: name, ...fast }).toEqual({ workbook: name, ...snapshotOf(ws) });
  }
}

/** Cells of every kind ExcelJS reads in its own way. */
async function oddCells(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("杂项");
  ws.getCell("A1").value = "合并标题";
  ws.mergeCells("A1:C2");
  ws.getCell("B5").value = new Date(Date.UTC(2021, 11, 31));
  ws.getCell("C5").value = 44561;
  ws.getCell("C5").numFmt = "yyyy年m月d日";
  ws.getCell("D5").value = 1234.5;
  ws.getCell("D5").numFmt = '#,##0.00"元"';
  ws.getCell("A6").value = { richText: [{ text: "富" }, { text: "文本", font: { bold: true } }] };
  ws.getCell("B6").value = true;
  ws.getCell("C6").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
  ws.getCell("D6").value = 'a<b & "c" _x0041_';
  ws.getCell("A7").value = { formula: "SUM(1,2)", result: 3 };
  ws.getCell("B7").value = { formula: "1-1", result: 0 };
  ws.getCell("C7").value = { formula: '"x"&"y"', result: "xy" };
  ws.getCell("D7").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("A8").value = { formula: "A7*2", result: 6 };
  ws.getCell("A9").value = { sharedFormula: "A8", result: 12 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("A10").value = { sharedFormula: "A8", result: 24 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("E12").value = "";
  ws.getCell("F12").style = { font: { bold: true } };
  workbook.addWorksheet("空表");
  const hidden = workbook.addWorksheet("隐藏");
  hidden.state = "veryHidden";
  hidden.getCell("A1").value = 1;
  return workbook;
}

describe("fast read path = full ExcelJS load", () => {
  test("the sample: inputs, filled with formulas, with values, with 尾差调整, with a slip", async () => {
    const records = await loadSample();
    const inputs = await sampleWorkbook(records);
    await expectSameRead("样例输入", await bytes(inputs));
    for (const mode of ["formulas", "values"] as const) {
      const workbook = await sampleWorkbook(records);
      await fillTables(new ExcelJsPort(workbook), {
        mode,
        version: "t",
        tailAdjust: mode === "values",
      });
      await expectSameRead(`样例-${mode}`, await bytes(workbook));
      workbook.getWorksheet("公开05表")!.getCell("D8").value = 123.45;
      await expectSameRead(`样例-${mode}-有误`, await bytes(workbook));
    }
  });

  test("the test helpers' department, blank and filled", async () => {
    const { workbook, port } = await workbookWith(smallDepartment());
    await expectSameRead("测试局-输入", await bytes(workbook));
    await fillTables(port, { mode: "formulas", version: "t" });
    await expectSameRead("测试局-已填报", await bytes(workbook));
  });

  test("odd cells: merges, dates, rich text, errors, escapes, shared formulas, hidden sheets", async () => {
    await expectSameRead("杂项", await bytes(await oddCells()));
  });

  test("cell references as $B$5 or b5 read as B5 (the fast path takes only B5)", async () => {
    const plain = await bytes(await oddCells());
    const reader = XlsxReader.open("杂项", plain);
    const sheetPath = reader.sheetPath("杂项")!;
    let n = 0;
    const xml = reader
      .part(sheetPath)!
      .replace(/<c r="([A-Z]+)(\d+)"/g, (_, col: string, row: string) =>
        n++ % 2 ? `<c r="$${col}$${row}"` : `<c r="${col.toLowerCase()}${row}"`
      );
    expect(n).toBeGreaterThan(10);
    const file = path.join(tempDir(), "引用.xlsx");
    const writer = await ZipFileWriter.create(file);
    for (const entry of zipEntries(plain).values()) {
      if (entry.name === sheetPath) await writer.add(entry.name, [Buffer.from(xml, "utf8")]);
      else await writer.copy(plain, entry);
    }
    await writer.close();
    const odd = XlsxReader.open("引用", await fs.readFile(file));
    expect(await odd.snapshot("杂项")).toEqual(await reader.snapshot("杂项"));
  });

  test("same findings and same fill from either port", async () => {
    const { workbook } = await fillSample();
    workbook.getWorksheet("公开05表")!.getCell("D8").value = 123.45;
    const dir = tempDir();
    const file = path.join(dir, "有误.xlsx");
    await fs.writeFile(file, await bytes(workbook));
    const viaFull = await checkWorkbook(
      new ExcelJsPort(await loadWorkbook(file, await fs.readFile(file)))
    );
    const viaFast = await checkWorkbook(await XlsxFilePort.open(file));
    expect(viaFast.findings.length).toBeGreaterThan(0);
    expect(viaFast.findings).toEqual(viaFull.findings);
    expect(viaFast.tables).toEqual(viaFull.tables);
  });
});

describe("fill with the ledger held out of ExcelJS", () => {
  test("writes the same workbook as a full load, styles of the ledger kept", async () => {
    const dir = tempDir();
    const input = path.join(dir, "输入.xlsx");
    await fs.writeFile(input, await bytes(await sampleWorkbook(syntheticDepartment(3000))));

    const fullOut = path.join(dir, "完整.xlsx");
    const full = await loadWorkbook(input, await fs.readFile(input));
    const fullResult = await fillFile(new ExcelJsPort(full), {});
    await full.xlsx.writeFile(fullOut);

    // Every sheet the fill does not write is held, however small (基础信息 is not: it has merged cells).
    const heldOut = path.join(dir, "保留.xlsx");
    const port = await XlsxFilePort.open(input, { holdAboveBytes: 0, direct: false });
    const heldResult = await fillFile(port, {});
    await port.save(heldOut);
    expect(heldResult.computed.values).toEqual(fullResult.computed.values);

    const a = await loadWorkbook(fullOut, await fs.readFile(fullOut));
    const b = await loadWorkbook(heldOut, await fs.readFile(heldOut));
    expectSameSheets(a, b, (ws) => ({ state: ws.state }));
    const ledgerA = a.getWorksheet("收支明细")!;
    const ledgerB = b.getWorksheet("收支明细")!;
    expect(port.savedHeld).toEqual(["收支明细", "预算与上年数", "补充信息", "科目补充"]);
    expect(ledgerB.rowCount).toBe(3001);
    for (const address of ["A1", "G1", "A2", "G2", "G3001", "C2999"])
      expect(ledgerB.getCell(address).style).toEqual(ledgerA.getCell(address).style);
    expect(ledgerB.getColumn(7).width).toBe(ledgerA.getColumn(7).width);
    // The drop-down lists of the ledger columns, held with the rows.
    const validation = (ws: ExcelJS.Worksheet, address: string) =>
      (ws as unknown as { dataValidations: { find(a: string): unknown } }).dataValidations.find(
        address
      );
    for (const address of ["B2", "E3001", "F5000"]) {
      expect(validation(ledgerB, address)).toBeDefined();
      expect(validation(ledgerB, address)).toEqual(validation(ledgerA, address));
    }
  });
});
