import { createHash } from "crypto";
import { readFileSync } from "fs";
import * as path from "path";
import { sampleWorkbook } from "../../src/cli/sample";
import { readWorkbookFile } from "../../src/xlsx/file";
import { runCli } from "../helpers/cli";
import { tempDir } from "../helpers/tmp";
import { smallDepartment } from "../helpers/workbooks";

const digest = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("juesuan fill", () => {
  const dir = tempDir();
  const input = path.join(dir, "inputs.xlsx");

  beforeAll(async () => {
    await (await sampleWorkbook(smallDepartment())).xlsx.writeFile(input);
  });

  test("writes the filled tables to a new file and leaves the input file untouched", async () => {
    const before = digest(input);
    const out = path.join(dir, "filled.xlsx");
    const run = await runCli("fill", input, "-o", out);
    expect(run.code).toBe(0);
    // Only the reminder that some 主要原因 are still empty.
    expect(run.stderr.split("\n").every((l) => l.startsWith("警告：情况说明中有"))).toBe(true);
    expect(run.stdout).toContain("收入总计 159.42 万元，本年收入合计 155.00 万元");
    expect(run.stdout).toContain("无数据的表：公开08表、公开09表");
    expect(digest(input)).toBe(before);
    const workbook = await readWorkbookFile(out);
    const cell = workbook.getWorksheet("公开01表")!.getCell("C6").value as {
      formula: string;
      result: number;
    };
    expect(cell.formula).toMatch(/^SUMIFS\('收支明细'!\$G:\$G/);
    expect(cell.result).toBeCloseTo(150.00005, 9);
  });

  test("--values writes numbers; an existing output needs --force", async () => {
    const out = path.join(dir, "values.xlsx");
    expect((await runCli("fill", input, "-o", out, "--values")).code).toBe(0);
    expect((await readWorkbookFile(out)).getWorksheet("公开01表")!.getCell("C6").value).toBe(
      150.00005
    );
    const again = await runCli("fill", input, "-o", out, "--values");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("已存在");
    expect((await runCli("fill", input, "-o", out, "--values", "--force")).code).toBe(0);
  });

  test("refuses to write over its input, or without -o", async () => {
    const same = await runCli("fill", input, "-o", input);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("输出文件不能与输入文件相同");
    const missing = await runCli("fill", input);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("-o");
  });

  test("bad input: every problem listed in Chinese, exit 2, no stack trace", async () => {
    const records = smallDepartment();
    records.ledger[1][2] = "2013866";
    records.ledger[2][0] = "丙中心";
    const bad = path.join(dir, "bad.xlsx");
    await (await sampleWorkbook(records)).xlsx.writeFile(bad);
    const run = await runCli("fill", bad, "-o", path.join(dir, "bad-out.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("输入表中有 2 处问题");
    expect(run.stderr).toContain(
      "收支明细 第3行 C列（功能分类科目编码）：功能分类科目「2013866」不在2021年科目表中"
    );
    expect(run.stderr).toContain(
      "收支明细 第4行 A列（单位名称）：单位「丙中心」不在“基础信息”的单位名单中"
    );
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
