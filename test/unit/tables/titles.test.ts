import { checkTables } from "../../../src/core/app/checkTables";
import { INCOME_LINES } from "../../../src/core/profiles/jiangxi-2021/vocabulary";
import { locateTables } from "../../../src/core/tables/locate";
import { readTables } from "../../../src/core/tables/readTables";
import type { SheetSnapshot } from "../../../src/core/workbook";
import { catalogs, profile, sheet } from "../../helpers/tableSheets";

/**
 * Titles as 云南 prints them (2019–2023: 公开01表 and 04表 without 总, 05表 as 一般公共预算财政拨款收入支出
 * 决算表) next to tables outside the set whose titles end the same way (项目支出决算表, 财政专户管理资金
 * 收入支出决算表): each table of the set is found under its own title, no other table is taken for one.
 */
const titled = (name: string, title: string): SheetSnapshot =>
  sheet(name, [[title], ["单位：万元"], ["项目", "金额"], ["合计", 1]]);

const where = (sheets: SheetSnapshot[]) =>
  Object.fromEntries(
    [...locateTables(profile.tables, sheets)].map(([id, place]) => [id, place.grid.name])
  );

describe("table titles as published", () => {
  it("云南's titles name 公开01表, 04表 and 05表, not 支出决算表", () => {
    const sheets = [
      titled("1", "耿马傣族佤族自治县政务服务管理局2022年度收入支出决算表"),
      titled("2", "收入决算表"),
      titled("3", "支出决算表"),
      titled("4", "财政拨款收入支出决算表"),
      titled("5", "一般公共预算财政拨款收入支出决算表"),
    ];
    expect(where(sheets)).toMatchObject({ T01: "1", T02: "2", T03: "3", T04: "4", T05: "5" });
  });

  it("湖北曾都's “…决算总体情况表” are 公开01表 to 04表", () => {
    const sheets = [
      titled("表1", "财政拨款收支决算总体情况表"),
      titled("表6", "部门收支决算总体情况表"),
      titled("表7", "部门收入决算总体情况表"),
      titled("表8", "部门支出决算总体情况表"),
    ];
    expect(where(sheets)).toEqual({ T01: "表6", T02: "表7", T03: "表8", T04: "表1" });
  });

  it("tables outside the set are not taken for the table whose title theirs ends with", () => {
    const sheets = [
      titled("项目", "一般公共预算财政拨款项目支出决算表"),
      titled("专户", "财政专户管理资金收入支出决算表"),
      titled("基建", "基本建设类项目收入支出决算表"),
    ];
    expect(where(sheets)).toEqual({});
    expect(where([sheet("项目收入支出决算表", [["单位：万元"]])])).toEqual({});
  });

  it("of two tables titled like one of the set, the one titled as the template is it", () => {
    // 四川 2024 prints both (http://www.quxian.gov.cn/xxgk-show-64159.html): 六 is 公开05表.
    const detail = titled("七", "一般公共预算财政拨款支出决算明细表");
    const own = titled("六", "一般公共预算财政拨款支出决算表");
    expect(where([detail, own]).T05).toBe("六");
    expect(where([detail]).T05).toBe("七");
    const located = locateTables(profile.tables, [detail, own]);
    expect(located.get("T05")?.how).toBe("title");
    expect(locateTables(profile.tables, [detail]).get("T05")?.how).toBe("variant");
  });

  it("a 收入支出决算表 is read and checked as 公开01表", () => {
    // Income lines as the template prints them; 支出 lists two classes beside the first two.
    const spending = [
      ["一般公共服务支出", 90],
      ["教育支出", 20],
    ];
    const lines = INCOME_LINES.map((line, i) => [
      line.label,
      i === 0 ? 100 : 0,
      ...(spending[i] ?? []),
    ]);
    const rows = [
      ["收入支出决算表"],
      ["部门：某某局", null, null, "单位：万元"],
      ["收入", null, "支出", null],
      ["项目", "决算数", "项目", "决算数"],
      ...lines,
      ["本年收入合计", 100, "本年支出合计", 100],
      ["使用非财政拨款结余", 0, "结余分配", 0],
      ["年初结转和结余", 5, "年末结转和结余", 5],
      ["总计", 105, "总计", 105],
    ];
    const s = sheet("Sheet1", rows, ["A3:B3", "C3:D3"]);
    const tables = readTables({ sheetNames: [s.name], sheets: [s] }, profile, catalogs);
    expect(tables.tables.get("T01")?.sheet).toBe("Sheet1");
    expect(tables.tables.get("T03")?.sheet).toBeUndefined();
    const errors = checkTables(tables, profile).findings.filter((f) => f.severity === "error");
    // 90 + 20 is not the 本年支出合计 100 printed: the one real error, on the cells that show it.
    expect(errors.map((f) => f.rule)).toEqual(["T01.本年支出合计=Σ"]);
    expect(errors[0].cells).toEqual(
      expect.arrayContaining(["Sheet1!D13", "Sheet1!D5", "Sheet1!D6"])
    );
  });
});
