import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/app/check";
import type { CheckReport } from "../../src/core/app/checkTables";
import { ExcelJsPort } from "../../src/xlsx/port";
import { runCli } from "../helpers/cli";
import { buildWorkbook, inUnit, REAL_SHEET, realTables, RealTable } from "../helpers/realTables";

/**
 * Published tables, transcribed as printed (each file names its page), checked as a reviewer would:
 * each table is found, each inconsistency found by hand is an error naming its cells, and nothing
 * else is an error. Tables are built one per workbook, alone: the other tables are absent, which
 * must be a single 提示, not errors.
 */
async function check(table: RealTable): Promise<CheckReport> {
  const file = await buildWorkbook([table]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return checkWorkbook(new ExcelJsPort(workbook), table.profile ? { profile: table.profile } : {});
}

const inSheet = (cells: readonly string[]) => cells.map((c) => `${REAL_SHEET}!${c}`);

const corpus = realTables();

describe("published tables", () => {
  it("has tables from several provinces and years, each with its source", () => {
    expect(new Set(corpus.map((t) => t.province)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(corpus.map((t) => t.year)).size).toBeGreaterThanOrEqual(3);
    for (const t of corpus) expect(t.source).toMatch(/^https?:\/\//);
  });

  describe.each(corpus.map((t) => [t.id, t] as const))("%s", (_, table) => {
    let report: CheckReport;
    beforeAll(async () => {
      report = await check(table);
    });

    it("is located, and no other table is taken to be on its sheet", () => {
      const located = [...report.tables.tables].filter(([, t]) => t.sheet !== undefined);
      expect(located.map(([id, t]) => [id, t.sheet])).toEqual([[table.table, REAL_SHEET]]);
    });

    it("raises exactly the errors found by hand, each naming its cells", () => {
      const errors = report.findings.filter((f) => f.severity === "error");
      expect(errors.map((f) => f.rule).sort()).toEqual(
        table.expected.errors.map((e) => e.rule).sort()
      );
      for (const expected of table.expected.errors) {
        const finding = errors.find((f) => f.rule === expected.rule);
        expect(finding?.cells).toEqual(expect.arrayContaining(inSheet(expected.cells)));
      }
    });

    it("reports each difference rounding explains as 提示 naming its cells, never as an error", () => {
      for (const expected of table.expected.rounding ?? []) {
        const findings = report.findings.filter((f) => f.rule === expected.rule);
        expect(findings.map((f) => f.severity)).toEqual(["info"]);
        expect(findings[0].cells).toEqual(expect.arrayContaining(inSheet(expected.cells)));
      }
    });

    it("lists the tables the workbook does not hold once, as 提示", () => {
      const absent = report.findings.filter((f) => f.rule === "读取.missing-table");
      expect(absent).toHaveLength(1);
      expect(absent[0].severity).toBe("info");
    });
  });
});

describe("units", () => {
  it("the same table in 元 and in 万元 gives the same findings", async () => {
    const guilin = corpus.find((t) => t.id.startsWith("guangxi-guilin")) as RealTable;
    const wan = await check(guilin);
    const yuan = await check(inUnit(guilin, "元", 10000));
    const brief = (r: CheckReport) =>
      r.findings
        .filter((f) => f.rule !== "读取.unit-assumed")
        .map((f) => `${f.severity} ${f.rule} ${f.message.replace(/尾差.*$/, "")}`);
    expect(brief(yuan)).toEqual(brief(wan));
    expect(brief(wan).filter((f) => f.startsWith("error"))).toHaveLength(2);
    expect(yuan.tables.tables.get("T07")?.unit).toEqual({ unit: "元", printed: true });
  });

  it("a table in 元 is converted to 万元", async () => {
    const yuan = corpus.find((t) => t.id.endsWith("-yuan")) as RealTable;
    const report = await check(yuan);
    const cell = [...report.tables.cells.entries()].find(([id]) => id.endsWith("预算.合计"));
    expect(cell?.[1].value.toNumber()).toBe(25);
    expect(cell?.[1].divisor).toBe(10000);
  });
});

describe("juesuan check on a published table", () => {
  it("says where each table was read; --explain lists the columns and lines mapped", async () => {
    const guilin = corpus.find((t) => t.id.startsWith("guangxi-guilin")) as RealTable;
    const file = await buildWorkbook([guilin]);
    const plain = await runCli("check", file);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain("模板：");
    expect(plain.stdout).toMatch(
      /公开07表 一般公共预算财政拨款“三公”经费支出决算表：工作表「Sheet1」B3:B9，读到 6\/12 个数；金额单位：万元/
    );
    expect(plain.stdout).toContain("公开01表 收入支出决算总表：未找到");
    expect(plain.stdout).toMatch(/\[提示\] 工作簿中未找到以下表，只校验现有的表：公开01表/);
    expect(plain.stdout).toContain("单元格：Sheet1!B4、Sheet1!B5、Sheet1!B7、Sheet1!B6");
    const explained = await runCli("check", file, "--explain");
    expect(explained.stdout).toContain("版式：项目按行排列（预算数、决算数为列）");
    expect(explained.stdout).toContain("位置：工作表「Sheet1」");
    const forced = await runCli("check", file, "--profile", "no-such-profile");
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain("未知的公开表格式「no-such-profile」");
  });
});
