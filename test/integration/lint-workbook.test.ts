import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { loadSample, sampleWorkbook } from "../../src/cli/sample";
import { readTablesWithProfile } from "../../src/core/app/check";
import { fillTables } from "../../src/core/app/fill";
import { outlineOf } from "../../src/core/app/lintFacts";
import { XlsxFilePort } from "../../src/xlsx/filePort";
import { ExcelJsPort } from "../../src/xlsx/port";
import { runCli } from "../helpers/cli";
import { tempDir } from "../helpers/tmp";

/**
 * What lint learns from a workbook besides its figures (issue 11): the tables it shows empty and
 * its 决算年度 and 部门名称, checked against the bundled sample department's published text.
 */
describe("lint --workbook: empty tables, year and department", () => {
  const dir = tempDir("juesuan-lint-workbook-");
  const good = path.join(dir, "good.xlsx");
  const seed = path.resolve(__dirname, "../../samples/jingdezhen-2021-published.txt");

  beforeAll(async () => {
    const workbook = await sampleWorkbook(await loadSample());
    await fillTables(new ExcelJsPort(workbook), { mode: "formulas", version: "t" });
    await workbook.xlsx.writeFile(good);
  });

  const lint = async (text: string) => {
    const draft = path.join(dir, "draft.txt");
    writeFileSync(draft, text);
    const run = await runCli("lint", draft, "--workbook", good, "--json");
    return JSON.parse(run.stdout) as {
      rule: string;
      severity: string;
      line: number;
      message: string;
    }[];
  };

  test("the workbook's empty tables, 决算年度 and 部门名称 reach the outline", async () => {
    // Read as lint --workbook reads it: the fill's formulas computed.
    const file = await XlsxFilePort.open(good, { calculated: "all" });
    const { tables, profile, read } = await readTablesWithProfile(file);
    const outline = outlineOf(profile, { tables, read });
    // The sample department has no 政府性基金 or 国有资本经营 money, and its sample data give no
    // 国有资产 figures (its text says so in the 国有资产 section: no finding there).
    expect(outline.emptyTables?.map((t) => t.code)).toEqual(["公开08表", "公开09表", "公开10表"]);
    expect(outline.year).toBe(2021);
    expect(outline.department).toBe("景德镇市陶瓷产业发展局");
    // Without the workbook: the format's sections only.
    expect(Object.keys(outlineOf(profile))).toEqual(["sections"]);
  });

  test("the published text: its year and department agree; the empty tables are hints (江西 notes them under the table)", async () => {
    const findings = await lint(readFileSync(seed, "utf8"));
    expect(findings.filter((f) => f.rule === "标题")).toEqual([]);
    expect(
      findings.filter((f) => f.rule === "空表说明").map((f) => [f.severity, f.message.slice(0, 13)])
    ).toEqual([
      ["info", "工作簿中公开08表《政府性"],
      ["info", "工作簿中公开09表《国有资"],
    ]);
  });

  test("last year's heading left in the draft, and the empty table explained", async () => {
    const text = readFileSync(seed, "utf8")
      .replace("第三部分 2021 年度部门决算情况说明", "第三部分 2020 年度部门决算情况说明")
      .replace(
        "三、财政拨款支出决算情况说明",
        "三、财政拨款支出决算情况说明\n本部门本年度没有使用政府性基金预算财政拨款安排的收支，故公开08表无数据。"
      );
    const findings = await lint(text);
    expect(findings.filter((f) => f.rule === "标题")).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 108,
        message: "工作簿的决算年度为2021年，此处写“第三部分2020年度部门决算情况说明”",
      }),
    ]);
    expect(findings.filter((f) => f.rule === "空表说明").map((f) => f.message)).toEqual([
      expect.stringContaining("公开09表"),
    ]);
  });
});
