import { extract } from "../../../src/core/lint/extract";
import { normalizeDraft } from "../../../src/core/lint";
import { lint } from "../../helpers/lint";

/**
 * The patterns of issue 11, each with a sentence written for the test: statements the linter used
 * to bind to the wrong subject or period (no error may come of them), and statements it never
 * parsed (each must now be an error).
 */

const errors = (text: string) =>
  lint(text)
    .filter((f) => f.severity === "error")
    .map((f) => f.rule);
const rules = (text: string) => lint(text).map((f) => `${f.severity} ${f.rule}`);

describe("bound to the right subject and period: no false error", () => {
  test("较上年X万元减少Y万元，下降Z%: X is last year's figure, the base of the rate", () => {
    const text = "本年收入合计180.00万元，较上年200.00万元减少20.00万元，下降10.00%。";
    expect(lint(text)).toEqual([]);
    // Checked against that base: 20 / 200, not 20 / 180 (nor 20 / (180 + 20) by accident).
    expect(errors(text.replace("下降10.00%", "下降11.11%"))).toEqual(["增减率"]);
    // And 180 = 200 − 20.
    expect(errors(text.replace("减少20.00万元，下降10.00%", "减少30.00万元，下降15.00%"))).toEqual([
      "增减额",
    ]);
  });

  test("完成预算X万元的Y%，比上年决算数增加Z万元: X is the budget, the 决算 came before", () => {
    const text =
      "“三公”经费支出决算50.00万元，完成预算60.00万元的83.33%，比上年决算数增加10.00万元，增长25.00%。";
    expect(lint(text)).toEqual([]);
    expect(errors(text.replace("83.33%", "80.00%"))).toEqual(["完成率"]);
    expect(errors(text.replace("增长25.00%", "增长20.00%"))).toEqual(["增减率"]);
  });

  test("a new subject after another item's amount: no error, a 提示 that says what is undecided", () => {
    const text =
      "因公出国（境）费支出0元；公务用车运行维护费支出决算减少3000元，下降12.50%，主要原因是：压减车辆。";
    expect(errors(text)).toEqual([]);
    const [f] = lint(text);
    expect(f).toMatchObject({ rule: "未核对", severity: "info" });
    expect(f.message).toContain("无法确定");
    expect(f.message).toContain("因公出国（境）费");
  });

  test("“2022年支出总计…” inside a 2023 text is last year's total", () => {
    const text =
      "某局2023年度部门决算情况说明\n本部门2023年度收入总计600.00万元，支出总计600.00万元。\n与上年相比，2022年支出总计500.00万元，增加100.00万元，增长20.00%。";
    expect(errors(text)).toEqual([]);
    const ex = extract(normalizeDraft(text));
    expect(ex.year).toBe(2023);
    expect(ex.figures.find((f) => f.nums[0]?.text === "500.00")?.period).toBe("上年");
    // This year's totals still compare.
    expect(errors(text.replace("支出总计600.00", "支出总计610.00"))).toEqual(["合计"]);
  });

  test("财政拨款收入较上年决算数减少… right after another subject's amount", () => {
    const text = "基本支出80.00万元，财政拨款收入较上年决算数减少5.00万元，下降4.76%。";
    expect(errors(text)).toEqual([]);
    expect(rules(text)).toEqual(["info 未核对"]);
    // The same change bound to its own subject is checked: 5 / (100 + 5) = 4.76%.
    expect(lint("财政拨款收入100.00万元，较上年决算数减少5.00万元，下降4.76%。")).toEqual([]);
  });
});

describe("statements now parsed: each inconsistency is an error", () => {
  test("a completion rate computed from the shortfall", () => {
    const [f] = lint(
      "机关运行经费年初预算数为100.00万元，决算数为80.00万元，完成年初预算的20.00%。"
    );
    expect(f).toMatchObject({ rule: "完成率", severity: "error" });
    expect(f.message).toContain("未完成的部分");
  });

  test("two shares swapped", () => {
    const text =
      "本年收入合计100.00万元，其中：财政拨款收入80.00万元，占20.00%；其他收入20.00万元，占80.00%。";
    expect(errors(text)).toEqual(["占比", "占比"]);
    expect(
      lint(
        text.replace("占20.00%", "占X").replace("占80.00%", "占20.00%").replace("占X", "占80.00%")
      )
    ).toEqual([]);
  });

  test("a share below 100% for the only non-zero item", () => {
    const text = "本年支出合计50.00万元，其中：基本支出50.00万元，占95.00%；项目支出0万元，占0%。";
    expect(errors(text)).toEqual(["占比"]);
    // Without the total written the parts may be incomplete: a warning that says so.
    const [f] = lint("本年支出的具体构成为：基本支出50.00万元，占95.00%；项目支出0万元，占0%。");
    expect(f).toMatchObject({ rule: "占比", severity: "warning" });
    expect(f.message).toContain("应占100%");
  });

  test("“与预算相比无增减” when the figures differ", () => {
    const text =
      "机关运行经费年初预算数为20.00万元，决算数为18.00万元，完成年初预算的90.00%，与年初预算相比无增减。";
    expect(errors(text)).toEqual(["无增减"]);
    expect(
      lint(text.replace("18.00万元，完成年初预算的90.00%", "20.00万元，完成年初预算的100.00%"))
    ).toEqual([]);
  });

  test("“无变化” when last year's figure differs", () => {
    const text = "公务接待费支出3.00万元，上年支出2.00万元，与上年相比无变化。";
    expect(errors(text)).toEqual(["无增减"]);
    expect(lint(text.replace("2.00", "3.00"))).toEqual([]);
  });

  test("收入总计 ≠ 支出总计", () => {
    expect(errors("本部门收入总计100.00万元，支出总计101.00万元。")).toEqual(["合计"]);
  });

  test("财政拨款收入总计 ≠ 财政拨款支出总计", () => {
    const text = "财政拨款收入总计100.00万元，与上年持平；财政拨款支出总计90.00万元。";
    expect(errors(text)).toEqual(["合计"]);
    expect(errors(text.replace("90.00", "100.00"))).toEqual([]);
  });

  test("基本支出 + 项目支出 ≠ 本年支出合计", () => {
    const text = "本年支出合计100.00万元。本年基本支出60.00万元，项目支出50.00万元。";
    expect(errors(text)).toEqual(["合计"]);
    expect(errors(text.replace("50.00", "40.00"))).toEqual([]);
    // Below the total while 经营支出 etc. are not written: they may make up the gap.
    expect(rules(text.replace("50.00", "30.00"))).toEqual(["warning 合计"]);
  });

  test("listed parts that do not add up to the stated total", () => {
    const text =
      "“三公”经费支出10.00万元，其中因公出国（境）费2.00万元、公务接待费3.00万元、公务用车购置及运行维护费4.00万元。";
    expect(errors(text)).toEqual(["合计"]);
    expect(lint(text.replace("4.00", "5.00"))).toEqual([]);
  });

  test("年初预算为0万元，全年预算为…，完成年初预算的…%", () => {
    const text =
      "业务培训项目年初预算为0万元，全年预算为50.00万元，决算为45.00万元，完成年初预算的90.00%。";
    const [f] = lint(text);
    expect(f).toMatchObject({ rule: "预算为零", severity: "error" });
    expect(f.message).toContain("全年预算数50.00万元");
    expect(lint(text.replace("完成年初预算", "完成全年预算"))).toEqual([]);
  });

  test("实有人数 smaller than the 在职 + 退休 it lists", () => {
    const text = "本部门年末实有人数20人，其中在职人员15人，离休人员0人，退休人员8人。";
    const [f] = lint(text);
    expect(f).toMatchObject({ rule: "人数", severity: "error" });
    expect(f.claims.map((c) => `${c.subject}${c.value}`)).toEqual([
      "实有人数20",
      "在职人员15",
      "离休人员0",
      "退休人员8",
    ]);
    expect(lint(text.replace("20人", "23人"))).toEqual([]);
  });
});

describe("claims", () => {
  test("a change's claims: subject carried along the chain, periods and bases", () => {
    const [f] = lint("商品和服务支出24.58万元，较2020年减少1.29万元，增长4.98%。");
    expect(f.claims.map((c) => [c.subject, c.period, c.measure, c.basis ?? "", c.value])).toEqual([
      ["商品和服务支出", "本年", "决算", "", "24.58"],
      ["商品和服务支出", "本年", "增减额", "上年", "1.29"],
      ["商品和服务支出", "本年", "增减率", "上年", "4.98"],
    ]);
  });

  test("a list marker ends the chain: the next item's 决算数 is not the previous item's", () => {
    const ex = extract(
      normalizeDraft(
        "（一）工资福利支出10.00万元，较上年增加1.00万元，增长11.11%；（二）决算数较上年减少1.00万元，下降5.00%。"
      )
    );
    const second = ex.changes[1];
    expect(second.subject).toBeUndefined();
  });
});

describe("outline and wording", () => {
  test("截止 before a date is 截至; a heading missing a character", () => {
    expect(rules("截止2023年12月31日，本部门共有车辆2辆。")).toEqual(["warning 错别字"]);
    expect(lint("截至2023年12月31日，本部门共有车辆2辆。")).toEqual([]);
    expect(rules("二、支决算情况说明")).toEqual(["warning 错别字"]);
  });

  test("a heading's year that disagrees with the title", () => {
    const text = "某局2023年度部门决算\n第二部分 2022年度部门决算情况说明\n";
    const [f] = lint(text);
    expect(f).toMatchObject({ rule: "标题", severity: "warning", line: 2 });
    expect(lint(text.replace("2022年度部门", "2023年度部门"))).toEqual([]);
  });
});

describe("changes of the parts against the change of the total", () => {
  const text = (a: string, b: string) =>
    `“三公”经费支出10.00万元，较年初预算数减少1.00万元。其中：公务用车购置及运行维护费较年初预算数减少${a}万元；公务接待费较年初预算数减少${b}万元。因公出国（境）费0万元。`;

  test("parts falling by more than the total is an error, even with 因公出国 left out (it is 0)", () => {
    const [f] = lint(text("0.80", "0.80"));
    expect(f).toMatchObject({ rule: "合计", severity: "error" });
    expect(f.message).toContain("减少1.60万元");
    expect(f.message).toContain("因公出国（境）");
  });

  test("parts that add up, or fall by less (因公出国 may have fallen too), pass", () => {
    expect(lint(text("0.60", "0.40"))).toEqual([]);
    expect(lint(text("0.30", "0.40"))).toEqual([]);
  });
});

describe("from the s18 corpus additions", () => {
  test("a total cut from its figure by a stray comma is still that total's", () => {
    // cq-tongliang-2022-xiaolin: "支出总计,867.48万元" (the "1," of 1,867.48 lost).
    const text =
      "全镇本级一般公共预算支出1,867.48万元，加上结转下年等0万元，支出总计1,867.48万元。\n全镇一般公共预算财力1,867.48万元。支出总计，867.48万元，由一般公共预算支出1,867.48万元构成。";
    const found = lint(text).filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.line])).toEqual([["前后不一", 2]]);
    expect(found[0].message).toContain("此处写867.48万元");
  });

  test("a comma after any other words does not make them a figure's label", () => {
    expect(
      lint("本年支出总计100.00万元。其他支出合计，详见附表，50.00万元用于维修。").filter(
        (f) => f.severity === "error"
      )
    ).toEqual([]);
  });

  test("the 收入总计 of the 政府性基金 is not the 一般公共预算's", () => {
    const text = [
      "全镇本级一般公共预算收入实现111.11万元，加上补助等1,756.37万元，收入总计1,867.48万元。",
      "全镇政府性基金收入上级补助收入0万元，加上上年结转收入0万元，收入总计0万元。",
    ].join("\n");
    expect(lint(text).filter((f) => f.rule === "前后不一")).toEqual([]);
    // The same budget twice with two figures is still a contradiction.
    expect(
      lint(text.replace("全镇政府性基金收入上级补助收入0万元", "全镇一般公共预算收入0万元")).map(
        (f) => f.rule
      )
    ).toContain("前后不一");
  });

  test("收支决算情况说明 is whole, 支决算情况说明 lacks a character", () => {
    expect(lint("（三）政府性基金预算收支决算情况说明").map((f) => f.rule)).toEqual([]);
    expect(lint("二、支决算情况说明").map((f) => f.rule)).toEqual(["错别字"]);
  });
});

describe("shares of one named whole set to add up to 100% (gd-stu-2016-medical)", () => {
  const text = (first: string) =>
    [
      "2016年度总收入27,664.71万元，其中：财政拨款收入9,787.85万元，事业收入5,738.74万元，其他收入12,037.17万元，经营收入100.95万元。",
      `财政拨款收入9,787.85万元，占总收入的${first}%。`,
      "事业收入5,738.74万元，占总收入的20.74%。",
      "其他收入12,037.17万元，占总收入的43.51%。",
      "经营收入100.95万元，占总收入的0.36%。",
    ].join("\n");

  test("the one set to 100% minus the others is a 尾差调整 (提示), even when it comes first", () => {
    // 9787.85 ÷ 27664.71 = 35.38%; written 35.39% so that the four add up to 100%.
    const found = lint(text("35.39")).filter((f) => f.rule === "占比");
    expect(found.map((f) => [f.severity, f.line])).toEqual([["info", 2]]);
    expect(found[0].message).toContain("尾差调整");
  });

  test("shares that do not add up to 100%, or one far off, stay errors", () => {
    expect(
      lint(text("35.40"))
        .filter((f) => f.rule === "占比")
        .map((f) => [f.severity, f.line])
    ).toEqual([["error", 2]]);
    expect(
      lint(text("35.39").replace("20.74", "20.84").replace("43.51", "43.41"))
        .filter((f) => f.severity === "error")
        .map((f) => f.line)
    ).toEqual([3, 4]);
  });
});

describe("【…】 that asks for nothing (cn-audit-2010-sangong)", () => {
  test("a news agency's 【文汇网讯】 is only a warning; 【请填写…】 stays an error", () => {
    expect(
      lint("【文汇网讯】审计署公布2010年“三公”经费决算数2488.79万元。").map((f) => [
        f.severity,
        f.rule,
      ])
    ).toEqual([["warning", "模板残留"]]);
    expect(lint("主要原因是：【请填写主要原因】。").map((f) => f.severity)).toEqual(["error"]);
    expect(lint("本部门【单位名称】2023年度收入总计10.00万元。").map((f) => f.severity)).toEqual([
      "error",
    ]);
  });
});

describe("parts of a total's change listed in the paragraphs after 具体情况如下 (sc-yibin-2017-sangong)", () => {
  const text = (car: string) =>
    [
      "市级行政单位和事业单位使用财政拨款安排“三公”经费支出总额为3825万元，比预算数减少1188万元，下降23.70%。具体情况如下：",
      "一、因公出国（境）经费",
      "2017年因公出国（境）费99万元，比预算数减少31万元。",
      "二、公务接待费",
      "2017年公务接待费1014万元，比预算数减少850万元。",
      "三、公务用车购置及运行维护费",
      `2017年公务用车购置及运行维护费2712万元（其中：公务用车购置费0万元，公务用车运行维护费2712万元），比预算数减少${car}万元。`,
    ].join("\n");

  test("the three items' falls against the budget do not make the total's", () => {
    const found = lint(text("107")).filter((f) => f.severity === "error");
    expect(found.map((f) => [f.rule, f.line])).toEqual([["合计", 1]]);
    expect(found[0].message).toContain("减少988.00万元，与总额减少1188.00万元不符");
    expect(lint(text("307")).filter((f) => f.severity === "error")).toEqual([]);
  });

  test("a change after a bracketed breakdown is the outer item's, not the last bracketed one's", () => {
    const [sum] = lint(text("107")).filter((f) => f.rule === "合计");
    const car = sum.claims.filter((c) => c.value === "107");
    expect(car.map((c) => [c.subject, c.measure, c.basis])).toEqual([
      [expect.stringContaining("公务用车购置及运行"), "增减额", "年初预算"],
    ]);
  });
});
