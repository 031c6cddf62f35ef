import { readFileSync } from "fs";
import { outlineOf } from "../../../src/core/app/lintFacts";
import { headingCore, lintOutline, withOutline } from "../../../src/core/lint/completeness";
import { requireProfile } from "../../../src/core/profiles";
import { lint, SEED_DRAFT } from "../../helpers/lint";

const JIANGXI = outlineOf(requireProfile("jiangxi-2021"));
const SHANGHAI = outlineOf(requireProfile("shanghai-2024"));

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
