/** The corpus of published tables under test/fixtures/real-tables/, built into .xlsx files. */
import ExcelJS from "exceljs";
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { tempDir } from "./tmp";

export const REAL_TABLES_DIR = path.resolve(__dirname, "../fixtures/real-tables");

export interface ExpectedError {
  /** Rule instance id ("T07.三公经费.预算.合计=Σ"). */
  rule: string;
  /** Cells of the built sheet (A1) the finding must name. */
  cells: string[];
}

/** One table as published: where it comes from, its cells as printed, and the hand check. */
export interface RealTable {
  id: string;
  source: string;
  province: string;
  year: number;
  department: string;
  /** The template table it is (T07 …). */
  table: string;
  note: string;
  rows: (string | number | null)[][];
  merges?: string[];
  /** A profile id to check under (as `--profile`); absent: the profile is detected. */
  profile?: string;
  expected: {
    /** Relations that do not hold: each an error naming its cells. */
    errors: ExpectedError[];
    /**
     * Relations off only by what rounding the printed figures explains (尾差): each at most a 提示
     * naming its cells, never an error. Optional (none when absent).
     */
    rounding?: ExpectedError[];
  };
}

export function realTables(): RealTable[] {
  return readdirSync(REAL_TABLES_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(REAL_TABLES_DIR, name), "utf8")) as RealTable);
}

/** The sheet name tables are built under: not the 表号, so they must be found by their title. */
export const REAL_SHEET = "Sheet1";

/** Writes the tables, one sheet each, into a new .xlsx in a temp folder; returns its path. */
export async function buildWorkbook(
  tables: readonly RealTable[],
  name = "tables.xlsx"
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  tables.forEach((table, i) => {
    const sheet = workbook.addWorksheet(i === 0 ? REAL_SHEET : `Sheet${i + 1}`);
    table.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
      })
    );
    for (const range of table.merges ?? []) sheet.mergeCells(range);
  });
  const file = path.join(tempDir("juesuan-real-"), name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The same table printed in another unit: amounts × factor, the unit line rewritten. */
export function inUnit(table: RealTable, unit: "元" | "万元", factor: number): RealTable {
  const rows = table.rows.map((row) =>
    row.map((v) => {
      if (typeof v === "number") return Number((v * factor).toPrecision(12));
      if (typeof v === "string" && /单位[:：]/.test(v)) return v.replace(/(万元|元)$/, unit);
      return v;
    })
  );
  return { ...table, id: `${table.id}-${unit}`, rows };
}
