import ExcelJS from "exceljs";
import { existsSync } from "fs";
import * as path from "path";
import { INPUT_SHEETS } from "../../src/core/inputs/sheets";
import { PROFILES } from "../../src/core/profiles";
import { META_SHEET } from "../../src/core/workbook/meta";
import { runCli } from "../helpers/cli";
import { tempDir } from "../helpers/tmp";

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const basicsField = (wb: ExcelJS.Workbook, caption: string) => {
  const ws = wb.getWorksheet(INPUT_SHEETS.basics) as ExcelJS.Worksheet;
  for (let r = 1; r <= ws.rowCount; r++)
    if (ws.getCell(r, 1).value === caption) return ws.getCell(r, 2).value;
  return undefined;
};

describe("juesuan profiles", () => {
  test("--json lists every format as {id, province, years, tables: [{code, title}]}", async () => {
    const run = await runCli("profiles", "--json");
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as {
      id: string;
      province: string;
      years: number[];
      tables: { code: string; title: string }[];
    }[];
    expect(listed.map((p) => p.id)).toEqual(PROFILES.map((p) => p.id));
    for (const p of PROFILES) {
      const entry = listed.find((l) => l.id === p.id);
      expect(Object.keys(entry ?? {}).sort()).toEqual(["id", "province", "tables", "years"]);
      expect(entry?.province).toBe(p.province);
      expect(entry?.years[0]).toBe(p.years.from);
      expect(entry?.years.at(-1)).toBe(p.years.to);
      expect(entry?.tables).toEqual(p.tables.map((t) => ({ code: t.code, title: t.title })));
    }
    expect(listed.find((l) => l.id === "jiangxi-2021")?.tables[6]).toEqual({
      code: "公开07表",
      title: "一般公共预算财政拨款“三公”经费支出决算表",
    });
  });

  test("without --json, one block per format in Chinese", async () => {
    const run = await runCli("profiles");
    expect(run.code).toBe(0);
    for (const p of PROFILES) expect(run.stdout).toContain(`${p.id}  ${p.province}`);
  });
});

describe("juesuan init chooses the format", () => {
  const dir = tempDir();

  test.each(PROFILES.map((p) => [p.id, p] as const))(
    "--profile %s writes exactly that format's tables, and 基础信息 names it with 省份 and 年度",
    async (id, profile) => {
      const file = path.join(dir, `${id}.xlsx`);
      const run = await runCli("init", file, "--profile", id, "--dept", "测试部门");
      // (A 提示 may say the year's subject catalog is not bundled yet.)
      expect(run.stderr).not.toMatch(/错误/);
      expect(run.code).toBe(0);
      const wb = await load(file);
      expect(wb.worksheets.map((ws) => ws.name)).toEqual([
        ...Object.values(INPUT_SHEETS),
        ...profile.tables.map((t) => t.code),
        META_SHEET,
      ]);
      profile.tables.forEach((t) =>
        expect(wb.getWorksheet(t.code)?.getCell(1, 1).value).toBe(t.title)
      );
      expect(basicsField(wb, "公开表格式")).toBe(id);
      expect(basicsField(wb, "省份")).toBe(profile.province);
      expect(basicsField(wb, "决算年度")).toBe(profile.years.to);
    }
  );

  test.each(PROFILES.map((p) => [p.province, p.years.from, p.id] as const))(
    "--province %s --year %i picks %s",
    async (province, year, id) => {
      const file = path.join(dir, `${id}-by-year.xlsx`);
      const run = await runCli(
        "init",
        file,
        "--province",
        province,
        "--year",
        String(year),
        "--dept",
        "测试部门"
      );
      expect(run.code).toBe(0);
      expect(basicsField(await load(file), "公开表格式")).toBe(id);
    }
  );

  test("no format for the province and year: exit 2, the formats listed in Chinese, nothing written", async () => {
    const file = path.join(dir, "xizang.xlsx");
    const run = await runCli(
      "init",
      file,
      "--province",
      "西藏",
      "--year",
      "2019",
      "--dept",
      "测试部门"
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("没有西藏2019年度的公开表格式");
    for (const p of PROFILES) expect(run.stderr).toContain(p.id);
    expect(existsSync(file)).toBe(false);
  });

  test("a format that does not cover the year is refused, not used for it", async () => {
    const file = path.join(dir, "wrong-year.xlsx");
    const run = await runCli(
      "init",
      file,
      "--profile",
      "jiangxi-2021",
      "--year",
      "2019",
      "--dept",
      "测试部门"
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不适用于2019年度");
    expect(existsSync(file)).toBe(false);
  });

  test("an unknown format id: exit 2 naming the available ones", async () => {
    const run = await runCli(
      "init",
      path.join(dir, "x.xlsx"),
      "--profile",
      "hunan-2024",
      "--dept",
      "测试部门"
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("未知的公开表格式「hunan-2024」");
    expect(run.stderr).toContain("jiangxi-2021");
  });
});

describe("fill reads the format from 基础信息", () => {
  const dir = tempDir();

  async function workbookWith(caption: string, value: string): Promise<string> {
    const file = path.join(dir, "in.xlsx");
    await runCli("init", file, "--profile", "jiangxi-2021", "--dept", "测试部门", "--force");
    const wb = await load(file);
    const ws = wb.getWorksheet(INPUT_SHEETS.basics) as ExcelJS.Worksheet;
    for (let r = 1; r <= ws.rowCount; r++)
      if (ws.getCell(r, 1).value === caption) ws.getCell(r, 2).value = value;
    const edited = path.join(dir, `edited-${caption}.xlsx`);
    await wb.xlsx.writeFile(edited);
    return edited;
  }

  test("an unknown 公开表格式: exit 2 naming 基础信息 and the formats available, nothing written", async () => {
    const input = await workbookWith("公开表格式", "hunan-2024");
    const out = path.join(dir, "out1.xlsx");
    const run = await runCli("fill", input, "-o", out);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("基础信息");
    expect(run.stderr).toContain("未知的公开表格式「hunan-2024」");
    expect(run.stderr).toContain("shanghai-2024");
    expect(existsSync(out)).toBe(false);
  });

  test("a 省份 the format is not for: exit 2", async () => {
    const input = await workbookWith("省份", "上海");
    const run = await runCli("fill", input, "-o", path.join(dir, "out2.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("省份「上海」与公开表格式「jiangxi-2021」（江西）不符");
  });
});
