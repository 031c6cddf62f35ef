import ExcelJS from "exceljs";
import * as path from "path";
import { fillTables, FillResult } from "../../src/core/app/fill";
import { computeTables } from "../../src/core/fill/evaluate";
import { readInputs, INPUT_SHEET_NAMES } from "../../src/core/inputs/readInputs";
import { roundHalfUp } from "../../src/core/money";
import { jiangxi2021 } from "../../src/core/profiles/jiangxi-2021";
import { convert, describeWithLibreOffice } from "../helpers/libreoffice";
import { tempDir } from "../helpers/tmp";
import { smallDepartment, workbookWith } from "../helpers/workbooks";

/** Every amount cell's value as the workbook file holds it, by cell id. */
async function cellValues(file: string, result: FillResult): Promise<Map<string, number>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const values = new Map<string, number>();
  for (const [tableId, layout] of result.computed.layouts) {
    const sheet = workbook.getWorksheet(layout.table.code);
    if (!sheet) throw new Error(`missing ${tableId}`);
    for (const cell of layout.amounts) {
      const v = sheet.getCell(cell.row + 1, cell.col + 1).value;
      // LibreOffice stores a zero result as an empty <v/>, which ExcelJS reads as no result.
      const n = typeof v === "object" && v !== null && "formula" in v ? (v.result ?? 0) : v;
      values.set(cell.id, Number(n ?? 0));
    }
  }
  return values;
}

describeWithLibreOffice("fill: live formulas recalculated by LibreOffice", () => {
  const dir = tempDir();
  const LEDGER_LINE = 5; // 甲局本级 2013801 30101 基本支出 600,000 (sheet row 7, under the header)
  let result: FillResult;
  let recalculated: Map<string, number>;
  let recalculatedAfterEdit: Map<string, number>;

  beforeAll(async () => {
    const { workbook, port } = await workbookWith(smallDepartment());
    result = await fillTables(port, { mode: "formulas", version: "test" });
    const filled = path.join(dir, "filled.xlsx");
    await workbook.xlsx.writeFile(filled);

    // The same file with one detail amount changed, as a clerk would type it (no recalculation).
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(filled);
    edited.getWorksheet("收支明细")!.getCell(LEDGER_LINE + 2, 7).value = 612_345.67;
    const editedFile = path.join(dir, "edited.xlsx");
    await edited.xlsx.writeFile(editedFile);

    const [a, b] = await convert([filled, editedFile], "xlsx", path.join(dir, "lo"));
    recalculated = await cellValues(a, result);
    recalculatedAfterEdit = await cellValues(b, result);
  });

  it("computes every amount cell exactly as core does (after rounding)", () => {
    expect(recalculated.size).toBe(result.computed.values.size);
    const mismatches = [...result.computed.values].filter(
      ([id, value]) => roundHalfUp(value, 2).toNumber() !== Number(recalculated.get(id)?.toFixed(2))
    );
    expect(mismatches).toEqual([]);
    // Full precision too: the tables hold 元/10000, not rounded figures.
    for (const [id, value] of result.computed.values)
      expect(recalculated.get(id)).toBeCloseTo(value.toNumber(), 9);
  });

  it("caches core's results in the file, so readers see numbers without recalculating", async () => {
    const cached = await cellValues(path.join(dir, "filled.xlsx"), result);
    for (const [id, value] of recalculated) expect(cached.get(id)).toBeCloseTo(value, 9);
  });

  it("changing one detail amount changes exactly the dependent cells", async () => {
    // Core's answer: recompute from the edited inputs.
    const records = smallDepartment();
    records.ledger[LEDGER_LINE][6] = 612_345.67;
    const edited = await workbookWith(records);
    const read = await edited.port.read(INPUT_SHEET_NAMES);
    const expected = computeTables(readInputs(read, { formulas: true }), jiangxi2021, []);
    const changedByCore = [...expected.values]
      .filter(([id, v]) => !v.equals(result.computed.values.get(id)!))
      .map(([id]) => id)
      .sort();
    const changedByLibreOffice = [...recalculatedAfterEdit]
      .filter(([id, v]) => Math.abs(v - recalculated.get(id)!) > 1e-9)
      .map(([id]) => id)
      .sort();
    expect(changedByLibreOffice).toEqual(changedByCore);
    expect(changedByCore).toEqual(
      expect.arrayContaining([
        "T01.本年支出合计",
        "T03[2013801].基本支出",
        "T05.合计.基本支出",
        "T06[30101]",
        "T06.人员经费合计",
      ])
    );
    expect(changedByCore).not.toContain("T01.本年收入合计");
    for (const id of changedByCore)
      expect(recalculatedAfterEdit.get(id)).toBeCloseTo(expected.values.get(id)!.toNumber(), 9);
  });
});
