import {
  Decimal,
  formatFixed,
  formatPercent,
  formatWan,
  fromCellNumber,
  parseAmount,
  parseCount,
  roundHalfUp,
  wanToYuan,
  yuanToWan,
} from "../../../src/core/money";

const d = (s: string) => new Decimal(s);

function parsed(input: unknown, unit: "元" | "万元" = "元"): string {
  const r = parseAmount(input, unit);
  if (!r.ok) throw new Error(r.error);
  return r.value.toString();
}

function parseError(input: unknown): string {
  const r = parseAmount(input);
  if (r.ok) throw new Error(`expected an error for ${String(input)}, got ${r.value.toString()}`);
  return r.error;
}

describe("rounding is 四舍五入 on the decimal value", () => {
  it.each([
    ["2.675", "2.68"],
    ["1.005", "1.01"],
    ["0.005", "0.01"],
    ["-1.475", "-1.48"],
    ["2.665", "2.67"],
    ["1583.5149", "1583.51"],
  ])("%s → %s", (input, expected) => {
    expect(roundHalfUp(d(input), 2).toFixed(2)).toBe(expected);
  });

  it("reads JS numbers from cells without binary noise (2.675 stays 2.675, unlike toFixed)", () => {
    expect((2.675).toFixed(2)).toBe("2.67"); // the float trap we avoid
    expect(formatFixed(fromCellNumber(2.675))).toBe("2.68");
    expect(formatFixed(fromCellNumber(1.005))).toBe("1.01");
    expect(fromCellNumber(0.1 + 0.2).toString()).toBe("0.3");
  });

  it("never prints negative zero", () => {
    expect(formatFixed(d("-0.001"))).toBe("0.00");
  });
});

describe("元 ↔ 万元", () => {
  it("converts exactly and formats 万元 with two decimals", () => {
    expect(yuanToWan(d("15835180")).toString()).toBe("1583.518");
    expect(wanToYuan(d("1583.52")).toString()).toBe("15835200");
    expect(formatWan(d("15835180"))).toBe("1583.52");
    expect(formatWan(d("15835180"), { grouping: true })).toBe("1,583.52");
    expect(formatWan(d("-123456789.5"), { grouping: true })).toBe("-12,345.68");
  });

  it("formats percentages from ratios", () => {
    expect(formatPercent(d("1781.73").dividedBy(d("3360.82")))).toBe("53.01%");
    expect(formatPercent(d("0.8780"))).toBe("87.80%");
  });
});

describe("tolerant parsing of what clerks type", () => {
  it.each([
    ["1583.52", "1583.52"],
    ["1,583.52", "1583.52"],
    ["1,234,567.8", "1234567.8"],
    ["１５８３．５２", "1583.52"],
    ["１，５８３．５２", "1583.52"],
    [" 1 583.52 ", "1583.52"],
    ["（12.50）", "-12.5"],
    ["(12.50)", "-12.5"],
    ["-12.50", "-12.5"],
    ["¥1,200", "1200"],
    ["￥１２００元", "1200"],
    ["1.2E+07", "12000000"],
  ])("%j → %s 元", (input, expected) => {
    expect(parsed(input)).toBe(expected);
  });

  it.each(["", "   ", "-", "—", "——", "－", null, undefined])("%j is a blank zero", (input) => {
    const r = parseAmount(input);
    expect(r).toMatchObject({ ok: true, blank: true });
    if (r.ok) expect(r.value.isZero()).toBe(true);
  });

  it("converts a stated unit into the column's unit", () => {
    expect(parsed("12.5万元")).toBe("125000");
    expect(parsed("12.5万")).toBe("125000");
    expect(parsed("（12.5万元）")).toBe("-125000");
    expect(parsed("125000元", "万元")).toBe("12.5");
    expect(parsed("12.5万元", "万元")).toBe("12.5");
  });

  it("takes numbers from cells as they are", () => {
    expect(parsed(1583.52)).toBe("1583.52");
    expect(parsed(0)).toBe("0");
  });

  it.each([
    ["abc", "「abc」不是有效的金额"],
    ["12.5%", "「12.5%」不是有效的金额"],
    ["1.2.3", "「1.2.3」不是有效的金额"],
    ["一千元", "「一千元」不是有效的金额"],
    ["12,5", "「12,5」的千分位分隔符位置不正确"],
    ["1,23,456", "的千分位分隔符位置不正确"],
  ])("garbage %j is a Chinese error", (input, message) => {
    expect(parseError(input)).toContain(message);
  });

  it("rejects non-numbers that are not strings", () => {
    expect(parseError(true)).toContain("不是有效的金额");
    expect(parseError(Number.NaN)).toContain("不是有效的金额");
  });
});

describe("counts", () => {
  it("accepts whole numbers with a unit word", () => {
    const r = parseCount("76批");
    expect(r.ok && r.value.toNumber()).toBe(76);
    expect(parseCount("").ok).toBe(true);
  });
  it("rejects fractions and negatives", () => {
    expect(parseCount("1.5")).toMatchObject({ ok: false });
    expect(parseCount(-2)).toMatchObject({ ok: false });
  });
});
