import { localizeFunctions } from "../../../scripts/localize-functions";

// The custom functions run inside Excel's runtime; CustomFunctions.Error is all they need from it.
class FakeCustomFunctionsError extends Error {
  constructor(
    public code: string,
    message?: string
  ) {
    super(message);
  }
}
(globalThis as any).CustomFunctions = {
  Error: FakeCustomFunctionsError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
};
const functions =
  require("../../../src/functions/functions") as typeof import("../../../src/functions/functions");

describe("custom functions", () => {
  test("WANYUAN rounds half-up in decimal, not binary", () => {
    expect(functions.wanYuan(15835200)).toBe(1583.52);
    expect(functions.wanYuan(26750)).toBe(2.68); // 2.675 万元
    expect(functions.wanYuan(10050)).toBe(1.01);
    expect(functions.wanYuan(-26750)).toBe(-2.68);
  });

  test("ROUNDHU", () => {
    expect(functions.roundHu(2.675)).toBe(2.68);
    expect(functions.roundHu(1.005, 2)).toBe(1.01);
    expect(functions.roundHu(12.5, 0)).toBe(13);
    expect(() => functions.roundHu(1, 1.5)).toThrow("小数位数应为 0 到 10 的整数");
  });

  test("AMOUNT reads what clerks type and explains what it cannot", () => {
    expect(functions.amount("1,583.52")).toBe(1583.52);
    expect(functions.amount("（12.50）")).toBe(-12.5);
    expect(functions.amount("12.5万元")).toBe(125000);
    expect(functions.amount("12.5万元", "万元")).toBe(12.5);
    expect(() => functions.amount("十二")).toThrow(FakeCustomFunctionsError);
    expect(() => functions.amount("1", "千元")).toThrow("单位应为“元”或“万元”");
  });

  test("SUBJECT looks up both catalogs", () => {
    expect(functions.subject("2010301")).toBe("行政运行");
    expect(functions.subject(30101, "经济分类")).toBe("基本工资");
    expect(() => functions.subject("9999999")).toThrow("科目表中没有编码「9999999」");
    expect(() => functions.subject("201", "预算科目")).toThrow("科目类型");
    expect(functions.subject("30311", "经济分类", 2024)).toBe("代缴社会保险费");
    expect(() => functions.subject("30311", "经济分类", 2021)).toThrow("科目表中没有编码「30311」");
    expect(() => functions.subject("2010301", "功能分类", 2019)).toThrow(
      "没有 2019 年度的科目目录，可用：2021—2025 年度"
    );
  });
});

describe("narrative phrases as functions (the same wording rules as the 情况说明)", () => {
  test("CHANGE", () => {
    expect(functions.change(161.68, 137.63)).toBe("增加24.05万元，增长17.47%");
    expect(functions.change(24.58, 25.87)).toBe("减少1.29万元，下降4.99%");
    expect(functions.change(0.18, 0)).toBe("上年无此项支出");
    expect(functions.change(10, 10.004)).toBe("持平"); // equal as displayed
  });

  test("CHANGEPHRASE", () => {
    expect(functions.changePhrase(1579.09, 3360.82)).toBe("较上年减少1781.73万元，下降53.01%");
    expect(functions.changePhrase(24.58, 76.69, "年初预算")).toBe(
      "较年初预算数减少52.11万元，下降67.95%"
    );
    expect(functions.changePhrase(299.91, 0, "年初预算")).toBe("年初未安排预算");
    expect(functions.changePhrase(5, 0, "上年", "收入")).toBe("上年无此项收入");
    expect(functions.changePhrase(5, 5)).toBe("与上年持平");
    expect(() => functions.changePhrase(1, 2, "去年")).toThrow("比较基准应为“上年”或“年初预算”");
  });

  test("PCT and BUDGETRATE", () => {
    expect(functions.pct(1406.17, 1579.09)).toBe(89.05);
    expect(functions.rate(1406.17, 764.56)).toBe(183.92);
    expect(() => functions.pct(1, 0)).toThrow("总数为0，无法计算占比");
    let error: unknown;
    try {
      functions.rate(299.91, 0);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "#N/A", message: "年初未安排预算，无完成率" });
  });
});

describe("zh-CN function metadata", () => {
  const generated = JSON.stringify({
    functions: [
      {
        id: "WANYUAN",
        name: "WANYUAN",
        description: "Converts",
        parameters: [{ name: "yuan", description: "Amount", type: "number" }],
        result: { type: "number" },
      },
    ],
  });
  const entry = {
    name: "元转万元",
    description: "换算",
    parameters: { yuan: { name: "元金额", description: "金额" } },
  };

  test("writes only documented fields: no result description", () => {
    const fn = JSON.parse(
      localizeFunctions(generated, { WANYUAN: { ...entry, result: "万元" } as typeof entry }).json
    ).functions[0];
    expect(fn.result).toEqual({ type: "number" });
  });

  test("translates names, descriptions and parameters, keeping ids and types", () => {
    const { json, problems } = localizeFunctions(generated, { WANYUAN: entry });
    expect(problems).toEqual([]);
    const fn = JSON.parse(json).functions[0];
    expect(fn).toMatchObject({ id: "WANYUAN", name: "元转万元", description: "换算" });
    expect(fn.parameters[0]).toEqual({ name: "元金额", description: "金额", type: "number" });
  });

  test("reports every missing or stray translation", () => {
    expect(localizeFunctions(generated, {}).problems).toEqual(["函数 WANYUAN 缺少中文名称和说明"]);
    const noParam = { ...entry, parameters: {} };
    expect(localizeFunctions(generated, { WANYUAN: noParam }).problems).toEqual([
      "函数 WANYUAN 的参数 yuan 缺少中文说明",
    ]);
    expect(localizeFunctions(generated, { WANYUAN: entry, OLD: entry }).problems).toEqual([
      "词典中的 OLD 没有对应的自定义函数",
    ]);
    expect(localizeFunctions(generated, { WANYUAN: { ...entry, name: "1元钱" } }).problems).toEqual(
      ["函数 WANYUAN 的中文名称「1元钱」不合规：须以字母开头，只含字母、数字、点和下划线"]
    );
    expect(localizeFunctions(generated, { WANYUAN: { ...entry, name: "占比" } }).problems).toEqual([
      "函数 WANYUAN 的中文名称「占比」不合规：少于 3 个字符",
    ]);
    const rate = generated.replace('"name":"WANYUAN"', '"name":"RATE"');
    expect(localizeFunctions(rate, { WANYUAN: entry }).problems).toEqual([
      "函数 WANYUAN 的英文名称「RATE」不合规：与 Excel 内置函数同名",
    ]);
  });
});
