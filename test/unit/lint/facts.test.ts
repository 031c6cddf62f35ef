import { readFileSync } from "fs";
import { Decimal } from "../../../src/core/money";
import { brief, lint, SEED_DRAFT } from "../../helpers/lint";

/** --workbook: the draft's figures against the workbook's, by indicator name (万元). */

const text = readFileSync(SEED_DRAFT, "utf8");
const facts = (entries: Record<string, string>) =>
  new Map(Object.entries(entries).map(([k, v]) => [k, new Decimal(v)]));
const workbookFindings = (entries: Record<string, string>) =>
  lint(text, { facts: facts(entries) }).filter((f) => f.rule === "工作簿");

const MATCHING = {
  收入总计: "1583.517",
  支出总计: "1583.517",
  年初结转和结余: "4.424",
  本年收入合计: "1579.093",
  财政拨款收入: "1406.172",
  其他收入: "172.921",
  基本支出: "972.7335",
  项目支出: "610.7835",
  一般公共预算财政拨款基本支出: "800.109",
  工资福利支出: "613.663",
  商品和服务支出: "24.582",
  对个人和家庭的补助: "161.6825",
  资本性支出: "0.1815",
  "“三公”经费": "8.776",
  公务接待费: "8.776",
  公务接待费年初预算数: "10",
  机关运行经费: "24.582",
  财政拨款支出: "1406.172",
  政府采购支出总额: "7.61",
};

describe("facts from the workbook", () => {
  test("figures that round to the workbook's pass", () => {
    expect(workbookFindings(MATCHING)).toEqual([]);
  });

  test("a stated figure other than the workbook's is an error on its line", () => {
    const findings = workbookFindings({ ...MATCHING, 本年收入合计: "1579.19" });
    expect(brief(findings)).toEqual(["error 118 工作簿"]);
    expect(findings[0].message).toContain("1579.19");
  });

  test("names match across spellings: 对个人和家庭的补助 = 对个人和家庭补助支出, “三公”经费 inside 一般公共预算财政拨款", () => {
    expect(brief(workbookFindings({ 对个人和家庭的补助: "161.60" }))).toEqual(["error 206 工作簿"]);
    expect(brief(workbookFindings({ "“三公”经费": "9.78" }))).toEqual(["error 216 工作簿"]);
    expect(brief(workbookFindings({ 公务接待费年初预算数: "12" }))).toEqual(["error 232 工作簿"]);
    // 一般公共预算财政拨款基本支出 is not 基本支出.
    expect(workbookFindings({ 基本支出: "972.73" })).toEqual([]);
  });

  test("a figure cut instead of rounded (within one last-digit unit) is 提示", () => {
    expect(brief(workbookFindings({ 本年收入合计: "1579.096" }))).toEqual(["info 118 工作簿"]);
  });

  test("no facts, no 工作簿 findings", () => {
    expect(lint(text).some((f) => f.rule === "工作簿")).toBe(false);
  });
});
