import { fillTables } from "../../../src/core/app/fill";
import { OverwriteConflict } from "../../../src/core/errors";
import { INPUT_SHEET_NAMES } from "../../../src/core/inputs/readInputs";
import { InputProblems, describeProblem } from "../../../src/core/inputs/problems";
import { Decimal } from "../../../src/core/money";
import { META_SHEET, readMetaSheet } from "../../../src/core/workbook/meta";
import { smallDepartment, workbookWith } from "../../helpers/workbooks";

const fill = (
  port: Parameters<typeof fillTables>[0],
  extra: Partial<Parameters<typeof fillTables>[1]> = {}
) => fillTables(port, { mode: "formulas", version: "test", ...extra });

describe("fill", () => {
  test("consolidates both units into the tables, at full precision in 万元", async () => {
    const { port } = await workbookWith(smallDepartment());
    const { computed, displayed } = await fill(port);
    const v = (id: string) => computed.values.get(id)!.toFixed();
    expect(v("T01.本年收入合计")).toBe("155.000075");
    expect(v("T01.收入总计")).toBe(v("T01.支出总计"));
    expect(v("T01.本年支出合计")).toBe(v("T03.合计.本年支出合计"));
    expect(v("T04.本年支出合计.合计")).toBe(v("T05.合计.合计"));
    expect(v("T06[310]")).toBe("0.18");
    expect(v("T07.决算.合计")).toBe("8.78");
    expect(v("T07.预算.公务接待费")).toBe("10");
    expect(v("T10.流动资产")).toBe("12.345678");
    expect(v("T10.一般公务用车")).toBe("2"); // a count: not divided by 10000
    expect(displayed.get("T01.收入总计")!.toFixed(2)).toBe("159.42");
    // Lines exist only for codes with data; ancestors come with them.
    const t05 = computed.layouts
      .get("T05")!
      .amounts.filter((c) => c.columnKey === "合计")
      .map((c) => c.code ?? "合计");
    expect(t05).toEqual([
      "合计",
      "201",
      "20138",
      "2013801",
      "206",
      "20601",
      "2060101",
      "208",
      "20805",
      "2080505",
    ]);
    expect([...computed.empty]).toEqual(["T08", "T09"]);
  });

  test("writes formulas with results, or plain numbers with --values", async () => {
    const { port } = await workbookWith(smallDepartment());
    const result = await fill(port);
    const cell = result.computed.layouts.get("T01")!.byId.get("T01.本年收入合计")!;
    let sheet = (await port.read(["公开01表"])).sheets[0];
    expect(sheet.formulas[cell.row][cell.col]).toMatch(/^SUM\(/);
    expect(sheet.values[cell.row][cell.col]).toBeCloseTo(155.000075, 9);

    await fill(port, { mode: "values" });
    const read = await port.read(["公开01表", META_SHEET]);
    sheet = read.sheets[0];
    expect(sheet.formulas[cell.row][cell.col]).toBeNull();
    expect(sheet.values[cell.row][cell.col]).toBe(155.000075);
    expect(readMetaSheet(read.sheets[1])?.mode).toBe("values");
  });

  test("re-filling replaces only generated sheets and keeps every input, reasons included", async () => {
    const { port } = await workbookWith(smallDepartment());
    const inputsBefore = JSON.stringify((await port.read(INPUT_SHEET_NAMES)).sheets);
    await fill(port);
    await fill(port);
    expect(JSON.stringify((await port.read(INPUT_SHEET_NAMES)).sheets)).toBe(inputsBefore);
    expect(inputsBefore).toContain("机构改革，部分职能划出");
  });

  test("refuses to overwrite a table edited by hand, unless confirmed", async () => {
    const { workbook, port } = await workbookWith(smallDepartment());
    await fill(port);
    workbook.getWorksheet("公开07表")!.getCell("A20").value = "手工备注";
    await expect(fill(port)).rejects.toThrow(OverwriteConflict);
    await expect(fill(port)).rejects.toMatchObject({
      details: ["「公开07表」在上次生成后被手工修改过，重新生成会丢失这些修改"],
    });
    await fill(port, { overwrite: true });
    expect(workbook.getWorksheet("公开07表")!.getCell("A20").value).toBeNull();
  });

  test("money no table line can show is an error at its ledger line", async () => {
    const records = smallDepartment();
    records.ledger.push([
      "甲局本级",
      "支出",
      "2013801",
      "30901",
      "一般公共预算财政拨款",
      "基本支出",
      100,
      null,
    ]);
    records.ledger.push([
      "甲局本级",
      "收入",
      "2013801",
      null,
      "一般公共预算财政拨款",
      "基本支出",
      100,
      null,
    ]);
    const { port } = await workbookWith(records);
    const error = await fill(port).catch((e) => e);
    expect(error).toBeInstanceOf(InputProblems);
    expect((error as InputProblems).problems.map(describeProblem)).toEqual([
      "收支明细 第16行 F列（支出性质）：收入行不填支出性质",
    ]);
    records.ledger.pop();
    const second = await workbookWith(records);
    const lost = await fill(second.port).catch((e) => e);
    expect((lost as InputProblems).problems.map(describeProblem)).toEqual([
      "收支明细 第15行 D列（经济分类科目编码）：经济分类「30901」在公开06表中没有对应的行（一般公共预算财政拨款，基本支出），该金额无法列示；请核对经济分类科目",
    ]);
  });

  test("a code added in 科目补充 can be used in the ledger", async () => {
    const records = smallDepartment();
    records.subjects = [["功能分类", "2013866", "陶瓷产业发展专项"]];
    records.ledger[0][2] = "2013866";
    records.ledger[5][2] = "2013866";
    const { port } = await workbookWith(records);
    const { computed } = await fill(port);
    expect(computed.values.get("T02[2013866].财政拨款收入")!.toFixed()).toBe("100");
    expect(computed.layouts.get("T03")!.rows.find((r) => r.code === "2013866")?.label).toBe(
      "陶瓷产业发展专项"
    );
  });

  test("尾差调整: displayed parts add up to displayed totals", async () => {
    const records = smallDepartment();
    // Three lines of 0.004 万元 each: plain rounding shows 0.00 + 0.00 + 0.00 = 0.01.
    records.ledger.push(
      ["甲局本级", "收入", "2013801", null, "上级补助收入", null, 40, null],
      ["甲局本级", "收入", "2013801", null, "事业收入", null, 40, null],
      ["甲局本级", "收入", "2013801", null, "经营收入", null, 40, null],
      ["甲局本级", "支出", "2013801", "30201", "上级补助收入", "项目支出", 120, null]
    );
    const { port } = await workbookWith(records);
    const plain = await fill(port);
    const parts = ["T01.上级补助收入", "T01.事业收入", "T01.经营收入"];
    const sum = (shown: Map<string, Decimal>, ids: string[]) =>
      ids.reduce((a, id) => a.plus(shown.get(id)!), new Decimal(0));
    const incomeParts = [
      "T01.一般公共预算财政拨款收入",
      "T01.政府性基金预算财政拨款收入",
      "T01.国有资本经营预算财政拨款收入",
      ...parts,
      "T01.附属单位上缴收入",
      "T01.其他收入",
    ];
    expect(sum(plain.displayed, incomeParts).equals(plain.displayed.get("T01.本年收入合计")!)).toBe(
      false
    );

    const adjusted = await fill(port, { tailAdjust: true });
    expect(adjusted.mode).toBe("values");
    expect(sum(adjusted.displayed, incomeParts).toFixed(2)).toBe(
      adjusted.displayed.get("T01.本年收入合计")!.toFixed(2)
    );
    expect(adjusted.tail!.adjusted.length).toBeGreaterThan(0);
    // Each displayed value stays within one cent of the true figure.
    for (const [id, shown] of adjusted.displayed)
      expect(shown.minus(adjusted.computed.values.get(id)!).abs().lessThan(0.01)).toBe(true);
    // T01's 类 lines repeat 公开03表's: they show the same figures.
    expect(
      adjusted.displayed.get("T01[201]")!.equals(adjusted.displayed.get("T03[201].本年支出合计")!)
    ).toBe(true);
  });
});
