import ExcelJS from "exceljs";
import * as path from "path";
import { checkWorkbook } from "../../src/core/app/check";
import type { FillResult } from "../../src/core/app/fill";
import { STATUS_TEXT } from "../../src/core/rules/forms";
import type { AmountCell } from "../../src/core/templates/layout";
import { cellLabel } from "../../src/core/workbook/a1";
import { ExcelJsPort } from "../../src/xlsx/port";
import { convert, describeWithLibreOffice } from "../helpers/libreoffice";
import { cellText } from "../helpers/cells";
import { filledSample } from "../helpers/sample";
import { tempDir } from "../helpers/tmp";

interface Mutation {
  id: string;
  /** New value from the old one (万元). */
  change: (old: number) => number;
  label: string;
}

let sampleFile: string;
let sample: FillResult;
const dir = tempDir();

beforeAll(async () => {
  const { workbook, result } = await filledSample();
  sample = result;
  sampleFile = path.join(dir, "sample.xlsx");
  await workbook.xlsx.writeFile(sampleFile);
});

async function mutated(
  m: Mutation
): Promise<{ workbook: ExcelJS.Workbook; cell: AmountCell; address: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(sampleFile);
  const cell = sample.computed.layouts.get(m.id.slice(0, 3))!.byId.get(m.id)!;
  const sheetName = sample.computed.layouts.get(cell.tableId)!.table.code;
  const target = workbook.getWorksheet(sheetName)!.getCell(cell.row + 1, cell.col + 1);
  target.value = m.change(sample.computed.values.get(m.id)!.toNumber()); // typed over the formula
  return { workbook, cell, address: cellLabel(sheetName, cell.row, cell.col) };
}

/** Single-cell edits across tables, rows and sizes: 0.01 万元 (100 元) up to wholesale changes. */
const MUTATIONS: Mutation[] = [
  ...[
    "T01.一般公共预算财政拨款收入",
    "T01.其他收入",
    "T01.年初结转和结余",
    "T01.本年收入合计",
    "T01.收入总计",
    "T01[201]",
    "T01[208]",
    "T01.支出总计",
    "T02[2011301].财政拨款收入",
    "T02.合计.其他收入",
    "T02[208].本年收入合计",
    "T03[2011301].基本支出",
    "T03[20113].项目支出",
    "T03[206].本年支出合计",
    "T03.合计.基本支出",
    "T04.一般公共预算财政拨款",
    "T04[201].一般公共预算财政拨款",
    "T04[221].合计",
    "T04.本年支出合计.合计",
    "T05[2011301].基本支出",
    "T05[20805].合计",
    "T05.合计.项目支出",
    "T06[30101]",
    "T06[302]",
    "T06[30309]",
    "T06.人员经费合计",
    "T06.公用经费合计",
    "T07.决算.公务接待费",
    "T07.预算.合计",
    "T07.决算.公务用车运行费",
    "T10.流动资产",
    "T10.一般公务用车",
  ].map((id, i): Mutation => {
    const sizes: [string, (v: number) => number][] = [
      ["+0.01", (v) => v + 0.01],
      ["×10", (v) => (v === 0 ? 5 : v * 10)],
      ["−1", (v) => v - 1],
      ["置0/+100", (v) => (v === 0 ? 100 : 0)],
      ["+0.5", (v) => v + 0.5],
    ];
    const [label, change] = sizes[i % sizes.length];
    return { id, change, label };
  }),
];

describe("check: single-cell mutations of the sample", () => {
  test("the sample itself passes with no error, reading the file back", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sampleFile);
    const report = await checkWorkbook(new ExcelJsPort(workbook));
    // One plausibility warning is the sample's own slip: equipment bought, 资产总额 0 (unit/rules/plausibility).
    expect(report.findings.filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual([
      "合理性.购置设备→资产",
    ]);
    expect(report.outcomes.length).toBeGreaterThan(60);
    expect(report.tables.department).toBe("景德镇市陶瓷产业发展局");
  });

  test("a ledger line added after the last fill is caught against 公开01表", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sampleFile);
    const ledger = workbook.getWorksheet("收支明细")!;
    ledger.addRow([
      "景德镇市陶瓷产业发展局本级",
      "支出",
      "2011302",
      "30201",
      "其他收入",
      "项目支出",
      5000,
    ]);
    const report = await checkWorkbook(new ExcelJsPort(workbook));
    const finding = report.findings.find((f) => f.rule === "收支明细×T01.支出")!;
    expect(finding.severity).toBe("error");
    expect(finding.cells).toContain("收支明细!G1");
    expect(finding.actual - finding.expected).toBeCloseTo(0.5, 9);
    // A reviewer's copy without input sheets is not held to these rules.
    for (const name of ["收支明细", "补充信息"])
      workbook.removeWorksheet(workbook.getWorksheet(name)!.id);
    const tablesOnly = await checkWorkbook(new ExcelJsPort(workbook));
    expect(tablesOnly.findings.filter((f) => f.rule.startsWith("收支明细×"))).toEqual([]);
  });

  test(`${MUTATIONS.length} mutations are each caught by an error naming the mutated cell`, async () => {
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(30);
    const missed: string[] = [];
    for (const m of MUTATIONS) {
      const { workbook, address } = await mutated(m);
      const report = await checkWorkbook(new ExcelJsPort(workbook));
      const caught = report.findings.some(
        (f) => f.severity === "error" && f.cells.includes(address)
      );
      if (!caught) missed.push(`${m.id} ${m.label} (${address})`);
    }
    expect(missed).toEqual([]);
  });
});

describeWithLibreOffice("the 校验 sheet: LibreOffice agrees with core", () => {
  it("on the clean sample and on mutated copies", async () => {
    // Each copy is recalculated by LibreOffice (the mutation flows into the totals' formulas); core
    // then reads that recalculated workbook, and must reach LibreOffice's 通过/尾差/不通过 on every row.
    const chosen = [MUTATIONS[0], MUTATIONS[11], MUTATIONS[22], MUTATIONS[27], MUTATIONS[30]];
    const files = [sampleFile];
    for (const [i, m] of chosen.entries()) {
      const { workbook } = await mutated(m);
      const file = path.join(dir, `mutated-${i}.xlsx`);
      await workbook.xlsx.writeFile(file);
      files.push(file);
    }
    const recalculated = await convert(files, "xlsx", path.join(dir, "lo"));
    let failing = 0;
    for (const [i, file] of recalculated.entries()) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const report = await checkWorkbook(new ExcelJsPort(workbook));
      const expected = new Map(report.outcomes.map((o) => [o.instance.id, STATUS_TEXT[o.status]]));
      const sheet = workbook.getWorksheet("校验")!;
      const computed = new Map<string, string>();
      sheet.eachRow((row, r) => {
        if (r < 4) return;
        computed.set(cellText(row.getCell(2).value), cellText(row.getCell(9).value));
      });
      expect(computed.size).toBe(expected.size);
      expect(Object.fromEntries(computed)).toEqual(Object.fromEntries(expected));
      if (i === 0) expect([...computed.values()].every((v) => v === "通过")).toBe(true);
      // After recalculation a leaf's change flows into its own totals; cross-table rules still catch it.
      else if ([...computed.values()].includes("不通过")) failing++;
    }
    expect(failing).toBeGreaterThanOrEqual(3);
  });
});
