import { loadSample } from "../../../src/cli/sample";
import { checkTables, tablesOfFill } from "../../../src/core/app/checkTables";
import type { FillResult } from "../../../src/core/app/fill";
import { Decimal, roundHalfUp } from "../../../src/core/money";
import type { ReadTables } from "../../../src/core/tables/types";
import { fillSample, filledSample } from "../../helpers/sample";

let sample: FillResult;
beforeAll(async () => {
  sample = (await filledSample()).result;
});

/** The sample's tables with some cells changed, as a reviewer would read them. */
function tablesWith(changes: Record<string, string>, displayed = false): ReadTables {
  const rounded = displayed
    ? new Map([...sample.computed.values].map(([id, v]) => [id, roundHalfUp(v, 2)]))
    : undefined;
  const tables = tablesOfFill(sample.computed, rounded);
  for (const [id, value] of Object.entries(changes)) {
    const cell = tables.cells.get(id)!;
    tables.cells.set(id, { ...cell, value: new Decimal(value) });
  }
  return tables;
}

describe("勾稽关系 over the sample", () => {
  test("the sample passes: no error or warning, well over 60 checks", () => {
    expect(sample.check.outcomes.length).toBeGreaterThan(300);
    expect(sample.check.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(new Set(sample.check.instances.map((i) => i.ruleId)).size).toBeGreaterThan(40);
  });

  test("a wrong cell fails every relation it is in, naming the cell", () => {
    const report = checkTables(tablesWith({ "T05[2011301].基本支出": "9999" }), sample.profile);
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThanOrEqual(2);
    const address = `公开05表!${"D"}${sample.computed.layouts.get("T05")!.byId.get("T05[2011301].基本支出")!.row + 1}`;
    for (const e of errors.filter((f) => f.rule.startsWith("T05[2011301]")))
      expect(e.cells).toContain(address);
    expect(errors.map((e) => e.rule)).toEqual(
      expect.arrayContaining([
        "T05[2011301].合计=Σ",
        "T05[20113].基本支出=Σ",
        "T05≤T03.基本支出[2011301]",
      ])
    );
    const sumError = errors.find((e) => e.rule === "T05[2011301].合计=Σ")!;
    expect(sumError.message).toMatch(
      /^公开05表「2011301 行政运行」合计应等于“基本支出”、“项目支出”之和：相差 /
    );
  });

  test("displayed figures: a difference rounding explains is a 尾差 提示, a larger one an error", () => {
    const plain = checkTables(tablesWith({}, true), sample.profile);
    expect(plain.findings.filter((f) => f.severity !== "info")).toEqual([]);
    // 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余: 4 operands allow 0.02. On display
    // the sample already shows 1583.52 against 1579.09 + 0 + 4.42 = 1583.51.
    const shown = roundHalfUp(sample.computed.values.get("T01.收入总计")!, 2);
    expect(plain.findings.find((f) => f.rule === "T01.收入总计=Σ")!.severity).toBe("info");
    const tail = checkTables(
      tablesWith({ "T01.收入总计": shown.plus("0.01").toFixed() }, true),
      sample.profile
    );
    const tailFinding = tail.findings.find((f) => f.rule === "T01.收入总计=Σ")!;
    expect(tailFinding.severity).toBe("info");
    expect(tailFinding.message).toContain("属尾差");
    const wrong = checkTables(
      tablesWith({ "T01.收入总计": shown.plus("0.02").toFixed() }, true),
      sample.profile
    );
    expect(wrong.findings.find((f) => f.rule === "T01.收入总计=Σ")!.severity).toBe("error");
  });

  test("full precision: exact, so even 0.01 元 is an error", () => {
    const value = sample.computed.values.get("T01.收入总计")!.plus("0.000001").toFixed();
    const report = checkTables(tablesWith({ "T01.收入总计": value }), sample.profile);
    expect(report.findings.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(
      expect.arrayContaining(["T01.收入总计=Σ", "T01.收支平衡"])
    );
  });

  test("warnings: 三公 决算 above 预算", () => {
    const report = checkTables(
      tablesWith({ "T07.决算.公务接待费": "12", "T07.决算.合计": "12" }),
      sample.profile
    );
    const over = report.findings.find((f) => f.rule === "T07.决算≤预算.公务接待费")!;
    expect(over.severity).toBe("warning");
    expect(over.message).toContain("公开07表公务接待费决算数超过预算数，须在情况说明中说明原因");
  });

  test("机关运行经费 (补充信息) above 公用经费合计 is a warning pointing at both cells", async () => {
    const records = await loadSample();
    records.supplementary!["机关运行经费支出"] = 300_000;
    const { result } = await fillSample(records);
    const finding = result.check.findings.find((f) => f.rule === "机关运行经费≤公用经费")!;
    expect(finding.severity).toBe("warning");
    expect(finding.cells[0]).toMatch(/^补充信息!D\d+$/);
    expect(finding.cells[1]).toMatch(/^公开06表!/);
    expect(finding.actual).toBe(30);
    expect(sample.check.findings.find((f) => f.rule === "机关运行经费≤公用经费")).toBeUndefined();
  });
});
