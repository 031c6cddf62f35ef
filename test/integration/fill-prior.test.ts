import ExcelJS from "exceljs";
import * as path from "path";
import { INPUT_SHEETS } from "../../src/core/inputs/sheets";
import { runCli } from "../helpers/cli";
import { tempDir } from "../helpers/tmp";

/** The 预算与上年数 row of an indicator and the 上年决算数 column (1-based, ExcelJS). */
function priorCell(workbook: ExcelJS.Workbook, indicator: string): ExcelJS.Cell {
  const sheet = workbook.getWorksheet(INPUT_SHEETS.budgetPrior)!;
  let header = 0;
  let col = 0;
  let row = 0;
  sheet.eachRow((r, n) => {
    r.eachCell((c, k) => {
      if (c.value === "上年决算数（元）") [header, col] = [n, k];
      if (header && n > header && k === 1 && c.value === indicator && !row) row = n;
    });
  });
  return sheet.getCell(row, col);
}

// Last year's workbook is played by the bundled sample's filled tables (景德镇市陶瓷产业发展局 2021,
// samples/jingdezhen-2021.json); this year's inputs are the same sample's input sheets.
describe("fill --prior: 上年决算数 from last year's tables", () => {
  const dir = tempDir();
  const inputs = path.join(dir, "inputs.xlsx");
  let taken = 0;

  beforeAll(async () => {
    expect((await runCli("demo", "--out", dir)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, "sample-inputs.xlsx"));
    priorCell(workbook, "本年收入合计").value = null; // blank: to be taken
    await workbook.xlsx.writeFile(inputs);
  }, 120_000);

  it("fills the blank figure from last year's cell, keeps the typed ones and lists the differences", async () => {
    const out = path.join(dir, "filled.xlsx");
    const run = await runCli("fill", inputs, "-o", out, "--prior", path.join(dir, "sample.xlsx"));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/上年决算数：从「.*sample\.xlsx」取得 \d+ 项/);
    taken = Number(/取得 (\d+) 项/.exec(run.stdout)![1]);
    expect(run.stdout).toMatch(/本年收入合计 1,579\.09 万元 ← 公开01表!C\d+/);
    // The sample's typed 上年 figures are its 2020 ones: kept, each listed as different.
    expect(run.stderr).toMatch(
      /提示：收入总计的上年决算数已填 .* 万元，与上年表 公开01表!C\d+ 的 1,583\.52 万元不同，未改动/
    );
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(Number(priorCell(written, "本年收入合计").value)).toBeCloseTo(15_790_900, -2);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(inputs);
    expect(priorCell(written, "收入总计").value).toEqual(priorCell(original, "收入总计").value);
  });

  it("does not take a figure the clerk typed", async () => {
    const run = await runCli(
      "fill",
      path.join(dir, "sample-inputs.xlsx"),
      "-o",
      path.join(dir, "filled-2.xlsx"),
      "--prior",
      path.join(dir, "sample.xlsx")
    );
    expect(run.code).toBe(0);
    // Only the rows the sample leaves blank (e.g. the “三公” items it had no 上年 figure for).
    expect(run.stdout).toContain(`取得 ${taken - 1} 项`);
    expect(run.stdout).not.toMatch(/本年收入合计 .* ← /);
  });

  it("check --prior warns where a typed 上年决算数 differs from last year's table, and only there", async () => {
    // check --prior wants last year's file: the sample's tables in a copy marked 2020.
    const last = path.join(dir, "last-year.xlsx");
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(path.join(dir, "sample.xlsx"));
    copy.getWorksheet(INPUT_SHEETS.basics)!.eachRow((row) => {
      if (row.getCell(1).value === "决算年度") row.getCell(2).value = 2020;
    });
    await copy.xlsx.writeFile(last);
    const run = await runCli("check", path.join(dir, "filled.xlsx"), "--prior", last, "--json");
    const findings = (JSON.parse(run.stdout) as { rule: string; message: string }[]).filter(
      (f) => f.rule === "合理性.上年决算数"
    );
    expect(findings.some((f) => f.message.includes("收入总计的上年决算数 4,054.36 万元"))).toBe(
      true
    );
    // 本年收入合计 was taken from that very table: no warning.
    expect(findings.some((f) => f.message.includes("本年收入合计"))).toBe(false);
    const without = await runCli("check", path.join(dir, "filled.xlsx"), "--json");
    expect(without.stdout).not.toContain("合理性.上年决算数");
  });
});
