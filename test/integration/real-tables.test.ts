import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/core/app/check";
import type { CheckReport } from "../../src/core/app/checkTables";
import { ExcelJsPort } from "../../src/xlsx/port";
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
  return checkWorkbook(new ExcelJsPort(workbook));
}

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

    it("is located", () => {
      expect(report.tables.tables.get(table.table)?.sheet).toBe(REAL_SHEET);
    });

    it("raises exactly the errors found by hand, each naming its cells", () => {
      const errors = report.findings.filter((f) => f.severity === "error");
      expect(errors.map((f) => f.rule).sort()).toEqual(
        table.expected.errors.map((e) => e.rule).sort()
      );
      for (const expected of table.expected.errors) {
        const finding = errors.find((f) => f.rule === expected.rule);
        expect(finding?.cells).toEqual(
          expect.arrayContaining(expected.cells.map((c) => `${REAL_SHEET}!${c}`))
        );
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
