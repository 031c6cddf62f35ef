import { readFileSync } from "fs";
import { outlineOf } from "../../../src/core/app/lintFacts";
import {
  headingCore,
  lintOutline,
  tableSubject,
  withOutline,
} from "../../../src/core/lint/completeness";
import type { LintOutline } from "../../../src/core/lint/types";
import { requireProfile } from "../../../src/core/profiles";
import { lint, SEED_DRAFT } from "../../helpers/lint";

const JIANGXI = outlineOf(requireProfile("jiangxi-2021"));
const SHANGHAI = outlineOf(requireProfile("shanghai-2024"));

/** A whole 江西 draft's headings, one per section, spelt variously. */
const full = [
  "一、收入决算情况说明",
  "本部门2021年度收入总计100.00万元。",
  "二、2021年度支出决算情况说明",
  "三、财政拨款支出决算情况说明",
  "（四）关于一般公共预算财政拨款基本支出决算情况的说明",
  "五、财政拨款“三公”经费支出决算情况说明",
  "六、机关运行经费支出情况说明",
  "七、政府采购支出情况说明",
  "八、国有资产占用情况说明",
  "九、预算绩效情况说明",
];

describe("缺少部分: the format's sections a draft lacks", () => {
  test("the outline comes from the profile's narrative sections", () => {
    expect(JIANGXI.sections).toContain("机关运行经费支出情况说明");
    expect(SHANGHAI.sections).toContain("其他重要事项的情况说明");
  });

  test("headings are matched without numbering, years, 关于/的 and 情况说明", () => {
    expect(headingCore("（三）关于2023年度收入决算情况的说明")).toBe("收入");
    expect(headingCore("一、“三公”经费支出决算情况说明")).toBe("三公经费支出");
    expect(headingCore("第三部分 部门决算情况说明")).toBe("");
  });

  test("a draft with every section, spelt variously, passes", () => {
    expect(lintOutline(full.join("\n"), JIANGXI)).toEqual([]);
  });

  test("a draft without 机关运行经费 and 政府采购 is warned, naming each heading", () => {
    const text = full.filter((l) => !/机关运行|政府采购/.test(l)).join("\n");
    const found = lintOutline(text, JIANGXI);
    expect(found.map((f) => [f.rule, f.severity, f.message, f.line, f.excerpt])).toEqual([
      [
        "缺少部分",
        "warning",
        "本格式的情况说明应有“机关运行经费支出情况说明”一部分，草稿中未找到这一标题（按提纲应在此标题之前）",
        7,
        "八、国有资产占用情况说明",
      ],
      [
        "缺少部分",
        "warning",
        expect.stringContaining("“政府采购支出情况说明”"),
        7,
        expect.anything(),
      ],
    ]);
  });

  test("支出 is not taken for present because 财政拨款支出 is", () => {
    const text = full.filter((l) => !l.startsWith("二、")).join("\n");
    expect(lintOutline(text, JIANGXI).map((f) => f.message)).toEqual([
      expect.stringContaining("“支出决算情况说明”"),
    ]);
  });

  test("the last section missing points after the last one present", () => {
    const found = lintOutline(full.slice(0, -1).join("\n"), JIANGXI);
    expect(found.map((f) => [f.line, f.excerpt, f.message])).toEqual([
      [9, "八、国有资产占用情况说明", expect.stringContaining("“预算绩效情况说明”一部分")],
    ]);
    expect(found[0].message).toContain("按提纲应在此部分之后");
  });

  test("withOutline (the pane's path) puts each missing section in text order", () => {
    const text = [...full.slice(0, 5), ...full.slice(6)].join("\n");
    const rest = lint(text, { outline: JIANGXI });
    const all = withOutline(text, rest, JIANGXI);
    expect(all.map((f) => [f.line, f.rule])).toEqual(
      [...rest.map((f) => [f.line, f.rule]), [6, "缺少部分"]].sort(
        (a, b) => (a[0] as number) - (b[0] as number)
      )
    );
    expect(all.filter((f) => f.rule === "缺少部分").map((f) => f.message)).toEqual([
      expect.stringContaining("“一般公共预算财政拨款“三公”经费支出决算情况说明”"),
    ]);
  });

  test("an excerpt without the outline's headings is not judged", () => {
    expect(lintOutline("本部门2021年度收入总计100.00万元。", JIANGXI)).toEqual([]);
    expect(lintOutline("一、收入决算情况说明\n收入总计100.00万元。", JIANGXI)).toEqual([]);
  });

  test("the seed's published text has every section of its format", () => {
    expect(lintOutline(readFileSync(SEED_DRAFT, "utf8"), JIANGXI)).toEqual([]);
  });
});

describe("主要原因: a 三公 or 机关运行经费 change needs its reason", () => {
  const withOutline = (text: string) =>
    lint(text, { outline: JIANGXI }).filter((f) => f.rule === "主要原因");

  test("a change without a reason is warned", () => {
    const found = withOutline(
      "公务接待费支出决算为2.00万元，比上年决算减少1.00万元，下降33.33%。公务用车运行维护费支出决算为5.00万元。"
    );
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      ["warning", "写了公务接待费的增减，但同一段落中没有说明主要原因"],
    ]);
  });

  test("机关运行经费 without a reason is warned", () => {
    expect(
      withOutline("本部门机关运行经费支出10.00万元，比上年增加2.00万元，增长25.00%。")
    ).toHaveLength(1);
  });

  test("a reason in the sentence or later in the paragraph passes", () => {
    expect(
      withOutline(
        "公务接待费支出决算为2.00万元，比上年决算减少1.00万元，下降33.33%，主要原因是严格控制接待标准。"
      )
    ).toEqual([]);
    expect(
      withOutline(
        "机关运行经费支出10.00万元，比上年增加2.00万元，增长25.00%。增加的原因是办公楼维修。"
      )
    ).toEqual([]);
  });

  test("a reason after the list of items, in the same part, covers them", () => {
    expect(
      withOutline(
        [
          "“三公”经费支出决算为10.00万元，比上年减少2.00万元，下降16.67%。",
          "其中：公务接待费支出决算为2.00万元，比上年减少2.00万元，下降50.00%。",
          "“三公”经费减少的主要原因是严格执行中央八项规定。",
        ].join("\n")
      )
    ).toEqual([]);
  });

  test("a difference from the 预算, or a zero change, needs no reason here", () => {
    expect(withOutline("公务接待费支出决算为2.00万元，较年初预算减少1.00万元。")).toEqual([]);
    expect(withOutline("因公出国（境）费支出决算增加0元，增长0%。")).toEqual([]);
    expect(
      withOutline(
        "因公出国（境）费支出决算增加0元，增长0%；公务接待费支出决算减少450.00元，下降10.00%。"
      ).map((f) => f.message)
    ).toEqual(["写了公务接待费的增减，但同一段落中没有说明主要原因"]);
  });

  test("no change stated, or no format known: nothing", () => {
    expect(withOutline("公务接待费支出决算为2.00万元，与上年持平。")).toEqual([]);
    expect(
      lint("公务接待费支出决算为2.00万元，比上年决算减少1.00万元，下降33.33%。").filter(
        (f) => f.rule === "主要原因"
      )
    ).toEqual([]);
  });
});

describe("空表说明: a table the workbook shows empty needs its 说明", () => {
  const FUND = { code: "表八", title: "政府性基金预算财政拨款收入支出决算表" };
  const shanghai = { ...SHANGHAI, emptyTables: [FUND] };
  const draftWith = (fundSection: string) =>
    [
      "一、收入支出决算总体情况说明",
      "本部门2024年度收入总计100.00万元。",
      "七、财政拨款“三公”经费支出决算情况说明",
      "八、政府性基金预算财政拨款收入支出决算情况说明",
      fundSection,
      "九、国有资本经营预算财政拨款收入支出决算情况说明",
    ].join("\n");
  const empties = (text: string, outline: LintOutline = shanghai) =>
    lintOutline(text, outline).filter((f) => f.rule === "空表说明");

  test("what a table is about comes from its title", () => {
    expect(tableSubject("政府性基金预算财政拨款收入支出决算表")).toBe("政府性基金");
    expect(tableSubject("国有资本经营预算财政拨款支出决算表")).toBe("国有资本经营");
    expect(tableSubject("一般公共预算财政拨款“三公”经费支出决算表")).toBe("三公经费");
    expect(tableSubject("财政拨款“三公”经费支出决算表")).toBe("三公经费");
    // Tables about everything are never explained as empty.
    expect(tableSubject("收入支出决算总表")).toBe("");
    expect(tableSubject("一般公共预算财政拨款支出决算表")).toBe("");
  });

  test("an empty table the draft does not mention is warned at its own section", () => {
    const found = empties(draftWith("政府性基金预算财政拨款收入50.00万元，支出50.00万元。"));
    expect(found.map((f) => [f.severity, f.line, f.excerpt])).toEqual([
      ["warning", 4, "八、政府性基金预算财政拨款收入支出决算情况说明"],
    ]);
    expect(found[0].message).toContain("表八《政府性基金预算财政拨款收入支出决算表》没有数字");
    expect(found[0].message).toContain("应写在“政府性基金预算财政拨款收入支出决算情况说明”部分");
  });

  test("the format's wording or an equivalent passes", () => {
    for (const said of [
      "本部门2024年度无政府性基金预算财政拨款收入和支出。",
      "本单位没有政府性基金预算财政拨款收支。",
      "表八为空表。",
      "政府性基金预算财政拨款支出为0万元。",
    ])
      expect([said, empties(draftWith(said))]).toEqual([said, []]);
  });

  test("its section missing from the draft: the warning goes where the section belongs", () => {
    const text = draftWith("").replace("八、政府性基金预算财政拨款收入支出决算情况说明\n", "");
    const found = empties(text);
    expect(found.map((f) => [f.line, f.excerpt])).toEqual([
      [5, "九、国有资本经营预算财政拨款收入支出决算情况说明"],
    ]);
  });

  test("a format with no section for the table (江西: the note is printed under it) only hints", () => {
    const jiangxi = { ...JIANGXI, emptyTables: [{ ...FUND, code: "公开08表" }] };
    const found = empties(full.join("\n"), jiangxi);
    expect(found.map((f) => [f.severity, f.excerpt])).toEqual([
      ["info", "三、财政拨款支出决算情况说明"],
    ]);
    expect(found[0].message).toContain("或在表下注明");
  });

  test("without the workbook's empty tables nothing is said", () => {
    expect(empties(draftWith(""), SHANGHAI)).toEqual([]);
  });
});

describe("标题: the year and department the draft names", () => {
  const titles = (text: string, outline?: LintOutline) =>
    lint(text, outline ? { outline } : {})
      .filter((f) => f.rule === "标题")
      .map((f) => [f.line, f.message]);
  const workbook = { sections: [], year: 2023, department: "景德镇市陶瓷产业发展局" };

  test("a title of another year than the workbook's", () => {
    const text =
      "景德镇市陶瓷产业发展局2022年度部门决算\n一、收入决算情况说明\n本部门2023年度收入总计10.00万元。";
    expect(titles(text, workbook)).toEqual([
      [1, "工作簿的决算年度为2023年，此处写“景德镇市陶瓷产业发展局2022年度部门决算”"],
    ]);
    expect(titles(text.replace("2022年度部门", "2023年度部门"), workbook)).toEqual([]);
  });

  test("last year's figures in sentences are periods, not contradictions", () => {
    const text = [
      "景德镇市陶瓷产业发展局2023年度部门决算",
      "第三部分 2023年度部门决算情况说明",
      "本部门2023年度收入总计10.00万元，较2022年度决算数增加1.00万元，增长11.11%。2022年支出总计9.00万元。",
      "（二）2023年度与2022年度决算对比",
    ].join("\n");
    expect(titles(text, workbook)).toEqual([]);
  });

  test("the text speaking of its own 决算 as last year's", () => {
    const text = "一、收入决算情况说明\n本单位2022年度决算收入总计10.00万元。";
    expect(titles(text, workbook)).toEqual([
      [2, "工作簿的决算年度为2023年，此处写“本单位2022年度决算”"],
    ]);
  });

  test("a department name that is not the workbook's", () => {
    const text = "景德镇市文化广电旅游局2023年度部门决算\n一、收入决算情况说明";
    expect(titles(text, workbook)).toEqual([
      [1, "工作簿的部门名称为“景德镇市陶瓷产业发展局”，此处写“景德镇市文化广电旅游局”"],
    ]);
    // A shorter or longer spelling of the same department is the same department.
    expect(titles("陶瓷产业发展局2023年度部门决算", workbook)).toEqual([]);
    expect(titles("景德镇市陶瓷产业发展局（本级）2023年度单位决算", workbook)).toEqual([]);
    // An abbreviation of its characters in order ("市瓷局") too.
    expect(titles("市瓷局2023年度部门决算", workbook)).toEqual([]);
  });

  test("without the workbook, headings are held to the text's own title", () => {
    const text = [
      "某县审计局2023年度部门决算",
      "第三部分 2022年度部门决算情况说明",
      "某县统计局2023年度部门决算情况说明",
    ].join("\n");
    expect(titles(text)).toEqual([
      [2, "标题为2023年度，此处写“第三部分2022年度部门决算情况说明”"],
      [3, "标题的部门为“某县审计局”，此处写“某县统计局”"],
    ]);
  });
});
