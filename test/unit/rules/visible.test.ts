import type { Finding } from "../../../src/core/rules/evaluate";
import { isVisibleGap, VISIBLE_MARK, visibleGapNote } from "../../../src/core/rules/visible";

const finding = (severity: Finding["severity"], message: string): Finding => ({
  rule: "T06.人员经费合计",
  severity,
  message,
  cells: ["公开06表!C6"],
  expected: 775.35,
  actual: 775.34,
});

const gap = finding("info", `人员经费合计等于各项之和：${VISIBLE_MARK}，左边 775.34，右边 775.35`);

describe("visible gaps remaining", () => {
  test("counts only the 提示 of printed figures, with the remedy given", () => {
    const findings = [gap, gap, finding("info", "四舍五入尾差"), finding("error", VISIBLE_MARK)];
    expect(findings.filter(isVisibleGap)).toHaveLength(2);
    expect(visibleGapNote(findings, "可用 juesuan fill --tail-adjust 调整")).toBe(
      "打印的两位小数相加不一致（读者可见的尾差）2 处：可用 juesuan fill --tail-adjust 调整，或在表下注明尾差"
    );
  });

  test("says nothing when the printed figures add up", () => {
    expect(visibleGapNote([finding("warning", "警告")], "调整")).toBeUndefined();
    expect(visibleGapNote([], "调整")).toBeUndefined();
  });
});
