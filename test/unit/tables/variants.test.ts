import { checkTables } from "../../../src/core/app/checkTables";
import { departmentIn } from "../../../src/core/app/check";
import { isKnown } from "../../../src/core/rules/evaluate";
import { readTables } from "../../../src/core/tables/readTables";
import type { ReadTables } from "../../../src/core/tables/types";
import type { SheetSnapshot } from "../../../src/core/workbook";
import { catalogs, profile, sheet } from "../../helpers/tableSheets";

/** One small workbook per way departments print a table differently from our template. */
function read(...sheets: SheetSnapshot[]): ReadTables {
  return readTables({ sheetNames: sheets.map((s) => s.name), sheets }, profile, catalogs);
}
const value = (tables: ReadTables, id: string) => tables.cells.get(id)?.value.toNumber();
const errors = (tables: ReadTables) =>
  checkTables(tables, profile)
    .findings.filter((f) => f.severity === "error")
    .map((f) => f.rule);

const T01_ROWS = (caption: string) => [
  ["收入支出决算总表"],
  ["部门：某某局", null, null, "单位：万元"],
  ["收入", null, "支出", null],
  ["项目", caption, "项目", caption],
  ["一、一般公共预算财政拨款收入", 100, "一般公共服务支出", 90],
  ["二、政府性基金预算财政拨款收入", 0, "教育支出", 10],
  ["三、国有资本经营预算财政拨款收入", 0, null, null],
  ["四、上级补助收入", 0, null, null],
  ["五、事业收入", 0, null, null],
  ["六、经营收入", 0, null, null],
  ["七、附属单位上缴收入", 0, null, null],
  ["八、其他收入", 0, null, null],
  ["本年收入合计", 100, "本年支出合计", 100],
  ["使用非财政拨款结余", 0, "结余分配", 0],
  ["年初结转和结余", 5, "年末结转和结余", 5],
  ["总计", 105, "总计", 105],
];

describe("tables as departments publish them", () => {
  it("an amount column captioned 决算数; the unit line is no department", () => {
    const tables = read(sheet("表一", T01_ROWS("决算数"), ["A3:B3", "C3:D3"]));
    expect(value(tables, "T01.收入总计")).toBe(105);
    expect(value(tables, "T01[205]")).toBe(10);
    expect(tables.tables.get("T01")?.unit).toEqual({ unit: "万元", printed: true });
    const snapshot = sheet("表一", T01_ROWS("决算数"));
    expect(departmentIn({ sheetNames: ["表一"], sheets: [snapshot] }, tables)).toBe("某某局");
    const unitFirst = sheet("表一", [["收入支出决算总表"], ["单位：万元"], ["编制单位：某某局"]]);
    expect(departmentIn({ sheetNames: ["表一"], sheets: [unitFirst] }, tables)).toBe("某某局");
  });

  it("a row the table lacks leaves its rules unchecked instead of reading 0", () => {
    const rows = T01_ROWS("金额").filter((r) => r[0] !== "年初结转和结余");
    const tables = read(sheet("表一", rows));
    expect(isKnown(tables.cells.get("T01.年初结转和结余"))).toBe(false);
    // 总计 105 ≠ 100 + 0 would be an error if the missing line were read as 0.
    expect(errors(tables)).toEqual([]);
    const report = checkTables(tables, profile);
    expect(report.findings.find((f) => f.message.includes("年初结转和结余"))?.message).toMatch(
      /未找到「年初结转和结余」行；涉及的 \d+ 条勾稽关系未校验/
    );
  });

  it("公开05表: 支出功能分类科目编码, code and name in one cell, 类/款/项 columns, names only", () => {
    const joined = sheet("五", [
      ["一般公共预算财政拨款支出决算表"],
      ["单位：万元"],
      ["支出功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"],
      ["合计", null, 30, 20, 10],
      ["201 一般公共服务支出", null, 30, 20, 10],
      ["20103", "政府办公厅（室）及相关机构事务", 30, 20, 10],
      ["2010301", "行政运行", 20, 20, 0],
      ["2010302", "一般行政管理事务", 10, 0, 10],
    ]);
    const split = sheet(
      "五",
      [
        ["一般公共预算财政拨款支出决算表"],
        ["金额单位：万元"],
        ["科目编码", null, null, "科目名称", "本年支出", null, null],
        ["类", "款", "项", null, "合计", "基本支出", "项目支出"],
        [null, null, null, "合计", 30, 20, 10],
        [201, null, null, "一般公共服务支出", 30, 20, 10],
        [null, "03", null, "政府办公厅（室）及相关机构事务", 30, 20, 10],
        [null, null, "01", "行政运行", 20, 20, 0],
        [null, null, 2, "一般行政管理事务", 10, 0, 10],
      ],
      ["A3:C3", "D3:D4", "E3:G3"]
    );
    const namesOnly = sheet("五", [
      ["一般公共预算财政拨款支出决算表"],
      ["单位：万元"],
      ["科目名称", "合计", "基本支出", "项目支出"],
      ["合计", 30, 20, 10],
      ["一般公共服务支出", 30, 20, 10],
      ["政府办公厅（室）及相关机构事务", 30, 20, 10],
      ["行政运行", 20, 20, 0],
      ["一般行政管理事务", 10, 0, 10],
    ]);
    for (const s of [joined, split, namesOnly]) {
      const tables = read(s);
      expect(value(tables, "T05[2010302].项目支出")).toBe(10);
      expect(value(tables, "T05[201].合计")).toBe(30);
      expect(value(tables, "T05.合计.基本支出")).toBe(20);
      expect(errors(tables)).toEqual([]);
    }
  });

  it("several tables on one sheet, anywhere on it", () => {
    const rows = [
      ["说明：以下为本部门决算公开表"],
      [],
      ...T01_ROWS("金额").map((r) => [null, ...r]),
      [],
      [null, "财政拨款“三公”经费支出决算表"],
      [null, "单位：万元"],
      [null, "项目", "预算数", "决算数"],
      [null, "合计", 10, 8],
      [null, "1.因公出国（境）费", 0, 0],
      [null, "2.公务用车购置及运行费", 6, 5],
      [null, "其中：（1）公务用车购置费", 0, 0],
      [null, "（2）公务用车运行费", 6, 5],
      [null, "3.公务接待费", 4, 3],
    ];
    const tables = read(sheet("公开表", rows));
    expect(tables.tables.get("T01")?.sheet).toBe("公开表");
    expect(tables.tables.get("T07")?.sheet).toBe("公开表");
    expect(value(tables, "T01.支出总计")).toBe(105);
    expect(value(tables, "T07.决算.公务用车运行费")).toBe(5);
    expect(tables.cells.get("T07.决算.公务接待费")?.at).toEqual({
      sheet: "公开表",
      row: 27,
      col: 3,
    });
    expect(errors(tables)).toEqual([]);
  });

  it("三公 表 with 预算数 / 决算数 alternating under each item", () => {
    const tables = read(
      sheet(
        "三公",
        [
          ["一般公共预算财政拨款“三公”经费支出决算表"],
          ["单位：万元"],
          [
            "合计",
            null,
            "因公出国（境）费",
            null,
            "公务用车购置及运行费",
            null,
            null,
            null,
            null,
            null,
            "公务接待费",
            null,
          ],
          [
            null,
            null,
            null,
            null,
            "小计",
            null,
            "公务用车购置费",
            null,
            "公务用车运行费",
            null,
            null,
            null,
          ],
          [
            "预算数",
            "决算数",
            "预算数",
            "决算数",
            "预算数",
            "决算数",
            "预算数",
            "决算数",
            "预算数",
            "决算数",
            "预算数",
            "决算数",
          ],
          [10, 9.2, 0, 0, 6, 5, 0, 0, 6, 5, 4, 3.2],
        ],
        ["A3:B4", "C3:D4", "E3:J3", "E4:F4", "G4:H4", "I4:J4", "K3:L4"]
      )
    );
    expect(value(tables, "T07.预算.合计")).toBe(10);
    expect(value(tables, "T07.决算.公务用车购置及运行费")).toBe(5);
    expect(value(tables, "T07.决算.公务接待费")).toBe(3.2);
    // 决算 合计 9.2 ≠ 0 + 5 + 3.2: a real inconsistency.
    expect(errors(tables)).toEqual(["T07.决算.合计=Σ"]);
  });

  it("基本支出 表 in two blocks (人员经费 | 公用经费) with merged 合计 lines", () => {
    const tables = read(
      sheet(
        "六",
        [
          ["一般公共预算财政拨款基本支出决算表"],
          ["单位：万元"],
          ["人员经费", null, null, "公用经费", null, null],
          ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
          ["301", "工资福利支出", 50, "302", "商品和服务支出", 8],
          ["30101", "基本工资", 50, "30201", "办公费", 5],
          ["303", "对个人和家庭的补助", 2, "30217", "公务接待费", 3],
          ["30305", "生活补助", 2, "310", "资本性支出", 1],
          [null, null, null, "31002", "办公设备购置", 1],
          ["人员经费合计", null, 52, "公用经费合计", null, 9],
        ],
        ["A3:C3", "D3:F3", "A10:B10", "D10:E10"]
      )
    );
    expect(value(tables, "T06[30217]")).toBe(3);
    expect(value(tables, "T06[31002]")).toBe(1);
    expect(value(tables, "T06.公用经费合计")).toBe(9);
    expect(value(tables, "T06.人员经费合计")).toBe(52);
    expect(errors(tables)).toEqual([]);
  });

  it("合计 where the template says 小计", () => {
    const tables = read(
      sheet(
        "八",
        [
          ["政府性基金预算财政拨款收入支出决算表"],
          ["单位：万元"],
          [
            "科目编码",
            "科目名称",
            "年初结转和结余",
            "本年收入",
            "本年支出",
            null,
            null,
            "年末结转和结余",
          ],
          [null, null, null, null, "合计", "基本支出", "项目支出", null],
          ["合计", null, 0, 5, 5, 0, 5, 0],
          ["212", "城乡社区支出", 0, 5, 5, 0, 5, 0],
          ["21208", "国有土地使用权出让收入安排的支出", 0, 5, 5, 0, 5, 0],
          ["2120899", "其他国有土地使用权出让收入安排的支出", 0, 5, 5, 0, 5, 0],
        ],
        ["E3:G3"]
      )
    );
    expect(value(tables, "T08.合计.本年支出")).toBe(5);
    expect(errors(tables)).toEqual([]);
  });

  it("rounding tolerance follows the printed digits and unit", () => {
    const sangong = (unit: string, figures: number[]) =>
      read(
        sheet("三公", [
          ["财政拨款“三公”经费支出决算表"],
          [unit],
          ["项目", "决算数"],
          ["合计", figures[0]],
          ["1.因公出国（境）费", figures[1]],
          ["2.公务用车购置及运行费", figures[2]],
          ["其中：（1）公务用车购置费", 0],
          ["（2）公务用车运行费", figures[2]],
          ["3.公务接待费", figures[3]],
        ])
      );
    const severities = (tables: ReadTables) =>
      checkTables(tables, profile)
        .findings.filter((f) => f.rule === "T07.决算.合计=Σ")
        .map((f) => f.severity);
    // 0.01 万元 apart, four figures printed to 0.01 万元: rounding explains it.
    expect(severities(sangong("单位：万元", [10.01, 3.33, 3.33, 3.34]))).toEqual(["info"]);
    // The same gap printed in 元 to the 分 is 100 元: rounding cannot explain it.
    expect(severities(sangong("单位：元", [100100, 33300.5, 33300.25, 33399.25]))).toEqual([
      "error",
    ]);
  });
});
