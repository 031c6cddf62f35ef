// What ExcelJS 4.4 keeps through a load and save (every CLI write is one), measured on a workbook
// holding each kind of thing a clerk may add; src/xlsx/keep.ts names what it loses.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { unkeptParts } from "../../../src/xlsx/keep";
import { withChart } from "../../helpers/badInputs/fixtures";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
);

async function clerkWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("我的表");
  [3, 5, 4].forEach((v, i) => (ws.getCell(i + 1, 1).value = v));
  ws.getCell("B1").note = "已核对";
  ws.getCell("C1").dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
  wb.definedNames.add("'我的表'!$A$1:$A$3", "我的区域");
  ws.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" }), "E5:F6");
  ws.addConditionalFormatting({
    ref: "A1:A3",
    rules: [
      {
        type: "cellIs",
        operator: "greaterThan",
        formulae: [1],
        priority: 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFF0000" } } },
      },
    ],
  });
  ws.getCell("D1").value = { text: "链接", hyperlink: "https://www.mof.gov.cn/" };
  const chartSheet = wb.addWorksheet("图表");
  [1, 2, 3].forEach((v, i) => (chartSheet.getCell(i + 1, 1).value = v));
  return withChart(Buffer.from(await wb.xlsx.writeBuffer()), "图表");
}

async function roundTrip(data: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const parts = async (data: Buffer) => {
  const zip = await JSZip.loadAsync(data);
  const text = async (pattern: RegExp) =>
    (
      await Promise.all(
        Object.keys(zip.files)
          .filter((n) => pattern.test(n))
          .map((n) => zip.file(n)!.async("string"))
      )
    ).join("\n");
  return {
    names: Object.keys(zip.files),
    workbook: await text(/^xl\/workbook\.xml$/),
    sheets: await text(/^xl\/worksheets\/sheet\d+\.xml$/),
  };
};

test("ExcelJS keeps pictures, names, validation, conditional formats and links; loses charts and comments", async () => {
  const original = await clerkWorkbook();
  const before = await parts(original);
  expect(before.names.some((n) => n.startsWith("xl/charts/"))).toBe(true);
  expect(before.names.some((n) => /^xl\/comments\d*\.xml$/.test(n))).toBe(true);

  const after = await parts(await roundTrip(original));
  expect(after.names.some((n) => n.startsWith("xl/media/"))).toBe(true);
  expect(after.names.some((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toBe(true);
  expect(after.workbook).toContain("我的区域");
  expect(after.sheets).toContain("dataValidation");
  expect(after.sheets).toContain("conditionalFormatting");
  expect(after.sheets).toContain("hyperlink");
  // Lost: the reason the CLI never writes over an input and says what a new file lacks.
  expect(after.names.some((n) => n.startsWith("xl/charts/"))).toBe(false);
  expect(after.names.some((n) => /^xl\/comments\d*\.xml$/.test(n))).toBe(false);

  expect((await unkeptParts(original)).sort()).toEqual(["图表", "批注"].sort());
  expect(await unkeptParts(await roundTrip(original))).toEqual([]);
});
