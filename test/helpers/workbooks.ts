import ExcelJS from "exceljs";
import { insertTemplates } from "../../src/core/app/templates";
import type { InputRecords } from "../../src/core/inputs/records";
import { catalogsFor } from "../../src/core/subjects";
import { DEFAULT_PROFILE, requireProfile } from "../../src/core/profiles";
import { ExcelJsPort, snapshotOf } from "../../src/xlsx/port";

/** A workbook as `juesuan init` makes it, with the given records typed into the input sheets. */
export async function workbookWith(
  records: InputRecords
): Promise<{ workbook: ExcelJS.Workbook; port: ExcelJsPort }> {
  const workbook = new ExcelJS.Workbook();
  const port = new ExcelJsPort(workbook);
  await insertTemplates(port, {
    department: records.department,
    year: records.year,
    units: records.units,
    profile: requireProfile(records.profile ?? DEFAULT_PROFILE),
    catalogs: catalogsFor(records.year),
    version: "test",
    records,
  });
  return { workbook, port };
}

/** A small two-unit department: every table has something, totals balance. */
export function smallDepartment(): InputRecords {
  const A = "甲局本级";
  const B = "乙研究所";
  return {
    department: "测试局",
    year: 2021,
    units: [
      { name: A, type: "行政单位" },
      { name: B, type: "事业单位" },
    ],
    ledger: [
      [A, "收入", "2013801", null, "一般公共预算财政拨款", null, 1_000_000, null],
      [A, "收入", "2080505", null, "一般公共预算财政拨款", null, 200_000.5, null],
      [B, "收入", "2060101", null, "一般公共预算财政拨款", null, 300_000, null],
      [B, "收入", "2060101", null, "其他收入", null, 50_000.25, null],
      [A, "年初结转和结余", "2013801", null, "一般公共预算财政拨款", null, 44_240.4, null],
      [A, "支出", "2013801", "30101", "一般公共预算财政拨款", "基本支出", 600_000, null],
      [A, "支出", "2013801", "30201", "一般公共预算财政拨款", "基本支出", 100_000.33, null],
      [A, "支出", "2013801", "30201", "一般公共预算财政拨款", "项目支出", 344_240.07, null],
      [A, "支出", "2080505", "30302", "一般公共预算财政拨款", "基本支出", 200_000.5, null],
      [B, "支出", "2060101", "30101", "一般公共预算财政拨款", "基本支出", 250_000, null],
      [B, "支出", "2060101", "31002", "一般公共预算财政拨款", "基本支出", 1_800, null],
      [B, "支出", "2060101", "30201", "其他收入", "项目支出", 50_000.25, null],
      [B, "年末结转和结余", "2060101", null, "一般公共预算财政拨款", null, 48_200, null],
    ],
    budgetPrior: [
      ["本年收入合计", null, null, 2_000_000],
      ["因公出国（境）费", null, 0, 0],
      ["公务接待费", null, 100_000, 80_000],
    ],
    supplementary: {
      公务接待费: 87_800,
      在职人员: 60,
      国内公务接待批次: 12,
      流动资产: 123_456.78,
      一般公务用车: 2,
    },
    reasons: [["本年收入合计较上年增减", null, "机构改革，部分职能划出"]],
  };
}

/**
 * Both workbooks have the same sheets in the same order, each with the same values, formulas and
 * merged areas, and the same `more` of it when given (layout, state…).
 */
export function expectSameSheets(
  a: ExcelJS.Workbook,
  b: ExcelJS.Workbook,
  more?: (ws: ExcelJS.Worksheet) => object
): void {
  expect(b.worksheets.map((ws) => ws.name)).toEqual(a.worksheets.map((ws) => ws.name));
  for (const ws of a.worksheets) {
    const other = b.getWorksheet(ws.name)!;
    expect({ sheet: ws.name, ...snapshotOf(other) }).toEqual({ sheet: ws.name, ...snapshotOf(ws) });
    if (more) expect({ sheet: ws.name, ...more(other) }).toEqual({ sheet: ws.name, ...more(ws) });
  }
}
