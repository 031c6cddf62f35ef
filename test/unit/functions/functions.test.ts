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

  test("SUBJECTNAME looks up both catalogs", () => {
    expect(functions.subjectName("2010301")).toBe("行政运行");
    expect(functions.subjectName(30101, "经济分类")).toBe("基本工资");
    expect(() => functions.subjectName("9999999")).toThrow("科目表中没有编码「9999999」");
    expect(() => functions.subjectName("201", "预算科目")).toThrow("科目类型");
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
    expect(localizeFunctions(generated, { WANYUAN: { ...entry, name: "1元" } }).problems).toEqual([
      "函数 WANYUAN 的中文名称「1元」不合规",
    ]);
  });
});
