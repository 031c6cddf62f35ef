import {
  looseLabel,
  normHeader,
  normLabel,
  normText,
  splitCode,
} from "../../../src/core/tables/normalize";
import { readCellAmount } from "../../../src/core/tables/numbers";

const amount = (input: unknown, unit: "money" | "count" = "money") => {
  const read = readCellAmount(input, unit);
  return read.ok ? read.value.toNumber() : "bad";
};

describe("reading labels, captions and codes", () => {
  it("folds width, spaces, line breaks and quotes", () => {
    expect(normText(" 本年收入\r\n合 计\u3000")).toBe("本年收入合计");
    expect(normText("一般公共预算财政拨款“三公”经费")).toBe(
      normText('一般公共预算财政拨款"三公"经费')
    );
    expect(normText("因公出国（境）费")).toBe(normText("因公出国(境)费"));
    expect(normHeader("金 额（万元）")).toBe("金额");
    expect(normHeader("因公出国（境）费")).toBe("因公出国(境)费");
  });

  it("strips numbering and 其中", () => {
    expect(
      [
        "一、一般公共预算财政拨款收入",
        "（一）一般公共预算财政拨款收入",
        "1.一般公共预算财政拨款收入",
      ].map(normLabel)
    ).toEqual(Array(3).fill("一般公共预算财政拨款收入"));
    expect(normLabel("其中：房屋")).toBe("房屋");
    expect(normLabel("（二）其中：领导干部用车")).toBe("领导干部用车");
    expect(normLabel("一般公共服务支出")).toBe("一般公共服务支出");
    expect(normLabel("单价50万元以上通用设备")).toBe("单价50万元以上通用设备");
    expect(looseLabel("单价50万元以上通用设备（台、套）")).toBe("单价50万元以上通用设备");
  });

  it("reads codes stored as numbers or text, with spaces or a name after them", () => {
    expect(splitCode(2010301)).toEqual({ code: "2010301", rest: "" });
    expect(splitCode("201 03 01")).toEqual({ code: "2010301", rest: "" });
    expect(splitCode("２０１")).toEqual({ code: "201", rest: "" });
    expect(splitCode("2010301 行政运行")).toEqual({ code: "2010301", rest: "行政运行" });
    expect(splitCode("合计")).toEqual({ rest: "合计" });
    expect(splitCode(12)).toEqual({ rest: "12" });
    expect(splitCode(null)).toEqual({ rest: "" });
  });
});

describe("reading amounts in the table's unit", () => {
  it("takes numbers as they are and text tolerantly, without converting units", () => {
    expect(amount(1583.52)).toBe(1583.52);
    expect(amount(0.1 + 0.2)).toBe(0.3);
    expect(amount("1,583.52")).toBe(1583.52);
    expect(amount("１５８３．５２")).toBe(1583.52);
    expect(amount("（12.50）")).toBe(-12.5);
    expect(amount("12.5万元")).toBe(12.5);
    expect(amount("（12.5万元）")).toBe(-12.5);
    expect(amount("12.5元")).toBe(12.5);
    expect([null, "", "-", "—", " "].map((v) => amount(v))).toEqual([0, 0, 0, 0, 0]);
    expect(["abc", "#REF!", true, NaN, "1,58,3"].map((v) => amount(v))).toEqual(
      Array(5).fill("bad")
    );
  });

  it("reads counts with their unit", () => {
    expect(amount("3辆", "count")).toBe(3);
    expect(amount("12台套", "count")).toBe(12);
    expect(amount(" 7 ", "count")).toBe(7);
    expect(amount("一辆", "count")).toBe("bad");
  });
});
