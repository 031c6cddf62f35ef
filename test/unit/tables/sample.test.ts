import ExcelJS from "exceljs";
import type { FillResult } from "../../../src/core/app/fill";
import { catalogsFor } from "../../../src/core/subjects";
import { cellAddress, readTables } from "../../../src/core/tables/readTables";
import type { ReadTables } from "../../../src/core/tables/types";
import { tableOfId } from "../../../src/core/templates/ids";
import { cellLabel } from "../../../src/core/workbook/a1";
import { ExcelJsPort } from "../../../src/xlsx/port";
import { fillSample, filledSample } from "../../helpers/sample";

async function filled(
  mode: "formulas" | "values",
  shared = true
): Promise<{ workbook: ExcelJS.Workbook; fill: FillResult }> {
  const { workbook, result } = await (shared ? filledSample(mode) : fillSample(undefined, mode));
  return { workbook, fill: result };
}

async function readBack(workbook: ExcelJS.Workbook, fill: FillResult): Promise<ReadTables> {
  const port = new ExcelJsPort(workbook);
  const read = await port.read(workbook.worksheets.map((ws) => ws.name));
  return readTables(read, fill.profile, catalogsFor(fill.profile.year));
}

/** Every id fill computed is read back with its value and at the very cell fill wrote it to. */
function expectSameAsFill(tables: ReadTables, fill: FillResult, expected = fill.computed.values) {
  expect(tables.findings).toEqual([]);
  expect(fill.computed.values.size).toBeGreaterThan(500);
  for (const [id, value] of expected) {
    const tableId = tableOfId(id);
    const layout = fill.computed.layouts.get(tableId);
    const table = fill.profile.tables.find((t) => t.id === tableId);
    const cell = tables.cells.get(id);
    const laid = layout?.byId.get(id);
    if (!cell || !laid || !table) throw new Error(`${id} not read`);
    expect(cell.value.toNumber()).toBeCloseTo(value.toNumber(), 9);
    expect({ id, at: cell.at }).toEqual({
      id,
      at: { sheet: table.code, row: laid.row, col: laid.col },
    });
  }
  // Same ids, nothing more.
  expect([...tables.cells.keys()].sort()).toEqual([...fill.computed.values.keys()].sort());
}

describe("readTables on the sample workbook fill writes", () => {
  it("reads every amount cell back at its own address, with the cached formula results", async () => {
    const { workbook, fill } = await filled("formulas");
    const tables = await readBack(workbook, fill);
    expectSameAsFill(tables, fill);
    expect(tables.fullPrecision).toBe(true);
    for (const table of fill.profile.tables) {
      const read = tables.tables.get(table.id);
      expect(read?.sheet).toBe(table.code);
      // The same lines as fill laid out (regions included).
      expect(read?.layout.amounts.map((a) => a.id)).toEqual(
        fill.computed.layouts.get(table.id)?.amounts.map((a) => a.id)
      );
    }
    const first = tables.cells.get("T01.本年收入合计");
    expect(first && cellAddress(first)).toBe(
      cellLabel("公开01表", fill.computed.layouts.get("T01")!.byId.get("T01.本年收入合计")!.row, 2)
    );
  });

  it("reads the same after a round trip through an .xlsx file", async () => {
    const { workbook, fill } = await filled("formulas");
    const buffer = await workbook.xlsx.writeBuffer();
    const reloaded = new ExcelJS.Workbook();
    await reloaded.xlsx.load(buffer as ArrayBuffer);
    const tables = await readBack(reloaded, fill);
    expectSameAsFill(tables, fill);
    expect(tables.fullPrecision).toBe(true);
  });

  it("reads values mode the same", async () => {
    const { workbook, fill } = await filled("values");
    const tables = await readBack(workbook, fill);
    expectSameAsFill(tables, fill);
    expect(tables.fullPrecision).toBe(true);
  });

  it("is not full precision without the _juesuan sheet", async () => {
    const { workbook, fill } = await filled("formulas", false);
    const meta = workbook.getWorksheet("_juesuan");
    if (meta) workbook.removeWorksheet(meta.id);
    const tables = await readBack(workbook, fill);
    expect(tables.fullPrecision).toBe(false);
    expectSameAsFill(tables, fill);
  });
});
