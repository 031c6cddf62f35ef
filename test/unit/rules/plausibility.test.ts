import { loadSample, sampleWorkbook } from "../../../src/cli/commands/demo";
import { fillTables } from "../../../src/core/app/fill";
import type { InputRecords } from "../../../src/core/inputs/records";
import type { Finding } from "../../../src/core/rules/evaluate";
import { ExcelJsPort } from "../../../src/xlsx/port";

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
  const result = await fillTables(new ExcelJsPort(await sampleWorkbook(records)), {
    mode: "formulas",
    version: "t",
  });
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
