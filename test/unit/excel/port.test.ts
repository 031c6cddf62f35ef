import ExcelJS from "exceljs";
import { fillTables } from "../../../src/core/app/fill";
import { insertTemplates, TemplateOptions } from "../../../src/core/app/templates";
import { INPUT_SHEETS } from "../../../src/core/inputs/sheets";
import { catalogsFor } from "../../../src/core/subjects";
import { jiangxi2021 } from "../../../src/core/profiles/jiangxi-2021";
import type {
  CellRange,
  CellStyle,
  SheetPlan,
  SheetSnapshot,
  WorkbookPort,
  WriteOptions,
} from "../../../src/core/workbook";
import { META_SHEET } from "../../../src/core/workbook/meta";
import { CHUNK_BYTES } from "../../../src/excel/batch";
import { columnWidthPoints, COLUMN_FORMAT_ROWS } from "../../../src/excel/format";
import { OfficeWorkbookPort } from "../../../src/excel/port";
import { mergeStyles } from "../../../src/xlsx/styles";
import { smallDepartment, workbookWith } from "../../helpers/workbooks";
import { FakeExcel, FakeSheet, MAX_COL, MAX_ROW, OfficeError } from "../../helpers/fakeExcel";

const catalogs = catalogsFor(2021);
const TABLES = jiangxi2021.tables.map((t) => t.code);
const INPUTS = Object.values(INPUT_SHEETS);

function templateOptions(): TemplateOptions {
  return {
    department: "测试单位",
    year: 2021,
    units: [{ name: "测试单位本级", type: "行政单位" }],
    profile: jiangxi2021,
    catalogs,
    version: "test",
  };
}

function portOn(excel: FakeExcel, chunkBytes?: number): OfficeWorkbookPort {
  return new OfficeWorkbookPort(excel.run, { isSetSupported: excel.isSetSupported, chunkBytes });
}

/** Wraps a port so the plans core hands to `write` can be compared with what reached the workbook. */
function capturing(port: WorkbookPort): { port: WorkbookPort; plans: SheetPlan[] } {
  const plans: SheetPlan[] = [];
  return {
    plans,
    port: {
      read: (names) => port.read(names),
      write: (p: readonly SheetPlan[], o?: WriteOptions) => {
        plans.push(...p);
        return port.write(p, o);
      },
    },
  };
}

const cellsOf = (r: CellRange) => {
  const out: [number, number][] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push([row, col]);
  return out;
};

/** A plan's effective style of a cell, in the fake's property paths. */
function expectedFormat(style: CellStyle, indent: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const f = style.font ?? {};
  if (f.name !== undefined) out["font.name"] = f.name;
  if (f.size !== undefined) out["font.size"] = f.size;
  if (f.bold !== undefined) out["font.bold"] = f.bold;
  if (f.italic !== undefined) out["font.italic"] = f.italic;
  if (f.color !== undefined) out["font.color"] = `#${f.color.toUpperCase()}`;
  if (style.horizontal)
    out.horizontalAlignment = { left: "Left", center: "Center", right: "Right" }[style.horizontal];
  if (style.vertical)
    out.verticalAlignment = { top: "Top", middle: "Center", bottom: "Bottom" }[style.vertical];
  if (style.wrap) out.wrapText = true;
  if (style.indent && indent) out.indentLevel = style.indent;
  if (style.fill) out["fill.color"] = `#${style.fill.toUpperCase()}`;
  if (style.numberFormat) out.numberFormat = style.numberFormat;
  if (style.unlocked) out["protection.locked"] = false;
  return out;
}

/** Checks one sheet in the fake against the plan it was written from. */
function expectSheetMatchesPlan(sheet: FakeSheet, plan: SheetPlan, indent = true): void {
  // Cells: formulas as "=" + invariant formula text, constants typed exactly, nothing else.
  let written = 0;
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const got = sheet.cell(r, c);
      if (cell?.formula !== undefined) {
        expect({ at: [r, c], formula: got?.formula }).toEqual({
          at: [r, c],
          formula: `=${cell.formula}`,
        });
        written++;
      } else if (cell?.value !== undefined && cell.value !== null && cell.value !== "") {
        expect({ at: [r, c], value: got?.value }).toEqual({ at: [r, c], value: cell.value });
        expect(got?.formula).toBeUndefined();
        written++;
      } else {
        expect(got).toBeUndefined();
      }
    })
  );
  expect(sheet.cells.size).toBe(written);

  // Merges, column widths (points), row heights, freeze, tab colour, visibility.
  const key = (m: CellRange) => `${m.top},${m.left},${m.bottom},${m.right}`;
  expect(sheet.merges.map(key).sort()).toEqual(plan.merges.map(key).sort());
  plan.columnWidths.forEach((w, c) => expect(sheet.columnWidths.get(c)).toBe(columnWidthPoints(w)));
  for (const [row, h] of Object.entries(plan.rowHeights ?? {}))
    expect(sheet.rowHeights.get(Number(row))).toBe(h);
  expect(sheet.freeze).toEqual(plan.freeze ?? null);
  expect(sheet.tabColor).toBe(plan.tabColor ? `#${plan.tabColor}` : "");
  expect(sheet.visibility).toBe(
    { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" }[plan.visibility ?? "visible"]
  );

  // Styles: every styled cell (and every cell of a column default within the plan's rows) has the
  // layered style the ExcelJS adapter would give it.
  const layers = new Map<string, CellStyle[]>();
  for (const { range, style } of plan.styles)
    for (const [r, c] of cellsOf(range)) {
      const k = `${r},${c}`;
      layers.set(k, [...(layers.get(k) ?? []), style]);
    }
  plan.columnStyles?.forEach((style, c) => {
    if (!style) return;
    for (let r = 0; r < Math.max(plan.cells.length, 3); r++)
      if (!layers.has(`${r},${c}`)) layers.set(`${r},${c}`, []);
    // Below the plan's rows, up to the band the number format covers, and not beyond.
    const below = sheet.formatAt(COLUMN_FORMAT_ROWS - 1, c);
    expect(below).toEqual(expectedFormat(style, indent));
    if (style.numberFormat)
      expect(sheet.formatAt(COLUMN_FORMAT_ROWS + 5, c).numberFormat).toBe(undefined);
  });
  for (const [k, styles] of layers) {
    const [r, c] = k.split(",").map(Number);
    const style = mergeStyles([plan.columnStyles?.[c] ?? null, ...styles]);
    expect({ at: [r, c], format: sheet.formatAt(r, c) }).toEqual({
      at: [r, c],
      format: expectedFormat(style, indent),
    });
    const thin = style.border === "thin";
    expect({ at: [r, c], borders: sheet.bordersAt(r, c) }).toEqual({
      at: [r, c],
      borders: { top: thin, bottom: thin, left: thin, right: thin },
    });
  }

  // Drop-down lists.
  expect(
    sheet.validations.map((v) => [
      key(v.rect),
      (v.props.rule as { list: { source: string } }).list.source,
    ])
  ).toEqual((plan.validations ?? []).map((v) => [key(v.range), v.values.join(",")]));
  for (const v of sheet.validations) {
    expect(v.props.rule).toMatchObject({ list: { inCellDropDown: true } });
    expect(v.props.errorAlert).toMatchObject({ showAlert: true, style: "Warning" });
  }
}

describe("OfficeWorkbookPort: inserting the templates", () => {
  let excel: FakeExcel;
  let office: OfficeWorkbookPort;
  let plans: SheetPlan[];

  beforeAll(async () => {
    excel = new FakeExcel();
    office = portOn(excel);
    const capture = capturing(office);
    await insertTemplates(capture.port, templateOptions());
    plans = capture.plans;
  });

  it("takes exactly two round trips: one read, one write", () => {
    expect(office.syncCount).toBe(2);
    expect(excel.syncCount).toBe(2);
    expect(excel.unsynced).toBe(0);
  });

  it("keeps each request well under Excel on the web's 5 MB limit", () => {
    for (const request of excel.requests) expect(request.bytes).toBeLessThan(CHUNK_BYTES);
  });

  it("suspends calculation and screen updating for the write", () => {
    expect(excel.requests[1].actions.slice(0, 2)).toEqual([
      "application.suspendApiCalculationUntilNextSync",
      "application.suspendScreenUpdatingUntilNextSync",
    ]);
  });

  it("adds the input sheets, the ten tables and the hidden marker after the existing sheet", () => {
    expect(excel.names()).toEqual(["Sheet1", ...INPUTS, ...TABLES, META_SHEET]);
    expect(excel.sheet(META_SHEET).visibility).toBe("VeryHidden");
    expect(excel.active).toBe(INPUT_SHEETS.basics);
  });

  it("writes every sheet exactly as planned: cells, merges, styles, sizes, lists", () => {
    expect(plans.map((p) => p.name)).toEqual([...INPUTS, ...TABLES, META_SHEET]);
    for (const plan of plans) expectSheetMatchesPlan(excel.sheet(plan.name), plan);
  });

  it("creates every sheet before writing formulas, so references between them resolve", () => {
    expect(excel.unresolvedReferences).toEqual([]);
  });

  it("writes formulas in invariant English syntax", () => {
    const formulas = [...excel.sheet("公开05表").cells.values()]
      .map((c) => c.formula)
      .filter(Boolean);
    expect(formulas).toContain("=SUM(D6:E6)");
    expect(formulas.every((f) => /^=[A-Z]+\(/.test(f as string))).toBe(true);
    expect(formulas.join(" ")).not.toMatch(/;/); // no locale list separators
  });

  it("keeps codes and other digit strings as text", () => {
    const cell = excel.sheet("公开05表").cell(1, 4);
    expect(cell).toEqual({ value: "公开05表", quotePrefix: true });
  });

  it("sets up A4 printing of every table", () => {
    for (const plan of plans.filter((p) => TABLES.includes(p.name))) {
      const page = excel.sheet(plan.name).page;
      const p = plan.print as NonNullable<SheetPlan["print"]>;
      expect(page).toMatchObject({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: p.fitToHeight ? 1 : 0 },
        centerHorizontally: true,
        printArea: `A1:${String.fromCharCode(65 + (p.area as CellRange).right)}${(p.area as CellRange).bottom + 1}`,
        printTitleRows: `$1:$${(p.titleRows as { last: number }).last + 1}`,
      });
      if (p.footer) expect(page["headersFooters.defaultForAllPages.centerFooter"]).toBe(p.footer);
    }
    expect(plans.filter((p) => p.print).map((p) => p.name)).toEqual([...INPUTS, ...TABLES]);
  });

  it("reads back what it wrote in one round trip, with the marker sheet found", async () => {
    const before = office.syncCount;
    const read = await office.read([META_SHEET, "公开01表", "没有这张表"]);
    expect(office.syncCount).toBe(before + 1);
    expect(read.sheetNames).toEqual(excel.names());
    expect(read.sheets.map((s) => s.name)).toEqual([META_SHEET, "公开01表"]);
    expect(read.sheets[0].values[1]).toEqual(["tool", "juesuan"]);
    const merges = plans.find((p) => p.name === "公开01表")?.merges ?? [];
    expect(read.sheets[1].merges).toHaveLength(merges.length);
  });
});

/** Copies an ExcelJS workbook's contents (cached results as values) into a fake Excel workbook. */
function fakeFrom(workbook: ExcelJS.Workbook): FakeExcel {
  const excel = new FakeExcel([]);
  for (const ws of workbook.worksheets) {
    const sheet = new FakeSheet(ws.name);
    excel.sheets.push(sheet);
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const v = cell.value;
        if (v === null || v === undefined) return;
        if (typeof v === "object" && "formula" in v) {
          const result = (v as ExcelJS.CellFormulaValue).result;
          sheet.setCell(r - 1, c - 1, {
            value: (result ?? null) as string | number | boolean | null,
            formula: `=${v.formula}`,
          });
        } else sheet.setCell(r - 1, c - 1, { value: v as string | number | boolean });
      })
    );
    const merges = (ws as unknown as { _merges: Record<string, { model: CellRange }> })._merges;
    for (const { model } of Object.values(merges))
      sheet.merges.push({
        top: model.top - 1,
        left: model.left - 1,
        bottom: model.bottom - 1,
        right: model.right - 1,
      });
  }
  return excel;
}

const sortedMerges = (s: SheetSnapshot) => ({
  ...s,
  merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left),
});

describe("OfficeWorkbookPort: reading", () => {
  it("returns snapshots equal to the ExcelJS adapter's for the same workbook", async () => {
    const { workbook, port } = await workbookWith(smallDepartment());
    // A sheet whose content starts away from A1, with gaps, a merge, a boolean and a formula.
    const extra = workbook.addWorksheet("Extra");
    extra.getCell("C3").value = "起点";
    extra.getCell("E3").value = 12.5;
    extra.getCell("D6").value = true;
    extra.getCell("F6").value = { formula: "SUM(E3,1)", result: 13.5 };
    extra.mergeCells("C8:E9");
    extra.getCell("C8").value = "合并";
    const names = [META_SHEET, ...INPUTS, ...TABLES, "Extra", "不存在"];
    const expected = await port.read(names);

    const excel = fakeFrom(workbook);
    const office = portOn(excel);
    const got = await office.read(names);
    expect(office.syncCount).toBe(1);
    expect(got.sheetNames).toEqual(expected.sheetNames);
    expect(got.sheets.map(sortedMerges)).toEqual(expected.sheets.map(sortedMerges));
  });

  /** 3,000 rows of text from row 3, a formula at the end of each row, a merge in row 1. */
  function bigSheet(excel: FakeExcel, name: string, from = 2, rows = 3000): void {
    const sheet = excel.sheet(name);
    for (let r = from; r < from + rows; r++)
      for (let c = 1; c < 9; c++)
        sheet.setCell(
          r,
          c,
          c === 8 ? { value: r, formula: `=SUM(B${r + 1}:H${r + 1})` } : { value: `第${r}行${c}列` }
        );
    sheet.merges.push({ top: 0, left: 0, bottom: 0, right: 5 });
  }

  it("reads sheets too big for one response in row bands, with the same result", async () => {
    const excel = new FakeExcel(["Big"]);
    bigSheet(excel, "Big");
    const whole = await portOn(excel).read(["Big"]);

    excel.responseLimit = 200_000;
    const office = new OfficeWorkbookPort(excel.run, {
      isSetSupported: excel.isSetSupported,
      readBytes: 150_000,
    });
    const banded = await office.read(["Big"]);
    // The first sync refused (its 16,384 rows cover the whole sheet) until a quarter of a quarter
    // of a quarter, then bands, then the merged areas left out of the first sync.
    expect(office.syncCount).toBeGreaterThan(4);
    expect(banded).toEqual(whole);
    expect(banded.sheets[0].values).toHaveLength(3002);
    expect(banded.sheets[0].values[2]).toEqual([
      null,
      "第2行1列",
      "第2行2列",
      "第2行3列",
      "第2行4列",
      "第2行5列",
      "第2行6列",
      "第2行7列",
      2,
    ]);
    expect(banded.sheets[0].formulas[2][8]).toBe("SUM(B3:H3)");
  });

  it("reads what the first sync left in as few syncs as the response budget allows", async () => {
    const excel = new FakeExcel(["Big", "Low", "Small"]);
    bigSheet(excel, "Big");
    bigSheet(excel, "Low", 1500, 10); // below the first sync's rows: read whole in a band
    excel.sheet("Small").setCell(0, 0, { value: "小" });
    const names = ["Big", "Low", "Small"];
    const whole = await portOn(excel).read(names);
    expect(excel.syncCount).toBe(1);

    const read = async (readBytes: number) => {
      const office = new OfficeWorkbookPort(excel.run, {
        isSetSupported: excel.isSetSupported,
        headRows: 1000,
        readBytes,
      });
      const first = excel.requests.length;
      const result = await office.read(names);
      return { result, syncs: office.syncCount, requests: excel.requests.slice(first) };
    };
    // Everything the first sync left, in one more sync: what that costs.
    const one = await read(1e9);
    expect(one.syncs).toBe(2);
    expect(one.result).toEqual(whole);
    // With ExcelApi 1.9 a band brings formulas of formula cells only.
    expect(one.requests[1].actions).toContain("ws(Big).r(1000,1,3001,8).formulaCells.areas.load");
    const rest = one.requests[1].responseBytes;

    // A budget of a third of that: three bands, one sync each, none over the budget by much.
    const three = await read(Math.ceil(rest / 3) + 1000);
    expect(three.result).toEqual(whole);
    expect(three.syncs).toBe(4);
    for (const r of three.requests.slice(1)) expect(r.responseBytes).toBeLessThan((rest / 3) * 1.2);

    // Without ExcelApi 1.9 bands bring every cell's formula (or value), the same result.
    excel.supported.delete("1.9");
    const plain = await read(1e9);
    expect(plain.result).toEqual(whole);
    expect(plain.requests[1].actions.join()).not.toContain("formulaCells");
    expect(plain.requests[1].responseBytes).toBeGreaterThan(rest * 1.3);
  });

  it("leaves merges empty when Excel will not list them (over 512 areas)", async () => {
    const excel = new FakeExcel(["Many"]);
    const sheet = excel.sheet("Many");
    for (let r = 0; r < 600; r++) {
      sheet.setCell(r, 0, { value: r });
      sheet.merges.push({ top: r, left: 1, bottom: r, right: 2 });
    }
    const office = portOn(excel);
    const read = await office.read(["Many"]);
    expect(read.sheets[0].values).toHaveLength(600);
    expect(read.sheets[0].merges).toEqual([]);
  });

  it("leaves merges empty without ExcelApi 1.13, still in one round trip", async () => {
    const excel = new FakeExcel(["M"]);
    excel.sheet("M").setCell(0, 0, { value: "x" });
    excel.sheet("M").merges.push({ top: 0, left: 0, bottom: 0, right: 3 });
    excel.supported.delete("1.13");
    const office = portOn(excel);
    const read = await office.read(["M"]);
    expect(office.syncCount).toBe(1);
    expect(read.sheets[0]).toEqual({ name: "M", values: [["x"]], formulas: [[null]], merges: [] });
  });

  it("returns an empty sheet as empty, and unknown sheets not at all", async () => {
    const excel = new FakeExcel(["Sheet1", "空表"]);
    const read = await portOn(excel).read(["空表", "无"]);
    expect(read).toEqual({
      sheetNames: ["Sheet1", "空表"],
      sheets: [{ name: "空表", values: [], formulas: [], merges: [] }],
    });
  });
});

function bigPlan(name: string, rows: number, columns: number): SheetPlan {
  return {
    name,
    cells: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) =>
        c === 0
          ? { value: `第${r + 1}行` }
          : { formula: `SUM($B${r + 1}:B${r + 1})*${c}+ROW()`, result: 0 }
      )
    ),
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    styles: [
      {
        range: { top: 0, left: 0, bottom: rows - 1, right: columns - 1 },
        style: { border: "thin", numberFormat: "#,##0.00" },
      },
    ],
    columnWidths: [12, 10],
    freeze: { rows: 1, columns: 1 },
  };
}

describe("OfficeWorkbookPort: large writes", () => {
  it("splits a 200,000-cell sheet into row bands, each request under the budget", async () => {
    const excel = new FakeExcel();
    const office = portOn(excel);
    await office.read([]);
    const plan = bigPlan("大表", 10_000, 20);
    await office.write([plan], { activate: "大表" });

    const writes = excel.requests.slice(1);
    expect(writes.length).toBeGreaterThan(1);
    expect(office.syncCount).toBe(1 + writes.length);
    for (const request of writes) {
      expect(request.bytes).toBeLessThan(CHUNK_BYTES);
      // Every request suspends calculation until its own sync.
      expect(request.actions[0]).toBe("application.suspendApiCalculationUntilNextSync");
    }
    // Formatting and activation come last, after all the cells.
    const last = writes[writes.length - 1].actions;
    expect(last.some((a) => a.endsWith(".merge"))).toBe(true);
    expect(last[last.length - 1]).toMatch(/activate$/);
    expect(excel.unsynced).toBe(0);

    const sheet = excel.sheet("大表");
    expect(sheet.cells.size).toBe(200_000);
    expect(sheet.cell(9999, 19)?.formula).toBe("=SUM($B10000:B10000)*19+ROW()");
    expect(sheet.cell(9999, 0)).toEqual({ value: "第10000行", quotePrefix: true });
    expect(sheet.merges).toEqual(plan.merges);
    expect([...sheet.columnWidths]).toEqual([
      [0, columnWidthPoints(12)],
      [1, columnWidthPoints(10)],
    ]);
    expect(sheet.freeze).toEqual({ rows: 1, columns: 1 });
    expect(sheet.bordersAt(9999, 19)).toEqual({ top: true, bottom: true, left: true, right: true });
    expect(sheet.formatAt(5000, 7).numberFormat).toBe("#,##0.00");
  });

  it("keeps the templates in one request even with a quarter of the default budget", async () => {
    const excel = new FakeExcel();
    const office = portOn(excel, CHUNK_BYTES / 4);
    await insertTemplates(office, templateOptions());
    expect(office.syncCount).toBe(2);
  });

  it("uses as many requests as the budget needs for the templates", async () => {
    const excel = new FakeExcel();
    const office = portOn(excel, 40_000);
    await insertTemplates(office, templateOptions());
    expect(office.syncCount).toBeGreaterThan(3);
    for (const request of excel.requests.slice(1)) expect(request.bytes).toBeLessThan(60_000);
    expect(excel.names()).toEqual(["Sheet1", ...INPUTS, ...TABLES, META_SHEET]);
    const table = excel.sheet("公开02表");
    expect(table.merges.length).toBeGreaterThan(0);
    expect(table.page.paperSize).toBe("A4");
    expect(excel.unsynced).toBe(0);
  });
});

describe("OfficeWorkbookPort: formulas across sheets and oversized requests", () => {
  const plan = (name: string, formula: string): SheetPlan => ({
    name,
    cells: [[{ value: 1 }, { formula, result: 2 }]],
    merges: [],
    styles: [],
    columnWidths: [],
  });

  it("resolves a formula that refers to a sheet planned after it", async () => {
    const excel = new FakeExcel();
    const office = portOn(excel);
    await office.read([]);
    await office.write([plan("甲", "'乙 表'!A1+1"), plan("乙 表", "甲!A1*2")]);
    expect(excel.unresolvedReferences).toEqual([]);
    expect(excel.sheet("甲").cell(0, 1)?.formula).toBe("='乙 表'!A1+1");
  });

  it("redoes a write in smaller requests when Excel refuses one as too big", async () => {
    const excel = new FakeExcel();
    excel.requestLimit = 120_000;
    const office = portOn(excel);
    const capture = capturing(office);
    await insertTemplates(capture.port, templateOptions());
    const refused = excel.requests.filter((r) => r.bytes > excel.requestLimit);
    expect(refused.length).toBeGreaterThan(0);
    expect(excel.names()).toEqual(["Sheet1", ...INPUTS, ...TABLES, META_SHEET]);
    for (const p of capture.plans) expectSheetMatchesPlan(excel.sheet(p.name), p);
    expect(excel.unsynced).toBe(0);
  });

  it("gives up on a request Excel refuses however small", async () => {
    const excel = new FakeExcel();
    excel.requestLimit = 100;
    const office = portOn(excel);
    await expect(office.write([plan("甲", "1+1")])).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
  });
});

describe("OfficeWorkbookPort: core operations end to end", () => {
  it("inserts the templates again over its own: recognised as unedited, replaced in place", async () => {
    const excel = new FakeExcel();
    const office = portOn(excel);
    await insertTemplates(office, templateOptions());
    const sheets = TABLES.map((name) => excel.sheet(name));
    const result = await insertTemplates(office, templateOptions());
    expect(office.syncCount).toBe(4);
    expect(result.inputsWritten).toEqual([]);
    expect(TABLES.map((name) => excel.sheet(name))).toEqual(sheets);
    expect(excel.names()).toEqual(["Sheet1", ...INPUTS, ...TABLES, META_SHEET]);
  });

  it("fills the tables: one read, one write, every reference between sheets resolved", async () => {
    const excel = new FakeExcel();
    const office = portOn(excel);
    const records = smallDepartment();
    await insertTemplates(office, {
      ...templateOptions(),
      department: records.department,
      units: records.units,
      records,
    });
    const before = office.syncCount;
    await fillTables(office, { mode: "formulas", version: "test" });
    expect(office.syncCount - before).toBe(2);
    expect(excel.unresolvedReferences).toEqual([]);
    const formulas = [...excel.sheet("公开01表").cells.values()].map((c) => c.formula ?? "");
    expect(formulas.some((f) => f.startsWith("=SUMIFS('收支明细'!"))).toBe(true);
  });
});

function seededTable(excel: FakeExcel, name: string): FakeSheet {
  const sheet = new FakeSheet(name);
  sheet.setCell(98, 25, { value: "旧内容" });
  sheet.setCell(0, 0, { value: "旧标题" });
  sheet.merges.push({ top: 0, left: 0, bottom: 0, right: 8 });
  sheet.columnWidths.set(3, 99);
  sheet.rowHeights.set(7, 55);
  sheet.freeze = { rows: 2, columns: 2 };
  sheet.tabColor = "#FF0000";
  sheet.validations.push({ rect: { top: 5, left: 5, bottom: 9, right: 5 }, props: { rule: {} } });
  sheet.formats.push({
    rect: { top: 20, left: 0, bottom: 20, right: 3 },
    path: "fill.color",
    value: "#FFFF00",
  });
  excel.sheets.splice(1, 0, sheet);
  return sheet;
}

describe("OfficeWorkbookPort: replacing sheets", () => {
  it("rewrites an existing sheet in place: same sheet, same position, nothing left over", async () => {
    const excel = new FakeExcel(["Sheet1", "Other"]);
    const old = seededTable(excel, "公开01表");
    excel.sheet("Other").setCell(0, 0, { value: null, formula: "='公开01表'!A1" });
    const office = portOn(excel);
    const capture = capturing(office);
    await insertTemplates(capture.port, { ...templateOptions(), overwrite: true });

    expect(office.syncCount).toBe(2);
    expect(excel.names().slice(0, 3)).toEqual(["Sheet1", "公开01表", "Other"]);
    const sheet = excel.sheet("公开01表");
    expect(sheet).toBe(old); // the same sheet object: references into it survive
    expect(sheet.cell(98, 25)).toBeUndefined();
    expect(sheet.columnWidths.get(3)).not.toBe(99);
    expect(sheet.rowHeights.has(7) && sheet.rowHeights.get(7) === 55).toBe(false);
    expect(sheet.formatAt(20, 0)["fill.color"]).toBeUndefined();
    expect(sheet.conditionalFormatsCleared).toBe(1);
    const plan = capture.plans.find((p) => p.name === "公开01表") as SheetPlan;
    expectSheetMatchesPlan(sheet, plan);
    expect(excel.sheet("Other").cell(0, 0)?.formula).toBe("='公开01表'!A1");
  });

  it("matches names case-insensitively, as Excel does, and takes the planned spelling", async () => {
    const excel = new FakeExcel(["sheet1", "DATA", "z"]);
    const office = portOn(excel);
    await office.read(["Data"]);
    await office.write([
      { name: "Data", cells: [[{ value: "x" }]], merges: [], styles: [], columnWidths: [] },
    ]);
    expect(excel.names()).toEqual(["sheet1", "Data", "z"]);
    expect(office.syncCount).toBe(2);
  });

  it("redoes the write if a remembered sheet was deleted in the meantime", async () => {
    const excel = new FakeExcel(["Sheet1", "A", "B"]);
    const office = portOn(excel);
    await office.read([]);
    excel.sheets.splice(1, 1); // the user deletes A
    await office.write([
      { name: "A", cells: [[{ value: "new" }]], merges: [], styles: [], columnWidths: [] },
      { name: "B", cells: [[{ value: "b" }]], merges: [], styles: [], columnWidths: [] },
    ]);
    // read, the refused write, reloading the names, the write
    expect(office.syncCount).toBe(4);
    expect(excel.names()).toEqual(["Sheet1", "B", "A"]);
    expect(excel.sheet("A").cell(0, 0)).toEqual({ value: "new" });
    expect(excel.sheet("B").cell(0, 0)).toEqual({ value: "b" });
  });

  it("redoes the write if a sheet of a planned name appeared in the meantime", async () => {
    const excel = new FakeExcel(["Sheet1"]);
    const office = portOn(excel);
    await office.read([]);
    const made = new FakeSheet("A");
    made.setCell(5, 5, { value: "typed" });
    excel.sheets.push(made);
    await office.write([
      { name: "A", cells: [[{ value: 1 }]], merges: [], styles: [], columnWidths: [] },
    ]);
    expect(office.syncCount).toBe(4);
    expect(excel.sheet("A")).toBe(made);
    expect(made.cell(5, 5)).toBeUndefined();
    expect(made.cell(0, 0)).toEqual({ value: 1 });
  });

  it("loads the sheet names first when nothing is remembered: two round trips", async () => {
    const excel = new FakeExcel(["Sheet1", "A"]);
    const office = portOn(excel);
    await office.write([
      { name: "A", cells: [[{ value: 2 }]], merges: [], styles: [], columnWidths: [] },
    ]);
    expect(office.syncCount).toBe(2);
    await office.write([
      { name: "A", cells: [[{ value: 3 }]], merges: [], styles: [], columnWidths: [] },
    ]);
    expect(office.syncCount).toBe(3); // the names it wrote are remembered
    expect(excel.sheet("A").cell(0, 0)).toEqual({ value: 3 });
  });

  it("removes sheets, re-creates a removed-and-planned one at the end, and activates", async () => {
    const excel = new FakeExcel(["Sheet1", "X", "Y", "Z"]);
    const office = portOn(excel);
    await office.read([]);
    const y = excel.sheet("Y");
    await office.write(
      [{ name: "Y", cells: [[{ value: "y" }]], merges: [], styles: [], columnWidths: [] }],
      {
        remove: ["X", "Y", "不存在"],
        activate: "Y",
      }
    );
    expect(office.syncCount).toBe(2);
    expect(excel.names()).toEqual(["Sheet1", "Z", "Y"]);
    expect(excel.sheet("Y")).not.toBe(y);
    expect(excel.active).toBe("Y");
  });

  it("writes the later of two plans for one sheet", async () => {
    const excel = new FakeExcel(["Sheet1"]);
    const office = portOn(excel);
    await office.read([]);
    await office.write([
      { name: "A", cells: [[{ value: "first" }]], merges: [], styles: [], columnWidths: [] },
      { name: "B", cells: [], merges: [], styles: [], columnWidths: [] },
      { name: "A", cells: [[{ value: "second" }]], merges: [], styles: [], columnWidths: [] },
    ]);
    expect(excel.names()).toEqual(["Sheet1", "A", "B"]);
    expect(excel.sheet("A").cell(0, 0)).toEqual({ value: "second" });
  });

  it("removes and activates in one round trip without loading names it does not need", async () => {
    const excel = new FakeExcel(["Sheet1", "X", "Y"]);
    const office = portOn(excel);
    await office.write([], { remove: ["X"], activate: "Y" });
    expect(office.syncCount).toBe(1);
    expect(excel.names()).toEqual(["Sheet1", "Y"]);
    expect(excel.active).toBe("Y");
    // Nothing was learnt about the other sheets, so the next write loads the names first.
    await office.write([
      { name: "Y", cells: [[{ value: 1 }]], merges: [], styles: [], columnWidths: [] },
    ]);
    expect(office.syncCount).toBe(3);
    expect(excel.names()).toEqual(["Sheet1", "Y"]);
  });

  it("does nothing, and makes no round trip, for an empty write", async () => {
    const excel = new FakeExcel();
    const office = portOn(excel);
    await office.write([]);
    expect(office.syncCount).toBe(0);
  });
});

describe("OfficeWorkbookPort: older Excel", () => {
  it("skips print setup, indents and screen-update suspension without ExcelApi 1.9", async () => {
    const excel = new FakeExcel();
    for (const v of ["1.9", "1.10", "1.11", "1.12", "1.13"]) excel.supported.delete(v);
    const office = portOn(excel);
    const capture = capturing(office);
    await expect(insertTemplates(capture.port, templateOptions())).resolves.toBeDefined();
    expect(office.syncCount).toBe(2);
    for (const plan of capture.plans) {
      expect(excel.sheet(plan.name).page).toEqual({});
      expectSheetMatchesPlan(excel.sheet(plan.name), plan, false);
    }
    const actions = excel.requests.flatMap((r) => r.actions);
    expect(actions).not.toContain("application.suspendScreenUpdatingUntilNextSync");
    expect(actions.some((a) => a.includes("pageLayout") || a.includes("indentLevel"))).toBe(false);
  });

  it("treats a host without a requirement-set API as supporting none of the optional sets", async () => {
    const excel = new FakeExcel();
    const office = new OfficeWorkbookPort(excel.run, {
      isSetSupported: () => {
        throw new Error("Office.context is not available");
      },
    });
    await office.write([
      {
        name: "A",
        cells: [[{ value: 1 }]],
        merges: [],
        styles: [],
        columnWidths: [],
        print: { orientation: "portrait", paper: "A4", fitToWidth: true, fitToHeight: false },
      },
    ]);
    expect(excel.sheet("A").page).toEqual({});
    expect(excel.sheet("A").cell(0, 0)).toEqual({ value: 1 });
  });
});

describe("the fake Excel behaves like Office.js where the port relies on it", () => {
  it("refuses property reads before load and sync", async () => {
    const excel = new FakeExcel(["S"]);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      expect(() => ws.name).toThrow(/PropertyNotLoaded/);
      ws.load("name");
      // Deliberately read between load and sync: the fake must refuse, as Office.js does.
      // eslint-disable-next-line office-addins/call-sync-after-load
      expect(() => ws.name).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(ws.name).toBe("S");
    });
  });

  it("ignores calls on null objects and fails getItem on a missing sheet at sync", async () => {
    const excel = new FakeExcel(["S", "T"]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("无").delete();
      await context.sync();
      context.workbook.worksheets.getItem("无").delete();
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(excel.names()).toEqual(["S", "T"]);
  });

  it("refuses cell-level properties on whole columns", async () => {
    const excel = new FakeExcel(["S"]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A:A").numberFormat = [["0"]];
      await expect(context.sync()).rejects.toBeInstanceOf(OfficeError);
    });
    expect(MAX_ROW).toBeGreaterThan(COLUMN_FORMAT_ROWS);
    expect(MAX_COL).toBe(16383);
  });
});

describe("OfficeWorkbookPort: calculation mode and requirement sets", () => {
  it("recalculates before reading in manual calculation mode, in the read's own round trip", async () => {
    const excel = new FakeExcel(["T"]);
    excel.sheet("T").setCell(0, 0, { value: 3, formula: "=1+2" });
    excel.calculationMode = "Manual";
    excel.edited(); // the clerk typed somewhere: formula values are stale
    const office = portOn(excel);
    await office.read(["T"]);
    expect(office.syncCount).toBe(1);
    expect(excel.calculations).toBe(1);
    expect(excel.staleReads).toBe(0);
    expect(office.recalculatedManual).toBe(true);

    // Without the recalculation the read would have seen stale values (the fake counts them).
    excel.edited();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("T").getRange("A1");
      range.load("values");
      await context.sync();
    });
    expect(excel.staleReads).toBe(1);
  });

  it("says nothing in automatic mode", async () => {
    const excel = new FakeExcel(["T"]);
    const office = portOn(excel);
    await office.read(["T"]);
    expect(office.recalculatedManual).toBe(false);
  });

  it("the fake refuses members above the host's requirement sets, as office.js does", async () => {
    const excel = new FakeExcel(["T"]);
    excel.supported.delete("1.13");
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("T").getRange("A1").getMergedAreasOrNullObject();
      })
    ).rejects.toThrow("ApiNotFound: Range.getMergedAreasOrNullObject needs ExcelApi 1.13");
    // RangeAreas.select (ExcelApi 1.18) is not in the bundled office.js: the fake has none either.
    await excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("T").getRanges("A1, C3");
      expect((areas as unknown as { select?: unknown }).select).toBeUndefined();
    });
  });

  it("templates and reads work on a host with only ExcelApi 1.1–1.7 (the port's guards hold)", async () => {
    const excel = new FakeExcel();
    for (const v of ["1.8", "1.9", "1.10", "1.11", "1.12", "1.13"]) excel.supported.delete(v);
    const office = portOn(excel);
    await expect(insertTemplates(office, templateOptions())).resolves.toBeDefined();
    await expect(office.read(TABLES)).resolves.toBeDefined();
  });
});
