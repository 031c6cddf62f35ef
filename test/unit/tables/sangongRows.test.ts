import { checkTables } from "../../../src/core/app/checkTables";
import { shanghai2024 } from "../../../src/core/profiles/shanghai-2024";
import { readTables } from "../../../src/core/tables/readTables";
import type { FormatProfile } from "../../../src/core/profiles";
import type { SheetSnapshot } from "../../../src/core/workbook";
import { catalogs, profile as jiangxi, sheet } from "../../helpers/tableSheets";

/**
 * 三公 tables printed with the items as rows (项目 | 预算数 | 决算数), as the corpus under
 * test/fixtures/real-tables/ shows them, read under templates that nest 预算数 / 决算数 either way.
 */
function check(profile: FormatProfile, s: SheetSnapshot) {
  const tables = readTables({ sheetNames: [s.name], sheets: [s] }, profile, catalogs);
  return { tables, report: checkTables(tables, profile) };
}
const errors = (r: ReturnType<typeof check>) =>
  r.report.findings.filter((f) => f.severity === "error").map((f) => f.rule);

// 寿县文物保护中心 2023 (https://www.shouxian.gov.cn/public/118322773/1260348611.html): the 用车
// line has figures, its two 其中 lines are blank.
const ITEMS_AS_ROWS = sheet("Sheet1", [
  ["2023年度一般公共预算财政拨款“三公”经费支出决算表"],
  ["单位:万元"],
  ["项 目", "预 算 数", "决 算 数"],
  ["合 计", 3, 1.71],
  ["因公出国(境)费", null, null],
  ["公务接待费", 1, 0.53],
  ["公务用车购置及运行维护费", 2, 1.18],
  ["其中:公务用车运行维护费", null, null],
  ["公务用车购置费", null, null],
]);

describe("三公 表 whose items are rows", () => {
  it.each([
    ["江西 (预算数 › item)", jiangxi],
    ["上海 (item › 预算数)", shanghai2024],
  ])("is read under the %s template", (_, profile) => {
    const result = check(profile, ITEMS_AS_ROWS);
    expect(result.tables.tables.get("T07")?.transposed).toBe(true);
    expect(result.tables.cells.get("T07.决算.合计")?.value.toNumber()).toBe(1.71);
    expect(result.tables.cells.get("T07.预算.公务接待费")?.value.toNumber()).toBe(1);
    expect(errors(result).sort()).toEqual([
      "T07.决算.公务用车购置及运行费=Σ",
      "T07.预算.公务用车购置及运行费=Σ",
    ]);
  });

  it("a table without a 合计 line: the line is missing, not the column, and its rule is unchecked", () => {
    // 宜宾市本级 2017 (http://www.yibin.gov.cn/xxgk/czyjs/sbjczyjs/sgjf/jsqksm/201809/t20180918_61730.html)
    const result = check(
      jiangxi,
      sheet("Sheet1", [
        ["宜宾市本级2017年“三公”经费决算汇总表"],
        ["项目", "2017年决算(万元)"],
        ["因公出国(境)经费", 99],
        ["公务接待费", "1,014"],
        ["公务用车购置及运行维护费", "2,712"],
        ["其中:公务用车购置费", 0],
        ["公务用车运行维护费", "2,712"],
      ])
    );
    expect(result.tables.cells.get("T07.决算.公务接待费")?.value.toNumber()).toBe(1014);
    expect(result.tables.cells.get("T07.决算.合计")?.at).toBeUndefined();
    const messages = result.report.findings.map((f) => f.message);
    expect(messages).toContainEqual(expect.stringMatching(/未找到「合计」行/));
    expect(messages).not.toContainEqual(expect.stringMatching(/未找到「决算数」列/));
    expect(errors(result)).toEqual([]);
  });
});
