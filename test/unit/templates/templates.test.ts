import { catalogsFor } from "../../../src/core/subjects";
import { blankTableContent } from "../../../src/core/templates/blank";
import { layoutTable, TableLayout } from "../../../src/core/templates/layout";
import { jiangxi2021 } from "../../../src/core/profiles/jiangxi-2021";
import type { TableTemplate } from "../../../src/core/templates/types";

const catalogs = catalogsFor(2021);
const table = (id: string): TableTemplate =>
  jiangxi2021.tables.find((t) => t.id === id) as TableTemplate;
const blank = (id: string) => layoutTable(table(id), { catalogs });
const withRegion = (id: string, codes: string[]) =>
  layoutTable(table(id), { catalogs, regionCodes: { [id]: codes } });
const cell = (layout: TableLayout, id: string) => {
  const found = layout.byId.get(id);
  if (!found)
    throw new Error(`no cell ${id}; have ${[...layout.byId.keys()].slice(0, 8).join(", ")}…`);
  return found;
};
const headerRow = (layout: TableLayout, depth: number) =>
  layout.headerCells
    .filter((h) => h.row === 3 + depth)
    .sort((a, b) => a.col - b.col)
    .map((h) => h.label);

describe("the ten tables of the jiangxi-2021 profile", () => {
  it("are 公开01表 … 公开10表 with their official titles", () => {
    expect(jiangxi2021.tables.map((t) => [t.code, t.title])).toEqual([
      ["公开01表", "收入支出决算总表"],
      ["公开02表", "收入决算表"],
      ["公开03表", "支出决算表"],
      ["公开04表", "财政拨款收入支出决算总表"],
      ["公开05表", "一般公共预算财政拨款支出决算表"],
      ["公开06表", "一般公共预算财政拨款基本支出决算表"],
      ["公开07表", "一般公共预算财政拨款“三公”经费支出决算表"],
      ["公开08表", "政府性基金预算财政拨款收入支出决算表"],
      ["公开09表", "国有资本经营预算财政拨款支出决算表"],
      ["公开10表", "国有资产占用情况表"],
    ]);
  });

  it.each(jiangxi2021.tables.map((t) => [t.code, t] as const))(
    "%s: cell ids are unique and every total resolves",
    (_code, t) => {
      const layout = layoutTable(t, { catalogs, regionCodes: { [t.id]: ["2010301", "2080505"] } });
      expect(new Set(layout.amounts.map((a) => a.id)).size).toBe(layout.amounts.length);
      for (const a of layout.amounts)
        for (const part of a.sum ?? []) expect(layout.byId.has(part.id)).toBe(true);
      expect(layout.amounts.every((a) => a.id.startsWith(t.id))).toBe(true);
    }
  );

  it("give the readable ids rules and sentences use", () => {
    expect(cell(blank("T01"), "T01.本年收入合计").sum?.map((p) => p.id)).toEqual([
      "T01.一般公共预算财政拨款收入",
      "T01.政府性基金预算财政拨款收入",
      "T01.国有资本经营预算财政拨款收入",
      "T01.上级补助收入",
      "T01.事业收入",
      "T01.经营收入",
      "T01.附属单位上缴收入",
      "T01.其他收入",
    ]);
    expect(cell(blank("T01"), "T01[208]").code).toBe("208");
    expect(cell(blank("T01"), "T01.本年支出合计").sum).toHaveLength(26);
    expect(cell(withRegion("T05", ["2010301"]), "T05[2010301].基本支出").level).toBe("项");
    expect(cell(blank("T04"), "T04[201].一般公共预算财政拨款")).toBeDefined();
    expect(cell(blank("T04"), "T04.年末财政拨款结转和结余.合计").sum?.map((p) => p.id)).toEqual([
      "T04.年末财政拨款结转和结余.一般公共预算财政拨款",
      "T04.年末财政拨款结转和结余.政府性基金预算财政拨款",
      "T04.年末财政拨款结转和结余.国有资本经营预算财政拨款",
    ]);
    expect(cell(blank("T06"), "T06.公用经费合计").sum?.map((p) => p.id)).toEqual([
      "T06[302]",
      "T06[307]",
      "T06[310]",
      "T06[399]",
    ]);
    expect(cell(blank("T06"), "T06[301]").sum?.map((p) => p.id)).toContain("T06[30101]");
    expect(cell(blank("T07"), "T07.决算.合计").sum?.map((p) => p.id)).toEqual([
      "T07.决算.因公出国（境）费",
      "T07.决算.公务用车购置及运行费",
      "T07.决算.公务接待费",
    ]);
    expect(cell(blank("T10"), "T10.车辆数").unit).toBe("count");
    expect(cell(blank("T10"), "T10.资产总额").unit).toBe("money");
  });

  it("align the totals of side-by-side blocks on one row (公开01表, 公开04表)", () => {
    for (const [id, pairs] of [
      [
        "T01",
        [
          ["T01.本年收入合计", "T01.本年支出合计"],
          ["T01.收入总计", "T01.支出总计"],
        ],
      ],
      [
        "T04",
        [
          ["T04.本年收入合计", "T04.本年支出合计.合计"],
          ["T04.年初财政拨款结转和结余", "T04.年末财政拨款结转和结余.合计"],
          ["T04.收入总计", "T04.支出总计.合计"],
        ],
      ],
    ] as const) {
      const layout = blank(id);
      for (const [income, expense] of pairs)
        expect(cell(layout, income).row).toBe(cell(layout, expense).row);
    }
  });

  it("build multi-level headers with spans", () => {
    const t07 = blank("T07");
    expect(t07.headerDepth).toBe(3);
    expect(headerRow(t07, 0)).toEqual(["预算数", "决算数"]);
    const groupCaptions = ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"];
    expect(headerRow(t07, 1)).toEqual([...groupCaptions, ...groupCaptions]);
    expect(headerRow(t07, 2)).toEqual([
      "小计",
      "公务用车购置费",
      "公务用车运行费",
      "小计",
      "公务用车购置费",
      "公务用车运行费",
    ]);
    const merged = t07.headerCells.find((h) => h.label === "合计");
    expect(merged).toMatchObject({ rowSpan: 2, colSpan: 1 });

    const t06 = blank("T06");
    // The two 公用经费 groups share one caption across nine columns.
    expect(headerRow(t06, 0)).toEqual(["人员经费", "公用经费"]);
    expect(t06.headerCells.find((h) => h.label === "公用经费")).toMatchObject({ colSpan: 6 });
    expect(headerRow(blank("T05"), 1)).toEqual([
      "科目编码",
      "科目名称",
      "合计",
      "基本支出",
      "项目支出",
    ]);
  });

  it("number lines (行次) across both sides of 公开01表", () => {
    const t01 = blank("T01");
    const numbers = t01.bodyCells.filter((c) => c.kind === "lineNo").map((c) => c.value);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    const total = t01.bodyCells.find((c) => c.kind === "label" && c.value === "本年收入合计");
    expect(t01.bodyCells.find((c) => c.kind === "lineNo" && c.row === total?.row)?.value).toBe(9);
  });
});

describe("subject regions", () => {
  it("add 类 and 款 above the codes with data, in catalog order, each summing its children", () => {
    const t05 = withRegion("T05", ["2080505", "2010301", "2010302", "2080506"]);
    const codes = t05.amounts
      .filter((a) => a.columnKey === "基本支出" && a.code)
      .map((a) => a.code);
    expect(codes).toEqual([
      "201",
      "20103",
      "2010301",
      "2010302",
      "208",
      "20805",
      "2080505",
      "2080506",
    ]);
    expect(cell(t05, "T05[20103].基本支出").sum?.map((p) => p.id)).toEqual([
      "T05[2010301].基本支出",
      "T05[2010302].基本支出",
    ]);
    expect(cell(t05, "T05[201].基本支出").sum?.map((p) => p.id)).toEqual(["T05[20103].基本支出"]);
    expect(cell(t05, "T05.合计.基本支出").sum?.map((p) => p.id)).toEqual([
      "T05[201].基本支出",
      "T05[208].基本支出",
    ]);
    // Column identity wins in its own column: 合计 = 基本支出 + 项目支出 on every line.
    expect(cell(t05, "T05[201].合计").sum?.map((p) => p.id)).toEqual([
      "T05[201].基本支出",
      "T05[201].项目支出",
    ]);
  });

  it("show names and indent by level", () => {
    const t03 = withRegion("T03", ["2010301"]);
    const names = t03.bodyCells
      .filter((c) => c.kind === "name")
      .map((c) => [c.value, c.indent ?? 0]);
    expect(names).toEqual([
      ["一般公共服务支出", 0],
      ["政府办公厅（室）及相关机构事务", 1],
      ["行政运行", 2],
    ]);
  });

  it("offer blank lines in an empty template, with a 合计 that adds the 类 lines typed", () => {
    const t02 = blank("T02");
    const region = t02.regions[0];
    expect(region.blank).toBe(true);
    expect(region.lastRow - region.firstRow + 1).toBe(20);
    const content = blankTableContent(t02);
    const totalCell = cell(t02, "T02.合计.财政拨款收入");
    expect(content.get(totalCell.id)?.formula).toBe(
      `SUMPRODUCT((LEN(A${region.firstRow + 1}:A${region.lastRow + 1})=3)*D${region.firstRow + 1}:D${region.lastRow + 1})`
    );
    expect(content.get("T02.合计.本年收入合计")?.formula).toBe(
      `SUM(D${totalCell.row + 1}:I${totalCell.row + 1})`
    );
  });
});

describe("blank template formulas", () => {
  it("sum contiguous parts as a range and scattered parts as a list", () => {
    const t01 = blank("T01");
    const content = blankTableContent(t01);
    const first = cell(t01, "T01.一般公共预算财政拨款收入");
    const last = cell(t01, "T01.其他收入");
    expect(content.get("T01.本年收入合计")?.formula).toBe(
      `SUM(C${first.row + 1}:C${last.row + 1})`
    );
    const parts = ["T01.本年收入合计", "T01.使用非财政拨款结余", "T01.年初结转和结余"].map(
      (id) => `C${cell(t01, id).row + 1}`
    );
    expect(content.get("T01.收入总计")?.formula).toBe(`SUM(${parts[0]}:${parts[2]})`);
    expect(content.get("T01.一般公共预算财政拨款收入")).toBeUndefined();
  });
});
