import { LINT_RULES } from "../../../src/core/lint";
import { brief, lint } from "../../helpers/lint";

/** Each rule on small synthetic drafts: one that trips it, one that passes. */

const rules = (text: string) => lint(text).map((f) => `${f.severity} ${f.rule}`);

describe("方向词", () => {
  test("减少 with 增长 is an error; the message says which word fits the rate", () => {
    const [f] = lint("工资福利支出100.00万元，较上年减少10.00万元，增长9.09%。");
    expect(f).toMatchObject({ rule: "方向词", severity: "error", line: 1 });
    expect(f.message).toContain("应将“增长”改为“下降”");
  });

  test("减少 with 下降 passes", () => {
    expect(lint("工资福利支出100.00万元，较上年减少10.00万元，下降9.09%。")).toEqual([]);
  });

  test("增加 against a budget the actual is below is an error", () => {
    const text =
      "机关运行经费年初预算数为100.00万元，决算数为90.00万元，完成年初预算的90.00%，决算数较年初预算数增加10.00万元，增长10.00%。";
    expect(rules(text)).toEqual(["error 方向词"]);
    expect(rules(text.replace("增加10.00万元，增长", "减少10.00万元，下降"))).toEqual([]);
  });
});

describe("增减额", () => {
  test("Δ ≠ actual − budget is an error", () => {
    const text =
      "公务接待费年初预算数为100.00万元，决算数为90.00万元，完成年初预算的90.00%，决算数较年初预算数减少12.00万元，下降12.00%。";
    expect(rules(text)).toEqual(["error 增减额"]);
    expect(rules(text.replace("减少12.00万元，下降12.00%", "减少10.00万元，下降10.00%"))).toEqual(
      []
    );
  });

  test("an increase larger than the year's figure is an error", () => {
    expect(rules("其他收入10.00万元，较上年增加15.00万元，增长150.00%。")).toEqual([
      "error 增减额",
    ]);
  });
});

describe("增减率", () => {
  test("P ≠ Δ / (N − Δ) is an error naming the right rate", () => {
    const [f] = lint("本年收入合计200.00万元，较上年增加50.00万元，增长30.00%。");
    expect(f).toMatchObject({ rule: "增减率", severity: "error" });
    expect(f.message).toContain("上年为150.00万元");
    expect(f.message).toContain("33.33%");
  });

  test("the rounded rate passes; one the hidden decimals explain is 提示", () => {
    expect(lint("本年收入合计200.00万元，较上年增加50.00万元，增长33.33%。")).toEqual([]);
    expect(rules("本年收入合计200.00万元，较上年增加50.00万元，增长33.34%。")).toEqual([
      "info 增减率",
    ]);
  });

  test("a rate with 0 increase is an error", () => {
    expect(rules("其他收入10.00万元，较上年增加0万元，增长5.00%。")).toEqual(["error 增减率"]);
  });
});

describe("占比", () => {
  const composition = (a: string, b: string) =>
    `本年收入合计1579.09万元。本年收入的具体构成为：财政拨款收入1406.17万元，占${a}%；其他收入172.92万元，占${b}%。`;

  test("a share that is not part / whole is an error", () => {
    expect(rules(composition("80.05", "10.95"))).toEqual(["error 占比"]);
  });

  test("computed shares pass; a truncated one is 提示", () => {
    expect(lint(composition("89.05", "10.95"))).toEqual([]);
    expect(rules(composition("89.04", "10.95"))).toEqual(["info 占比"]);
  });

  test("a last share forced to make 100% is 提示", () => {
    const findings = lint(composition("89.04", "10.96"));
    expect(brief(findings)).toEqual(["info 1 占比", "info 1 占比"]);
    expect(findings[1].message).toContain("凑成100%");
  });

  test("a named whole is looked up: 占项目支出总额的", () => {
    const base = "项目支出610.78万元。共涉及资金137.5万元，占项目支出总额的";
    expect(lint(`${base}22.51%。`)).toEqual([]);
    expect(rules(`${base}25.51%。`)).toEqual(["error 占比"]);
  });
});

describe("完成率", () => {
  const text = (r: string) =>
    `财政拨款本年支出年初预算数为100.00万元，决算数为120.00万元，完成年初预算的${r}%。`;

  test("R ≠ A / B is an error", () => {
    expect(rules(text("102.00"))).toEqual(["error 完成率"]);
  });

  test("R = A / B passes; a truncated R is 提示", () => {
    expect(lint(text("120.00"))).toEqual([]);
    expect(lint(text("120"))).toEqual([]);
    expect(rules("年初预算数为764.56万元，决算数为1406.17万元，完成年初预算的183.91%。")).toEqual([
      "info 完成率",
    ]);
  });

  test("“年初未安排预算” with a budget is an error", () => {
    expect(rules("年初预算数为5.00万元，决算数为3.00万元，年初未安排预算。")).toEqual([
      "error 完成率",
    ]);
  });
});

describe("合计", () => {
  const list = (total: string, b: string) =>
    `基本支出${total}万元，其中：（一）工资福利支出60.00万元，主要原因是：无；（二）商品和服务支出${b}万元，主要原因是：无。`;

  test("parts that do not add up are an error", () => {
    const [f] = lint(list("100.00", "30.00"));
    expect(f).toMatchObject({ rule: "合计", severity: "error" });
    expect(f.message).toContain("90.00万元");
  });

  test("parts that add up pass; a gap the hidden decimals explain is 提示", () => {
    expect(lint(list("100.00", "40.00"))).toEqual([]);
    expect(rules(list("100.01", "40.00"))).toEqual(["info 合计"]);
  });

  test("an inline 其中： list that does not add up is a warning", () => {
    const text =
      "政府采购支出总额10.00万元，其中：货物支出6.00万元、工程支出0万元、服务支出3.00万元。";
    expect(rules(text)).toEqual(["warning 合计"]);
    expect(lint(text.replace("3.00", "4.00"))).toEqual([]);
  });

  test("收入总计 = 支出总计, and = 年初结转和结余 + 本年收入合计", () => {
    const ok =
      "收入总计100.00万元，支出总计100.00万元。收入总计100.00万元，其中年初结转和结余20.00万元；本年收入合计80.00万元。";
    expect(lint(ok)).toEqual([]);
    expect(rules(ok.replace("支出总计100.00", "支出总计101.00"))).toEqual(["error 合计"]);
    // Without 使用非财政拨款结余 written the gap may be that: a warning.
    expect(rules(ok.replace("本年收入合计80.00", "本年收入合计70.00"))).toEqual(["warning 合计"]);
  });
});

describe("前后不一", () => {
  test("the same total written differently is an error on the second", () => {
    const text = "本年收入合计80.00万元。\n……\n本年收入合计88.00万元。";
    expect(brief(lint(text))).toEqual(["error 3 前后不一"]);
    expect(lint(text.replace("88.00", "80.00"))).toEqual([]);
  });
});

describe("缺少数字", () => {
  test.each([
    ["完成预算的 %", "公务接待费年初预算数为10万元，决算数为8.78万元，完成预算的 %。"],
    ["增长%", "工资福利支出100.00万元，较上年增加10.00万元，增长%。"],
    ["为万元", "工资福利支出为万元。"],
    [
      "占%",
      "本年收入合计10.00万元。本年收入的具体构成为：财政拨款收入6.00万元，占%；其他收入4.00万元，占40.00%。",
    ],
  ])("%s is an error", (_, text) => {
    expect(rules(text)).toContain("error 缺少数字");
  });

  test("written numbers pass; a unit heading is no blank", () => {
    expect(lint("公务接待费年初预算数为10万元，决算数为8.78万元，完成预算的87.8%。")).toEqual([]);
    expect(lint("（金额单位为万元）")).toEqual([]);
  });
});

describe("多余数字", () => {
  test("two numbers where one belongs are an error", () => {
    const [f] = lint(
      "（五）科学技术支出年初预算数为0万元，决算数为304.42\n\n138.93万元，年初未安排预算。"
    );
    expect(f).toMatchObject({ rule: "多余数字", severity: "error", line: 1 });
    expect(f.message).toContain("“304.42”和“138.93”");
  });

  test("one number passes", () => {
    expect(
      lint("（五）科学技术支出年初预算数为0万元，决算数为299.91万元，年初未安排预算。")
    ).toEqual([]);
  });
});

describe("数量级", () => {
  test("1291 where 12.91 fits is an error naming 12.91", () => {
    const [f] = lint("公务接待费支出8.78万元，较上年减少1291万元，下降59.52%。");
    expect(f).toMatchObject({ rule: "数量级", severity: "error" });
    expect(f.message).toContain("疑为“12.91万元”");
  });

  test("in a list: 4.00 where 40.00 makes the total", () => {
    const [f] = lint(
      "基本支出100.00万元，其中：（一）工资福利支出60.00万元；（二）商品和服务支出4.00万元。"
    );
    expect(f).toMatchObject({ rule: "数量级", severity: "error" });
    expect(f.message).toContain("疑为“40.00万元”");
  });

  test("12.91 passes", () => {
    expect(lint("公务接待费支出8.78万元，较上年减少12.91万元，下降59.52%。")).toEqual([]);
  });
});

describe("上年为零", () => {
  test("a growth rate on a base of 0 is a warning", () => {
    expect(rules("资本性支出0.18万元，较上年增加0.18万元，增长100%。")).toEqual([
      "warning 上年为零",
    ]);
  });

  test("“上年无此项支出” passes", () => {
    expect(lint("资本性支出0.18万元，上年无此项支出，主要原因是：新购设备。")).toEqual([]);
  });
});

describe("预算为零", () => {
  test("“完成预算的0%” on a budget of 0 is a warning; a rate with spending is an error", () => {
    expect(rules("因公出国（境）支出年初预算数为0万元，决算数为0万元，完成预算的0%。")).toEqual([
      "warning 预算为零",
    ]);
    expect(rules("节能环保支出年初预算数为0万元，决算数为3.60万元，完成年初预算的100%。")).toEqual([
      "error 预算为零",
    ]);
  });

  test("“年初未安排预算” passes", () => {
    expect(
      lint("因公出国（境）支出年初预算数为0.00万元，决算数为0.00万元，年初未安排预算。")
    ).toEqual([]);
  });
});

describe("持平", () => {
  test("增加 0 万元，增长 0% is a warning", () => {
    expect(rules("公务用车运行维护费支出0万元，较上年增加0万元，增长0%。")).toEqual([
      "warning 持平",
    ]);
  });

  test("“与上年持平” passes", () => {
    expect(lint("公务用车运行维护费支出0.00万元，与上年持平。")).toEqual([]);
  });
});

describe("模板残留", () => {
  test("增加（减少） and 增长（下降） are errors, each where it starts", () => {
    const findings = lint("决算数较2020年增加 (减少) 0\n万元，增长 (下降) 0 %，主要原因是：无。");
    expect(brief(findings)).toEqual(["error 1 模板残留", "error 2 模板残留"]);
  });

  test("a placeholder is an error", () => {
    const [f] = lint("决算数较上年减少1.00万元，下降10.00%，主要原因是：【请填写主要原因】。");
    expect(f).toMatchObject({ rule: "模板残留", severity: "error" });
    expect(f.excerpt).toBe("主要原因是：【请填写主要原因】");
  });

  test("a resolved word passes", () => {
    expect(lint("决算数较2020年增加1.00万元，增长10.00%，主要原因是：会议增加。")).toEqual([]);
  });
});

test("every rule id is documented", () => {
  expect(Object.keys(LINT_RULES).sort()).toEqual(
    [
      "方向词",
      "增减额",
      "增减率",
      "占比",
      "完成率",
      "合计",
      "前后不一",
      "缺少数字",
      "多余数字",
      "数量级",
      "上年为零",
      "预算为零",
      "持平",
      "模板残留",
      "工作簿",
      "无增减",
      "人数",
      "未核对",
      "错别字",
      "标题",
      "缺少部分",
      "主要原因",
      "空表说明",
    ].sort()
  );
});
