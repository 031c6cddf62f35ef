import { loadSample } from "../../../src/cli/sample";
import { checkWorkbook } from "../../../src/core/app/check";
import { narrateWorkbook } from "../../../src/core/app/narrate";
import { paragraphFormula } from "../../../src/core/narrative/pieceForms";
import { runningCostFromLedger } from "../../../src/core/app/runningCost";
import type { InputRecords } from "../../../src/core/inputs/records";
import type { Finding } from "../../../src/core/rules/evaluate";
import { ExcelJsPort } from "../../../src/xlsx/port";
import { fillSample } from "../../helpers/sample";

const PLAUSIBILITY = [
  "合理性.中小企业≤采购.货物",
  "合理性.中小企业≤采购.工程",
  "合理性.中小企业≤采购.服务",
  "合理性.中小企业≤采购总额",
  "合理性.小微≤中小企业",
  "合理性.绩效自评资金≤项目支出",
];

async function findingsWith(items: Record<string, number>): Promise<Finding[]> {
  const records: InputRecords = await loadSample();
  records.supplementary = { ...records.supplementary, ...items };
  const { result } = await fillSample(records);
  return result.check.findings.filter((f) => f.rule.startsWith("合理性."));
}

// The bundled sample (景德镇市陶瓷产业发展局 2021): 政府采购货物支出 76,100 元, all of it to 中小企业;
// 绩效自评涉及资金 1,375,000 元 against 项目支出 610.79 万元.
describe("plausibility rules (warnings) over the 补充信息", () => {
  test("none trips on the sample, nor at the limits (小微 = 中小企业 = 采购总额)", async () => {
    expect(await findingsWith({})).toEqual([]);
    expect(
      await findingsWith({ 授予中小企业合同金额: 76_100, 授予小微企业合同金额: 76_100 })
    ).toEqual([]);
  }, 60_000);

  test("each trips as a warning naming its cells when its figure is too large", async () => {
    const findings = await findingsWith({
      货物采购授予中小企业合同金额: 100_000,
      工程采购授予中小企业合同金额: 1,
      服务采购授予中小企业合同金额: 1,
      授予中小企业合同金额: 200_000,
      授予小微企业合同金额: 300_000,
      绩效自评涉及资金: 10_000_000,
    });
    expect(findings.map((f) => f.rule).sort()).toEqual([...PLAUSIBILITY].sort());
    for (const f of findings) {
      expect(f.severity).toBe("warning");
      expect(f.cells[0]).toMatch(/^补充信息!D\d+$/);
    }
    const performance = findings.find((f) => f.rule === "合理性.绩效自评资金≤项目支出")!;
    expect(performance.cells[1]).toMatch(/^公开03表!/);
    expect(performance.actual).toBe(1000);
  }, 60_000);
});

/** check on the sample workbook with some 补充信息 items changed (as a clerk would type them). */
async function checkedWith(items: Record<string, number>): Promise<string[]> {
  const records: InputRecords = await loadSample();
  records.supplementary = { ...records.supplementary, ...items };
  const { workbook } = await fillSample(records);
  const report = await checkWorkbook(new ExcelJsPort(workbook));
  return report.findings
    .filter((f) => f.rule.startsWith("合理性.") && f.severity === "warning")
    .map((f) => f.rule)
    .sort();
}

describe("plausibility checks between figures no 勾稽关系 binds (vehicles, assets)", () => {
  test("the sample's slip: the ledger buys office equipment (31002) while 资产总额 is 0", async () => {
    expect(await checkedWith({})).toEqual(["合理性.购置设备→资产"]);
    // With the assets typed in 补充信息, nothing is left.
    expect(await checkedWith({ 固定资产: 1_000_000, 流动资产: 500_000 })).toEqual([]);
  }, 90_000);

  test("vehicles: 保有量 above the table's 车辆数, and 购置数 without 购置费 or the reverse", async () => {
    const assets = { 固定资产: 1_000_000 };
    expect(await checkedWith({ ...assets, 公务用车保有量: 2 })).toEqual([
      "合理性.公务用车保有量≤车辆数",
    ]);
    expect(await checkedWith({ ...assets, 公务用车保有量: 2, 一般公务用车: 2 })).toEqual([]);
    expect(await checkedWith({ ...assets, 公务用车购置数: 1 })).toEqual(["合理性.购置车辆→购置费"]);
    expect(await checkedWith({ ...assets, 公务用车购置费: 200_000 })).toEqual([
      "合理性.购置费→购置车辆",
    ]);
    expect(await checkedWith({ ...assets, 公务用车购置费: 200_000, 公务用车购置数: 1 })).toEqual(
      []
    );
  }, 180_000);
});

describe("机关运行经费: typed in 补充信息 vs computed from the ledger by unit type", () => {
  async function check(change: (records: InputRecords) => void) {
    const records: InputRecords = await loadSample();
    change(records);
    const { workbook, result: filled } = await fillSample(records);
    const read = await new ExcelJsPort(workbook).read(workbook.worksheets.map((s) => s.name));
    const report = await checkWorkbook(new ExcelJsPort(workbook));
    const narrated = await narrateWorkbook(new ExcelJsPort(workbook));
    const sentence = (text: string) =>
      text.split("\n").find((l) => l.includes("年度机关运行经费支出"));
    return {
      read,
      finding: report.findings.find((f) => f.rule === "合理性.机关运行经费"),
      sentences: [sentence(filled.narrative.text), sentence(narrated.narrative.text)],
      // The 情况说明 sheet's formula form of the same paragraph.
      formula: paragraphFormula(
        narrated.narrative.paragraphs.find((p) => p.paragraph.id === "机关运行经费")!.paragraph,
        narrated.context
      ),
    };
  }

  test("the sample's 24.58 万元 is its 行政单位's 公用经费; making the 事业单位 参公 changes the figure and warns", async () => {
    const sample = await check(() => undefined);
    expect(sample.finding).toBeUndefined();
    // The narrative says the typed figure is the 公用经费 of 行政 and 参公 units only while it is.
    for (const text of sample.sentences)
      expect(text).toContain(
        "机关运行经费支出24.58万元（与部门决算中行政单位和参照公务员法管理事业单位"
      );
    expect(sample.formula).toContain("公用经费之和一致");
    const units = (await loadSample()).units!;
    expect(runningCostFromLedger(sample.read, units)!.toFixed(2)).toBe("24.58");

    const changed = await check((records) => {
      records.units = records.units!.map((u) =>
        u.type === "事业单位" ? { ...u, type: "参照公务员法管理事业单位" } : u
      );
    });
    const changedUnits = units.map((u) =>
      u.type === "事业单位" ? { ...u, type: "参照公务员法管理事业单位" as const } : u
    );
    const figure = runningCostFromLedger(changed.read, changedUnits)!;
    expect(figure.greaterThan("24.58")).toBe(true);
    expect(changed.finding?.severity).toBe("warning");
    expect(changed.finding?.message).toContain("机关运行经费支出 24.58 万元");
    expect(changed.finding?.cells[0]).toMatch(/^补充信息!D\d+$/);
    for (const text of changed.sentences) {
      expect(text).toContain("机关运行经费支出24.58万元，");
      expect(text).not.toContain("一致");
    }
    expect(changed.formula).toContain("机关运行经费支出");
    expect(changed.formula).not.toContain("一致");
  }, 120_000);
});
