import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { catalogsFor } from "../../src/core/subjects";
import { layoutTable } from "../../src/core/templates/layout";
import { jiangxi2021 } from "../../src/core/profiles/jiangxi-2021";
import { INPUT_SHEETS, LEDGER_COLUMNS } from "../../src/core/inputs/sheets";
import { META_SHEET } from "../../src/core/workbook/meta";
import { runCli } from "../helpers/cli";
import { tempDir } from "../helpers/tmp";

const catalogs = catalogsFor(2021);

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("juesuan init", () => {
  const dir = tempDir();
  const file = path.join(dir, "blank.xlsx");
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    const run = await runCli(
      "init",
      file,
      "--dept",
      "测试单位",
      "--year",
      "2021",
      "--unit",
      "测试单位本级:行政单位",
      "--unit",
      "测试研究所:事业单位"
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    wb = await load(file);
  });

  it("writes the input sheets, then 公开01表 … 公开10表, and a hidden marker sheet", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      ...Object.values(INPUT_SHEETS),
      ...jiangxi2021.tables.map((t) => t.code),
      META_SHEET,
    ]);
    expect(wb.getWorksheet(META_SHEET)?.state).toBe("veryHidden");
  });

  it.each(jiangxi2021.tables.map((t) => [t.code, t] as const))(
    "%s: title, 表号, 部门 and unit lines, headers as the template says",
    (code, t) => {
      const ws = wb.getWorksheet(code) as ExcelJS.Worksheet;
      const layout = layoutTable(t, { catalogs });
      const lastCol = layout.columnCount;
      expect(ws.getCell(1, 1).value).toBe(t.title);
      expect(ws.getCell(1, 1).font?.bold).toBe(true);
      expect(ws.getCell(1, 1).alignment?.horizontal).toBe("center");
      expect(ws.getCell(1, lastCol).isMerged && ws.getCell(1, lastCol).master.address).toBe("A1");
      expect(ws.getCell(2, lastCol).value).toBe(code);
      expect(ws.getCell(3, 1).value).toBe("部门：测试单位");
      expect(ws.getCell(3, lastCol).value).toBe("金额单位：万元");
      for (const h of layout.headerCells) {
        const c = ws.getCell(h.row + 1, h.col + 1);
        expect(c.value).toBe(h.label);
        expect(c.border?.top?.style).toBe("thin");
        if (h.rowSpan > 1 || h.colSpan > 1) {
          expect(ws.getCell(h.row + h.rowSpan, h.col + h.colSpan).master.address).toBe(c.address);
        }
      }
      const amountColumns = layout.columns.filter((c) => c.spec.kind === "amount");
      for (const col of amountColumns) {
        const format =
          col.spec.kind === "amount" && col.spec.unit === "count" ? "#,##0" : "#,##0.00";
        expect(ws.getCell(layout.bodyTop + 1, col.index + 1).numFmt).toBe(format);
      }
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: layout.bodyTop });
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: t.fitOnePage ? 1 : 0,
        printTitlesRow: `1:${layout.bodyTop}`,
      });
    }
  );

  it("gives the ten tables' totals as formulas, so a hand-filled template adds up", () => {
    const t01 = wb.getWorksheet("公开01表") as ExcelJS.Worksheet;
    const layout = layoutTable(jiangxi2021.tables[0], { catalogs });
    const total = layout.byId.get("T01.本年收入合计");
    expect(t01.getCell((total?.row ?? 0) + 1, (total?.col ?? 0) + 1).formula).toMatch(
      /^SUM\(C\d+:C\d+\)$/
    );
  });

  it("fills 基础信息 with the department, year and units, and lays out 收支明细 for pasting", () => {
    const basics = wb.getWorksheet(INPUT_SHEETS.basics) as ExcelJS.Worksheet;
    const rows = basics.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1, 4) : []));
    expect(rows).toContainEqual(["部门名称", "测试单位"]);
    expect(rows).toContainEqual(["决算年度", 2021]);
    expect(rows).toContainEqual([1, "测试单位本级", "行政单位"]);
    expect(rows).toContainEqual([2, "测试研究所", "事业单位"]);
    const ledger = wb.getWorksheet(INPUT_SHEETS.ledger) as ExcelJS.Worksheet;
    expect((ledger.getRow(1).values as unknown[]).slice(1)).toEqual(
      LEDGER_COLUMNS.map((c) => c.header)
    );
    expect(ledger.getColumn(3).numFmt).toBe("@"); // codes stay text when typed
    expect(ledger.getColumn(7).numFmt).toBe("#,##0.00");
    expect(ledger.getCell("B2").dataValidation).toMatchObject({ type: "list" });
  });
});

describe("juesuan init: what goes wrong is said in Chinese, with exit code 2 and no stack trace", () => {
  const dir = tempDir();

  it.each([
    [["--year", "21"], "年度「21」无效：应为四位数字的年份，如 2021"],
    [["--year", "二〇二一"], "年度「二〇二一」无效"],
    [["--year", "1999"], "年度「1999」无效"],
    [["--year", "2019"], "没有江西2019年度的公开表格式；可用的格式：jiangxi-2021"],
  ])("bad year %j", async (args, message) => {
    const run = await runCli("init", path.join(dir, "a.xlsx"), "--dept", "测试单位", ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(existsSync(path.join(dir, "a.xlsx"))).toBe(false);
  });

  it("missing --dept names the option", async () => {
    const run = await runCli("init", path.join(dir, "b.xlsx"), "--year", "2021");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("缺少必填选项 --dept");
  });

  it("an output folder that does not exist", async () => {
    const run = await runCli(
      "init",
      path.join(dir, "no-such-dir", "c.xlsx"),
      "--dept",
      "测试单位",
      "--year",
      "2021"
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不存在");
  });

  it("an output path below a file", async () => {
    const blocker = path.join(dir, "plain.txt");
    writeFileSync(blocker, "x");
    const run = await runCli(
      "init",
      path.join(blocker, "d.xlsx"),
      "--dept",
      "测试单位",
      "--year",
      "2021"
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不是文件夹");
  });

  it("a read-only folder", async () => {
    if (process.getuid?.() === 0) return; // root may write anywhere; the check is meaningful for clerks only
    const locked = tempDir();
    chmodSync(locked, 0o500);
    const run = await runCli(
      "init",
      path.join(locked, "e.xlsx"),
      "--dept",
      "测试单位",
      "--year",
      "2021"
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("没有文件夹");
  });

  it("refuses to overwrite an existing file without --force, and leaves it untouched", async () => {
    const existing = path.join(dir, "existing.xlsx");
    writeFileSync(existing, "precious");
    const run = await runCli("init", existing, "--dept", "测试单位", "--year", "2021");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("已存在");
    expect(readFileSync(existing, "utf8")).toBe("precious");
  });

  it("a wrong extension and an unknown unit type", async () => {
    expect(
      (await runCli("init", path.join(dir, "f.xls"), "--dept", "x", "--year", "2021")).stderr
    ).toContain("应以 .xlsx 结尾");
    const run = await runCli(
      "init",
      path.join(dir, "g.xlsx"),
      "--dept",
      "x",
      "--year",
      "2021",
      "--unit",
      "所:研究所"
    );
    expect(run.stderr).toContain("单位性质「研究所」无效");
  });

  it("unknown options and commands", async () => {
    expect(
      (await runCli("init", "x.xlsx", "--dept", "x", "--year", "2021", "--bogus")).stderr
    ).toContain("未知选项 --bogus");
    expect((await runCli("frobnicate")).stderr).toContain("未知命令「frobnicate」");
  });
});

describe("the installed command", () => {
  it("answers --help in Chinese (bin/juesuan.js over the compiled lib/)", () => {
    const bin = path.join(__dirname, "..", "..", "bin", "juesuan.js");
    const help = execFileSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(help).toContain("用法：");
    expect(help).toContain("init");
  });
});
