import ExcelJS from "exceljs";
import * as path from "path";
import { checkWorkbook } from "../../src/core/app/check";
import type { Finding } from "../../src/core/rules/evaluate";
import { requireProfile, DEFAULT_PROFILE } from "../../src/core/profiles";
import { isVisibleGap } from "../../src/core/rules/visible";
import { META_SHEET } from "../../src/core/workbook/meta";
import { ExcelJsPort } from "../../src/xlsx/port";
import { runCli } from "../helpers/cli";
import { filledSample } from "../helpers/sample";
import { tempDir } from "../helpers/tmp";

/** What a reviewer gets: the tables as printed, amounts rounded to two decimals, no _juesuan record. */
async function roundedCopy(file: string, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const tables = new Set(requireProfile(DEFAULT_PROFILE).tables.map((t) => t.code));
  for (const sheet of workbook.worksheets) {
    if (!tables.has(sheet.name)) continue;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        const number =
          typeof value === "number"
            ? value
            : value && typeof value === "object" && "formula" in value
              ? Number(value.result)
              : undefined;
        if (number !== undefined && Number.isFinite(number))
          cell.value = Math.round((number + Number.EPSILON) * 100) / 100;
      })
    );
  }
  workbook.removeWorksheet(workbook.getWorksheet(META_SHEET)!.id);
  await workbook.xlsx.writeFile(out);
}

const gaps = (findings: Finding[]) =>
  findings
    .filter(isVisibleGap)
    .map((f) => `${f.severity} ${f.rule} ${f.cells.join(",")}`)
    .sort();

// The bundled sample (samples/jingdezhen-2021.json, 景德镇市陶瓷产业发展局 2021): its published
// 公开06表 prints 人员经费合计 775.35 with parts 613.66 + 161.68.
describe("check: gaps between the printed (two-decimal) figures", () => {
  const dir = tempDir();
  const full = path.join(dir, "sample.xlsx");
  const rounded = path.join(dir, "rounded.xlsx");

  beforeAll(async () => {
    const { workbook } = await filledSample();
    await workbook.xlsx.writeFile(full);
    await roundedCopy(full, rounded);
  }, 120_000);

  it("reports the same visible gaps, as 提示, on the full-precision workbook and on its rounded copy", async () => {
    const read = async (file: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      return checkWorkbook(new ExcelJsPort(workbook));
    };
    const a = await read(full);
    const b = await read(rounded);
    expect(a.tables.fullPrecision).toBe(true);
    expect(b.tables.fullPrecision).toBe(false);
    expect(gaps(a.findings).length).toBeGreaterThan(0);
    expect(gaps(b.findings)).toEqual(gaps(a.findings));
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
    // Each gap is reported once: not also as the rounding 尾差 of the rounded copy.
    expect(b.findings.filter((f) => f.severity === "info")).toHaveLength(gaps(b.findings).length);
    const staff = a.findings.find((f) => /人员经费合计/.test(f.message));
    expect(staff?.severity).toBe("info");
    expect(staff?.message).toContain("左边 775.35，右边 775.34");
    expect(staff?.message).toContain("尾差调整：将 公开06表!C6 的 613.66 改为 613.67");
  });

  it("says in the CLI report how many visible gaps remain", async () => {
    const run = await runCli("check", full);
    expect(run.stdout).toMatch(/打印的两位小数相加不一致（读者可见的尾差）\d+ 处/);
    expect(run.code).toBe(0);
  });
});
