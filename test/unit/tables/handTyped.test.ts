import { isKnown } from "../../../src/core/rules/evaluate";
import { readCellAmount } from "../../../src/core/tables/numbers";
import { cellAddress, readTables } from "../../../src/core/tables/readTables";
import type { ReadTables } from "../../../src/core/tables/types";
import { HEADER_TOP, TableLayout } from "../../../src/core/templates/layout";
import type { SheetSnapshot, WorkbookRead } from "../../../src/core/workbook";
import {
  catalogs,
  deleteColumn,
  insertColumn,
  insertRow,
  profile,
  rendered,
  sheet,
  valueAt,
} from "../../helpers/tableSheets";

/** A department's tables typed by hand, each a little differently from the template. */
function handTyped() {
  const t01 = sheet(
    "表1 收入支出决算总表",
    [
      ["景德镇市某某局2021年度收入支出决算总表"],
      [],
      ["单位名称：某某局", null, null, "单位：万元"],
      [],
      ["收\u3000入", null, "支\u3000出", null],
      ["项\n目", "金 额（万元）", "项    目", "金额"],
      [],
      ["一、一般公共预算财政拨款收入", "1,406.17", "一般公共服务支出", 1075.54],
      ["二、政府性基金预算财政拨款收入", null, "科学技术支出", "304.42"],
      ["三、国有资本经营预算财政拨款收入", null, "社会保障和就业支出", "１４５．２１"],
      ["四、上级补助收入", null, "卫生健康支出", 24.88],
      ["五、事业收入", null, "住房保障支出", " 33.47 "],
      ["六、经营收入", "—", null, null],
      ["八、其他收入", 172.92, null, null],
      ["八、其他收入（测试）", 5, null, null],
      [],
      ["本年收入合计", "1,579.09", "本年支出合计", 1583.52],
      ["使用非财政拨款结余", null, "结余分配", null],
      ["年初结转和结余", 4.42, "年末结转和结余", "-"],
      ["总    计", "1,583.51", "总计", "1,583.52万元"],
      ["注：本表反映部门本年度的总收支和年末结转结余情况。"],
    ],
    ["A1:D1", "A5:B5", "C5:D5", "A21:D21"]
  );

  const t02 = sheet(
    "Sheet2",
    [
      ["收入决算表"],
      [null, null, null, null, null, null, null, null, "公开02表"],
      ["部门：某某局", null, null, null, null, null, null, null, "金额单位：万元"],
      [
        "项目",
        null,
        "本年收入\n合计",
        "财政拨款\r\n收入",
        "上级补助收入",
        "事业收入",
        "经营收入",
        "附属单位上缴收入",
        "其他收入",
      ],
      ["科目编码", "科目名称"],
      ["合计", null, "1,579.09", "1,406.17", null, null, null, null, "172.92"],
      [201, "一般公共服务支出", 1075.54, 902.71, null, null, null, null, 172.83],
      ["201 13 01", "行政运行", 603.68, 431.06, null, null, null, null, 172.62],
      [2060301, "  机构运行", 165.49, 165.49],
      ["208", "社会保障和就业支出", 145.21, 145.21],
      ["20805", "行政事业单位养老支出", 145.21, 145.21],
      ["２０８０５０５", "机关事业单位基本养老保险缴费支出", "145.21", "145.21"],
      [],
      ["2101101", "行政单位医疗", 24.88, 24.88],
      ["注：本表反映部门本年度取得的各项收入情况。"],
    ],
    ["A4:B4", ..."CDEFGHI".split("").map((c) => `${c}4:${c}5`), "A6:B6", "A15:I15"]
  );

  const t03 = rendered("T03", "表3", (_, i) => Math.round((i + 1) * 137) / 100, [
    "2011301",
    "2080505",
  ]);
  // An extra blank column in front and an extra blank line between header and body.
  const t03Sheet = insertRow(insertColumn(t03.snapshot, 0), t03.layout.bodyTop);

  const t04 = rendered("T04", "Sheet4", (_, i) => (i % 7) * 10.5);
  // No 行次 on the 收入 side; an extra blank row between the 金额单位 line and the header.
  const t04Sheet = insertRow(deleteColumn(t04.snapshot, 1), HEADER_TOP);

  const t05 = sheet(
    "5",
    [
      ["一般公共预算财政拨款支出决算表"],
      [null, null, null, null, "单位：万元"],
      ["科目编码", "科目名称", "本年支出", null, null],
      [null, null, "合 计", "基本支出", "项目支出"],
      ["合计", null, "1,075.54", "775.35", "300.19"],
      ["201", "一般公共服务支出", 1075.54, 775.35, 300.19],
      ["2011301", "行政运行", 603.68, 603.68, null],
      ["2011308", "招商引资", "106.96", null, "106.96"],
    ],
    ["C3:E3", "A3:A4", "B3:B4"]
  );

  const t06 = rendered("T06", "基本支出表", (_, i) => i / 4);
  t06.snapshot.values[1] = []; // no 表号: found by its title

  const t07 = sheet(
    "三公经费",
    [
      ['2021年一般公共预算财政拨款"三公"经费支出决算表'],
      [],
      ["预算数", null, null, null, null, null, "决 算 数", null, null, null, null, null],
      [
        "合计",
        "因公出国(境)费",
        "公务用车购置及运行费",
        null,
        null,
        "公务接待费",
        "合计",
        "因公出国（境）费",
        "公务用车购置及运行费",
        null,
        null,
        "公务接待费",
      ],
      [
        null,
        null,
        "小计",
        "公务用车\n购置费",
        "公务用车运行费",
        null,
        null,
        null,
        "小计",
        "公务用车购置费",
        "公务用车运行费",
        null,
      ],
      [10, 0, 0, 0, 0, 10, "8.78", null, null, null, null, "8.78"],
      ["注：本表反映部门本年度“三公”经费支出预决算情况。"],
    ],
    ["A3:F3", "G3:L3", "C4:E4", "I4:K4", ..."ABFGHL".split("").map((c) => `${c}4:${c}5`)]
  );

  const t08 = rendered("T08", "Sheet8", () => 0);

  const t10 = sheet("国有资产占用情况表", [
    ["国有资产占用情况表"],
    [null, null, null, "金额单位：万元"],
    ["项目", "金额", "项目", "数量"],
    ["资产总额", "2,000.00", "车辆数(辆)", 3],
    ["一、流动资产", 1500, "其中：领导干部用车", "0"],
    ["二、固定资产", 500, "一般公务用车", "2辆"],
    ["其中：房屋", 400, "执法执勤用车", "一辆"],
    ["车辆", 50, "特种专业技术用车", null],
    ["单价50万元以上通用设备", null, "其他用车", 1],
    ["单价100万元以上专用设备", null, "单价50万元以上通用设备(台、套)", null],
    ["三、对外投资", null, "单价100万元以上专用设备（台/套）", 2],
    ["四、无形资产", null],
    ["五、其他资产", null],
  ]);

  // Mentions 公开01表 and ends with its title, but has no table: the real one wins.
  const notes = sheet("说明", [["附：收入支出决算总表"], ["公开01表见表1。"]]);
  const sheets: SheetSnapshot[] = [
    notes,
    t01,
    t02,
    t03Sheet,
    t04Sheet,
    t05,
    t06.snapshot,
    t07,
    t08.snapshot,
    t10,
  ];
  const read: WorkbookRead = { sheetNames: sheets.map((s) => s.name), sheets };
  return { read, sheets, layouts: { T03: t03.layout, T04: t04.layout, T06: t06.layout } };
}

function value(tables: ReadTables, id: string): number {
  const cell = tables.cells.get(id);
  if (!cell) throw new Error(`no cell ${id}`);
  return cell.value.toNumber();
}

describe("readTables on hand-typed tables", () => {
  const fixture = handTyped();
  const tables = readTables(fixture.read, profile, catalogs);

  it("finds each table by name, 表号 or title", () => {
    expect(Object.fromEntries([...tables.tables].map(([id, t]) => [id, t.sheet]))).toEqual({
      T01: "表1 收入支出决算总表",
      T02: "Sheet2",
      T03: "表3",
      T04: "Sheet4",
      T05: "5",
      T06: "基本支出表",
      T07: "三公经费",
      T08: "Sheet8",
      T09: undefined,
      T10: "国有资产占用情况表",
    });
    expect(tables.fullPrecision).toBe(false);
  });

  it("reports exactly what does not fit", () => {
    expect(tables.findings).toEqual([
      {
        kind: "unmapped-row",
        message:
          "公开01表（表1 收入支出决算总表） 第15行「八、其他收入（测试）」无法对应到表中的项目",
        sheet: "表1 收入支出决算总表",
        row: 14,
      },
      {
        kind: "missing-row",
        message: "公开01表（表1 收入支出决算总表）未找到「七、附属单位上缴收入」行",
        sheet: "表1 收入支出决算总表",
        cells: ["T01.附属单位上缴收入"],
      },
      { kind: "unit-assumed", message: "公开07表（三公经费）", sheet: "三公经费", tableId: "T07" },
      {
        kind: "missing-table",
        message: "公开09表（国有资本经营预算财政拨款支出决算表）",
        tableId: "T09",
        cells: ["T09.合计.合计", "T09.合计.基本支出", "T09.合计.项目支出"],
      },
      {
        kind: "bad-number",
        message: "国有资产占用情况表!D7「一辆」不是有效的数字",
        sheet: "国有资产占用情况表",
        row: 6,
        col: 3,
        cells: ["T10.执法执勤用车"],
      },
    ]);
  });

  it("reads 公开01表: labels with numbering, figures as text, a missing 行次 column", () => {
    expect({
      income: value(tables, "T01.一般公共预算财政拨款收入"),
      fund: value(tables, "T01.政府性基金预算财政拨款收入"),
      business: value(tables, "T01.经营收入"),
      other: value(tables, "T01.其他收入"),
      incomeTotal: value(tables, "T01.本年收入合计"),
      carried: value(tables, "T01.年初结转和结余"),
      grandIncome: value(tables, "T01.收入总计"),
      general: value(tables, "T01[201]"),
      science: value(tables, "T01[206]"),
      social: value(tables, "T01[208]"),
      housing: value(tables, "T01[221]"),
      spendingTotal: value(tables, "T01.本年支出合计"),
      grandSpending: value(tables, "T01.支出总计"),
    }).toEqual({
      income: 1406.17,
      fund: 0,
      business: 0,
      other: 172.92,
      incomeTotal: 1579.09,
      carried: 4.42,
      grandIncome: 1583.51,
      general: 1075.54,
      science: 304.42,
      social: 145.21,
      housing: 33.47,
      spendingTotal: 1583.52,
      grandSpending: 1583.52,
    });
    const cell = (id: string) => tables.cells.get(id);
    expect(cellAddress(cell("T01.一般公共预算财政拨款收入")!)).toBe("表1 收入支出决算总表!B8");
    expect(cellAddress(cell("T01[206]")!)).toBe("表1 收入支出决算总表!D9");
    expect(cellAddress(cell("T01.支出总计")!)).toBe("表1 收入支出决算总表!D20");
    // Blank, but the line is there.
    expect(cellAddress(cell("T01.政府性基金预算财政拨款收入")!)).toBe("表1 收入支出决算总表!B9");
    // Lines the sheet does not have: 0, nowhere.
    expect(cell("T01.附属单位上缴收入")).toEqual({ value: expect.anything() });
    expect(cell("T01[202]")?.at).toBeUndefined();
    expect(value(tables, "T01[202]")).toBe(0);
  });

  it("reads 公开02表: codes as numbers, text and with spaces; 项 lines without their 类/款", () => {
    const t02 = tables.tables.get("T02");
    expect(t02?.layout.rows.filter((r) => r.kind === "subject").map((r) => r.code)).toEqual([
      "201",
      "20113",
      "2011301",
      "206",
      "20603",
      "2060301",
      "208",
      "20805",
      "2080505",
      "210",
      "21011",
      "2101101",
    ]);
    expect(value(tables, "T02.合计.本年收入合计")).toBe(1579.09);
    expect(value(tables, "T02.合计.其他收入")).toBe(172.92);
    expect(value(tables, "T02[201].其他收入")).toBe(172.83);
    expect(value(tables, "T02[2011301].财政拨款收入")).toBe(431.06);
    expect(value(tables, "T02[2060301].本年收入合计")).toBe(165.49);
    expect(value(tables, "T02[2080505].财政拨款收入")).toBe(145.21);
    expect(value(tables, "T02[2101101].本年收入合计")).toBe(24.88);
    expect(cellAddress(tables.cells.get("T02[2101101].本年收入合计")!)).toBe("Sheet2!C14");
    // 类 and 款 lines left out above 项 lines the table lists: unknown, not 0.
    for (const code of ["20113", "206", "20603", "210", "21011"]) {
      expect(tables.cells.get(`T02[${code}].本年收入合计`)).toEqual({ value: expect.anything() });
      expect(isKnown(tables.cells.get(`T02[${code}].本年收入合计`))).toBe(false);
    }
    expect(tables.cells.get("T02[208].本年收入合计")?.at).toEqual({
      sheet: "Sheet2",
      row: 9,
      col: 2,
    });
  });

  it("reads the rendered tables under other names, shifted by extra rows and columns", () => {
    const byName = new Map(fixture.sheets.map((s) => [s.name, s]));
    for (const [tableId, layout] of Object.entries(fixture.layouts) as [string, TableLayout][]) {
      const read = tables.tables.get(tableId);
      const snapshot = byName.get(read?.sheet ?? "") as SheetSnapshot;
      expect(read?.layout.amounts.map((a) => a.id)).toEqual(layout.amounts.map((a) => a.id));
      for (const amount of layout.amounts) {
        const cell = tables.cells.get(amount.id);
        expect({ id: amount.id, found: Boolean(cell?.at) }).toEqual({ id: amount.id, found: true });
        const shown = readCellAmount(valueAt(snapshot, cell!.at!.row, cell!.at!.col), amount.unit);
        expect(shown.ok && shown.value.toNumber()).toBe(cell!.value.toNumber());
      }
    }
    // 公开03表: one column and one row further than fill puts them.
    const t03 = fixture.layouts.T03.byId.get("T03[2011301].基本支出")!;
    expect(tables.cells.get("T03[2011301].基本支出")?.at).toEqual({
      sheet: "表3",
      row: t03.row + 1,
      col: t03.col + 1,
    });
    expect(value(tables, "T03[2011301].基本支出")).toBe(
      Math.round((t03Index("T03[2011301].基本支出") + 1) * 137) / 100
    );
    // 公开04表: no 行次 column on the 收入 side.
    const t04 = fixture.layouts.T04.byId.get("T04.本年收入合计")!;
    expect(tables.cells.get("T04.本年收入合计")?.at).toEqual({
      sheet: "Sheet4",
      row: t04.row + 1,
      col: 1,
    });
    const t04Spend = fixture.layouts.T04.byId.get("T04[201].政府性基金预算财政拨款")!;
    expect(tables.cells.get("T04[201].政府性基金预算财政拨款")?.at).toEqual({
      sheet: "Sheet4",
      row: t04Spend.row + 1,
      col: t04Spend.col - 1,
    });
    // 公开08表 with no data: just its 合计 line, all zero.
    expect(tables.tables.get("T08")?.layout.amounts.every((a) => a.rowKey === "合计")).toBe(true);
    expect(value(tables, "T08.合计.本年收入")).toBe(0);
    expect(tables.cells.get("T08.合计.本年收入")?.at).toBeDefined();
  });

  function t03Index(id: string): number {
    return fixture.layouts.T03.amounts.findIndex((a) => a.id === id);
  }

  it("reads 公开05表 with a header without 项目 and 类 + 项 lines only", () => {
    expect(value(tables, "T05.合计.合计")).toBe(1075.54);
    expect(value(tables, "T05.合计.项目支出")).toBe(300.19);
    expect(value(tables, "T05[201].基本支出")).toBe(775.35);
    expect(value(tables, "T05[2011308].项目支出")).toBe(106.96);
    expect(value(tables, "T05[2011301].项目支出")).toBe(0);
    expect(tables.cells.get("T05[2011301].项目支出")?.at).toEqual({ sheet: "5", row: 6, col: 4 });
    expect(tables.cells.get("T05[20113].合计")?.at).toBeUndefined();
  });

  it("reads 公开07表's three header rows and its one line", () => {
    expect({
      budget: value(tables, "T07.预算.合计"),
      budgetReception: value(tables, "T07.预算.公务接待费"),
      actual: value(tables, "T07.决算.合计"),
      actualCars: value(tables, "T07.决算.公务用车购置及运行费"),
      actualReception: value(tables, "T07.决算.公务接待费"),
    }).toEqual({
      budget: 10,
      budgetReception: 10,
      actual: 8.78,
      actualCars: 0,
      actualReception: 8.78,
    });
    expect(cellAddress(tables.cells.get("T07.决算.公务接待费")!)).toBe("三公经费!L6");
    expect(cellAddress(tables.cells.get("T07.预算.公务用车运行费")!)).toBe("三公经费!E6");
  });

  it("reads 公开10表's two blocks side by side, counts included", () => {
    expect({
      assets: value(tables, "T10.资产总额"),
      houses: value(tables, "T10.房屋"),
      vehicles: value(tables, "T10.车辆数"),
      official: value(tables, "T10.一般公务用车"),
      enforcement: value(tables, "T10.执法执勤用车"),
      special: value(tables, "T10.专用设备数量"),
    }).toEqual({ assets: 2000, houses: 400, vehicles: 3, official: 2, enforcement: 0, special: 2 });
    expect(cellAddress(tables.cells.get("T10.执法执勤用车")!)).toBe("国有资产占用情况表!D7");
    expect(cellAddress(tables.cells.get("T10.专用设备数量")!)).toBe("国有资产占用情况表!D11");
  });

  it("gives every amount cell of every table, missing ones as 0 without an address", () => {
    for (const table of tables.tables.values())
      for (const amount of table.layout.amounts) expect(tables.cells.has(amount.id)).toBe(true);
    const t09 = tables.tables.get("T09");
    expect(t09?.layout.amounts.length).toBeGreaterThan(0);
    for (const amount of t09!.layout.amounts)
      expect(tables.cells.get(amount.id)).toEqual({ value: expect.anything() });
  });
});
