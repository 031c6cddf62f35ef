import {
  amount,
  fitAmount,
  fitPercent,
  percentOf,
  shiftedPoint,
  stated,
  sumOf,
} from "../../../src/core/lint/numbers";

/** Interval arithmetic on the stated precision. */

const wan = (text: string) => amount(stated(text), "万元");

describe("stated precision", () => {
  test("“1579.09” stands for [1579.085, 1579.095]; a stated 0 is exactly 0; 元 scale to 万元", () => {
    const q = wan("1579.09");
    expect([q.lo.toString(), q.hi.toString()]).toEqual(["1579.085", "1579.095"]);
    expect(wan("0").hi.toString()).toBe("0");
    const y = amount(stated("15790930.00"), "元");
    expect([y.shown.toString(), y.lo.toString(), y.hi.toString()]).toEqual([
      "1579.093",
      "1579.0929995",
      "1579.0930005",
    ]);
  });

  test("a percentage: exact, rounding, truncation, none", () => {
    const share = percentOf(wan("1406.17"), wan("1579.09"));
    expect(share?.shown.toFixed(4)).toBe("89.0494");
    expect(fitPercent(stated("89.05"), share!)).toBe("exact");
    expect(fitPercent(stated("89.04"), share!)).toBe("truncation"); // 89.049…% cut, not rounded
    expect(fitPercent(stated("89.06"), share!)).toBe("none");
    const rate = percentOf(wan("52.11"), wan("76.69"));
    expect(fitPercent(stated("67.94"), rate!)).toBe("rounding"); // 67.9488 computed, 67.94 within the hidden decimals
  });

  test("a sum's tolerance grows with its addends (anchors: 1000.01 + 583.50 against 1583.52)", () => {
    const two = sumOf([wan("1000.01"), wan("583.50")]);
    expect(fitAmount(wan("1583.51"), 2, two)).toBe("exact");
    expect(fitAmount(wan("1583.52"), 2, two)).toBe("rounding"); // 0.01 ≤ 3 × 0.005
    expect(fitAmount(wan("1583.53"), 2, two)).toBe("none"); // 0.02 > 0.015
  });

  test("a ratio whose whole may be zero is undefined", () => {
    expect(percentOf(wan("1.00"), wan("0"))).toBeUndefined();
  });
});

test("a misplaced point: the candidates keep the written decimals or what the digits need", () => {
  expect(shiftedPoint(stated("1291")).map((s) => s.text)).toEqual(
    expect.arrayContaining(["12.91", "129.1", "12910"])
  );
  expect(shiftedPoint(stated("134.00")).map((s) => s.text)).toEqual(
    expect.arrayContaining(["1340.00", "13.40"])
  );
  expect(shiftedPoint(stated("0"))).toEqual([]);
});
