import { loadSample, sampleWorkbook } from "../../../src/cli/sample";
import { checkWorkbook } from "../../../src/core/app/check";
import { fillTables } from "../../../src/core/app/fill";
import { narrateWorkbook } from "../../../src/core/app/narrate";
import {
  RUNNING_COST_ITEM,
  RUNNING_COST_REASON_ITEM,
} from "../../../src/core/inputs/supplementaryItems";
import type { InputRecords } from "../../../src/core/inputs/records";
import { paragraphFormula, renderParagraph } from "../../../src/core/narrative/pieceForms";
import { ExcelJsPort } from "../../../src/xlsx/port";

/**
 * 机关运行经费 typed in 补充信息 (an override of the ledger's figure) needs a reason; left blank the
 * ledger's figure is used; 上年 comparison when last year's figure is given. The bundled sample
 * (景德镇市陶瓷产业发展局 2021) types 245,820 元 = 24.58 万元, which is what its ledger gives.
 */
async function run(change: (records: InputRecords) => void) {
  const records = await loadSample();
  change(records);
  const workbook = await sampleWorkbook(records);
  const filled = await fillTables(new ExcelJsPort(workbook), { mode: "formulas", version: "t" });
  const report = await checkWorkbook(new ExcelJsPort(workbook));
  const narrated = await narrateWorkbook(new ExcelJsPort(workbook));
  const paragraph = narrated.narrative.paragraphs.find((p) => p.paragraph.id === "机关运行经费")!;
  return {
    finding: report.findings.find((f) => f.rule === "合理性.机关运行经费"),
    // What fill (CLI and pane) says about it.
    fillFinding: filled.check.findings.find((f) => f.rule === "合理性.机关运行经费"),
    fillWarnings: filled.warnings,
    filledText: filled.narrative.paragraphs.find((p) => p.paragraph.id === "机关运行经费")!.text,
    text: paragraph.text,
    formula: paragraphFormula(paragraph.paragraph, narrated.context),
    // The value form again from the same source: what the formula must compute.
    value: renderParagraph(paragraph.paragraph, narrated.context).text,
  };
}

const typed = (yuan: number | undefined, reason?: string) => (records: InputRecords) => {
  const items = { ...records.supplementary };
  if (yuan === undefined) delete items[RUNNING_COST_ITEM];
  else items[RUNNING_COST_ITEM] = yuan;
  if (reason) items[RUNNING_COST_REASON_ITEM] = reason;
  records.supplementary = items;
};

const AGREES = "（与部门决算中行政单位和参照公务员法管理事业单位";

describe("机关运行经费: typed override with a reason", () => {
  test("left blank: the ledger's 24.58 万元, said to agree; no finding; the formula states the same figure", async () => {
    const r = await run(typed(undefined));
    expect(r.finding).toBeUndefined();
    expect(r.fillFinding).toBeUndefined();
    for (const text of [r.text, r.filledText, r.value])
      expect(text).toContain(`机关运行经费支出24.58万元${AGREES}`);
    // The formula form holds the computed figure (not the blank cell) and the clause.
    expect(r.formula).toMatch(/ROUND\(24\.58\d*,2\)/);
    expect(r.formula).toContain("公用经费之和一致");
  }, 120_000);

  test("typed differently without a reason: a warning naming the typed cell and the reason cell; no 一致", async () => {
    const r = await run(typed(300_000));
    expect(r.finding?.severity).toBe("warning");
    expect(r.finding?.message).toContain("机关运行经费支出 30.00 万元");
    expect(r.finding?.message).toContain("24.58 万元");
    expect(r.finding?.message).toContain(RUNNING_COST_REASON_ITEM);
    expect(r.finding?.cells).toEqual([
      expect.stringMatching(/^补充信息!D\d+$/),
      expect.stringMatching(/^补充信息!D\d+$/),
    ]);
    expect(r.finding?.cells[0]).not.toBe(r.finding?.cells[1]);
    expect(r.fillFinding).toEqual(r.finding);
    expect(r.fillWarnings).toContain(r.finding?.message);
    expect(r.text).toContain("机关运行经费支出30.00万元，");
    expect(r.text).not.toContain("一致");
    expect(r.formula).not.toContain("一致");
  }, 120_000);

  test("typed differently with a reason: the typed figure, no warning (a 提示), no 一致", async () => {
    const r = await run(typed(300_000, "口径差异：含事业单位后勤经费"));
    expect(r.finding?.severity).toBe("info");
    expect(r.finding?.message).toContain("口径差异");
    expect(r.text).toContain("机关运行经费支出30.00万元，");
    expect(r.text).not.toContain("一致");
  }, 120_000);

  test("with last year's figure: 较上年 增减额/率 and its 主要原因, in value and formula forms", async () => {
    const r = await run((records) => {
      records.budgetPrior = records.budgetPrior!.map((row) =>
        row[0] === "机关运行经费" ? [row[0], row[1], row[2], 300_000] : row
      );
      records.reasons = [
        ...(records.reasons ?? []),
        ["机关运行经费较上年增减", null, "会议费减少"],
      ];
    });
    expect(r.text).toContain(
      "较年初预算数减少52.11万元，下降67.95%，主要原因是：压缩一般性支出，厉行节约；较2020年减少5.42万元，下降18.07%，主要原因是：会议费减少。"
    );
    expect(r.value).toBe(r.text);
    expect(r.formula).toContain("较2020年");
    // Without last year's figure (the sample) the sentence stops after the 年初预算 comparison.
    const sample = await run(() => undefined);
    expect(sample.text).toMatch(/厉行节约。$/);
    expect(sample.text).not.toContain("2020年");
  }, 120_000);
});
