import ExcelJS from "exceljs";
import { writeFileSync, mkdirSync, copyFileSync, readFileSync } from "fs";
import * as path from "path";
import { runCli } from "../helpers/cli";
import { fillSample } from "../helpers/sample";
import { tempDir } from "../helpers/tmp";

describe("juesuan check", () => {
  const dir = tempDir();
  const good = path.join(dir, "good.xlsx");
  const bad = path.join(dir, "bad.xlsx");

  beforeAll(async () => {
    const { workbook } = await fillSample();
    await workbook.xlsx.writeFile(good);
    workbook.getWorksheet("公开05表")!.getCell("D8").value = 123.45;
    await workbook.xlsx.writeFile(bad);
  });

  test("a clean workbook: report in Chinese, exit 0", async () => {
    const run = await runCli("check", good);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("校验 537 条勾稽关系：错误 0 条");
    expect(run.stdout).toContain("结论：通过");
  });

  test("errors: exit 1, each finding with its cells; --json gives the documented fields", async () => {
    const run = await runCli("check", bad);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\[错误\] 公开05表「.*」.*应等于/);
    expect(run.stdout).toContain("公开05表!D8");
    const json = await runCli("check", bad, "--json");
    expect(json.code).toBe(1);
    const findings = JSON.parse(json.stdout);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual([
        "actual",
        "cells",
        "expected",
        "message",
        "rule",
        "severity",
      ]);
      expect(["error", "warning", "info"]).toContain(f.severity);
    }
    expect(findings.some((f: { cells: string[] }) => f.cells.includes("公开05表!D8"))).toBe(true);
  });

  test("--prior: this year's 年初 against last year's 年末", async () => {
    // The sample as its own “last year” (a copy marked 2020): 年末结转和结余 0 against this year's 年初 4.42.
    const last = path.join(dir, "last-year.xlsx");
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(good);
    copy.getWorksheet("基础信息")!.eachRow((row) => {
      if (row.getCell(1).value === "决算年度") row.getCell(2).value = 2020;
    });
    await copy.xlsx.writeFile(last);
    const run = await runCli("check", good, "--prior", last, "--json");
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout) as {
      rule: string;
      severity: string;
      cells: string[];
    }[];
    const carry = findings.find((f) => f.rule === "上年.T01.结转")!;
    expect(carry.severity).toBe("error");
    expect(carry.cells).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^公开01表!/),
        expect.stringMatching(/^上年：公开01表!/),
      ])
    );
  });

  test("-o writes a copy with the 校验 sheet", async () => {
    const out = path.join(dir, "checked.xlsx");
    expect((await runCli("check", bad, "-o", out)).code).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("校验")!;
    expect(sheet.getCell("A1").value).toBe("勾稽关系校验");
  });

  test("files that are not workbooks: exit 2 with a clear message and no stack trace", async () => {
    const cases: [string, Buffer | string, string][] = [
      ["garbage.xlsx", "这不是表格 \u0000\u0001", "不是 Excel 工作簿"],
      [
        "report.xlsx",
        Buffer.from("504b0304140006000800000021000000000000000000000000001300000077", "hex"),
        "不是有效的 Excel 工作簿",
      ],
      [
        "locked.xlsx",
        Buffer.from("d0cf11e0a1b11ae1000000000000000000000000", "hex"),
        "设有打开密码",
      ],
      ["empty.xlsx", Buffer.alloc(0), "是空文件"],
    ];
    for (const [name, content, message] of cases) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      const run = await runCli("check", file);
      expect([name, run.code]).toEqual([name, 2]);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/\s+at .*:\d+:\d+/);
    }
    const docx = path.join(dir, "narrative.xlsx");
    const { Document, Packer, Paragraph } = await import("docx");
    writeFileSync(
      docx,
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("情况说明")] }] }))
    );
    const renamed = await runCli("check", docx);
    expect(renamed.code).toBe(2);
    expect(renamed.stderr).toContain("是Word 文档（可能被改成了 .xlsx 扩展名），不是 Excel 工作簿");
    const blank = path.join(dir, "blank.xlsx");
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Sheet1");
    await empty.xlsx.writeFile(blank);
    const run = await runCli("check", blank);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("未找到任何决算公开表");
  });

  test("a folder: batch review with a summary row per file; unreadable files make exit 2", async () => {
    const folder = path.join(dir, "batch");
    mkdirSync(folder);
    copyFileSync(good, path.join(folder, "a-good.xlsx"));
    copyFileSync(bad, path.join(folder, "b-bad.xlsx"));
    writeFileSync(path.join(folder, "c-broken.xlsx"), "not a workbook");
    const run = await runCli("check", folder, "--jobs", "2");
    expect(run.code).toBe(2);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^文件\s+部门\s+模板\s+错误\s+警告\s+提示\s+结论$/);
    expect(lines.find((l) => l.startsWith("a-good.xlsx"))).toMatch(
      /景德镇市陶瓷产业发展局\s+jiangxi-2021\s+0\s+1\s+\d+\s+通过$/
    );
    expect(lines.find((l) => l.startsWith("b-bad.xlsx"))).toMatch(/不通过$/);
    expect(lines.find((l) => l.startsWith("c-broken.xlsx"))).toContain("无法读取");
    expect(run.stdout).toContain("共 3 个文件：通过 1 个，不通过 1 个，无法读取 1 个");
    const json = JSON.parse((await runCli("check", folder, "--json")).stdout);
    expect(json.map((r: { file: string }) => path.basename(r.file))).toEqual([
      "a-good.xlsx",
      "b-bad.xlsx",
      "c-broken.xlsx",
    ]);
    expect(json[0].findings.filter((f: { severity: string }) => f.severity === "error")).toEqual(
      []
    );
  });

  test("lint --workbook: a draft's figures against the workbook's tables", async () => {
    const seed = path.resolve(__dirname, "../../samples/jingdezhen-2021-published.txt");
    const run = await runCli("lint", seed, "--workbook", good, "--json");
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout) as {
      rule: string;
      severity: string;
      line: number;
      message: string;
    }[];
    // The published text's “1.66” for 公务用车 is 0.00 in the tables.
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: "工作簿",
        severity: "error",
        line: 246,
        message: expect.stringContaining("1.66万元"),
      })
    );
    // The workbook gives the format: the published text has all of its sections and reasons.
    expect(findings.filter((f) => f.rule === "缺少部分" || f.rule === "主要原因")).toEqual([]);
  });

  test("lint --workbook: a section of the format's outline missing is a warning", async () => {
    const seed = path.resolve(__dirname, "../../samples/jingdezhen-2021-published.txt");
    const text = readFileSync(seed, "utf8").replace(/^(.*)政府采购支出情况说明/m, "$1采购情况");
    const draft = path.join(tempDir("juesuan-outline-"), "draft.txt");
    writeFileSync(draft, text);
    const run = await runCli("lint", draft, "--workbook", good, "--json");
    const findings = JSON.parse(run.stdout) as {
      rule: string;
      severity: string;
      message: string;
    }[];
    expect(findings.filter((f) => f.rule === "缺少部分")).toEqual([
      expect.objectContaining({
        severity: "warning",
        message: expect.stringContaining("“政府采购支出情况说明”"),
      }),
    ]);
  });
});
