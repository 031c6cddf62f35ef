import { brief, draft, lint } from "../../helpers/lint";

/**
 * A second draft, written for these tests (a fictional 县农业技术推广中心, 2022, amounts in 元),
 * laid out as a PDF paste: lines cut every 27 characters — inside numbers too — with blank lines
 * between, page numbers, full-width digits in one paragraph and "356,000.00" in another. It
 * carries one planted slip per rule; everything else is consistent. See test/fixtures/drafts/README.md.
 */
const text = draft("agri-center-2022.txt");
const findings = lint(text);

describe("lint on the 2022 农业技术推广中心 draft (元, PDF layout)", () => {
  test("finds exactly the planted slips", () => {
    expect(brief(findings)).toEqual([
      "error 25 占比", // 其他收入 占 5.6% (5.06%)
      "error 33 方向词", // 增加 … 下降 4.58%
      "info 51 完成率", // 105.25% truncated from 105.26%
      "error 77 缺少数字", // 完成年初预算的 %
      "error 83 预算为零", // budget 0, actual 3 600.00, 完成 100%
      "error 103 增减率", // 下降 6.26% (6.62%)
      "warning 109 持平", // 增加 0.00 元，增长 0.00%
      "warning 115 上年为零", // 增长 100% on a base of 0
      "error 141 数量级", // 减少 134.00 元 for 1 340.00
      "error 155 模板残留", // 增加（减少）
      "error 157 模板残留", // 增长（下降）
      "error 159 模板残留", // 【请填写主要原因】
      "error 171 合计", // 政府采购 156 000 + 0 + 180 000 ≠ 356 000 (货物+工程+服务 is the whole)
      "error 185 多余数字", // 1 688 900.00 1 668 900.00
      "error 187 前后不一", // 年末结转和结余 327 415.78 vs 327 145.78
    ]);
  });

  test("amounts in 元 are reported in 元", () => {
    const rate = findings.find((f) => f.rule === "增减率");
    expect(rate?.message).toContain("上年为655902.00元");
    expect(rate?.message).toContain("6.62%");
    const slip = findings.find((f) => f.rule === "数量级");
    expect(slip?.message).toContain("疑为“1340.00元”");
  });

  test("numbers cut by the line breaks are read whole", () => {
    expect(findings.find((f) => f.rule === "方向词")?.excerpt).toBe(
      "本年支出合计6515210.40元，较上年增加285091.50元，下降4.58%"
    );
    expect(findings.find((f) => f.rule === "缺少数字")?.message).toContain("116.00%");
    // Full-width 机关运行经费 paragraph is consistent: nothing reported there.
    expect(findings.some((f) => f.line >= 161 && f.line <= 167)).toBe(false);
  });
});
