import type { LedgerFilter } from "../../../src/core/fill/definitions";
import { LedgerIndex } from "../../../src/core/fill/ledgerIndex";
import type { LedgerGroup } from "../../../src/core/inputs/types";
import {
  CellNumberSum,
  Decimal,
  cellNumberCents,
  centsToYuan,
  fromCellNumber,
} from "../../../src/core/money";

/**
 * The ledger is summed in whole 分 (integers in doubles) where that is exact; these tests prove the
 * integer path gives the very Decimal the Decimal path gives, and that it steps aside where it would
 * not be exact.
 */

let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

describe("cellNumberCents: a cell number as whole 分 only where fromCellNumber is exactly that", () => {
  it("agrees with fromCellNumber on 20,000 numbers of every size and 0–3 decimals", () => {
    let taken = 0;
    for (let i = 0; i < 20_000; i++) {
      const digits = 1 + Math.floor(random() * 17);
      const places = Math.floor(random() * 4);
      const sign = random() < 0.2 ? -1 : 1;
      const n = (sign * Math.floor(random() * 10 ** digits)) / 10 ** places;
      const cents = cellNumberCents(n);
      const decimal = fromCellNumber(n);
      if (cents === undefined) continue;
      taken++;
      expect(Number.isSafeInteger(cents)).toBe(true);
      expect(centsToYuan(cents).toString()).toBe(decimal.toString());
    }
    expect(taken).toBeGreaterThan(10_000); // the fast path is the common one
  });

  it.each([
    [123456.78, 12345678],
    [0.05, 5],
    [-1234.5, -123450],
    [99999999999.99, 9999999999999],
    [2.675, undefined], // 267.5 分
  ])("%p → %p", (n, cents) => {
    expect(cellNumberCents(n)).toBe(cents);
  });

  it("declines what is not exactly whole 分 or too long for a cell", () => {
    expect(cellNumberCents(0.1 + 0.2)).toBeUndefined(); // reads as 0.3 through toPrecision(15)
    expect(cellNumberCents(1.005)).toBeUndefined();
    expect(cellNumberCents(12345678901234.56)).toBeUndefined(); // 16 digits
    expect(cellNumberCents(NaN)).toBeUndefined();
    expect(cellNumberCents(Infinity)).toBeUndefined();
    expect(Object.is(cellNumberCents(-0), 0)).toBe(true);
  });
});

describe("CellNumberSum: the total of a chain of fromCellNumber additions", () => {
  it.each([
    ["whole 分", () => Math.round(random() * 1e10) / 100],
    ["any decimals", () => (random() - 0.3) * 10 ** Math.floor(random() * 12)],
    ["near 2^53 分", () => 9e13 - Math.floor(random() * 1000) / 100],
  ])("%s", (_, next) => {
    const sum = new CellNumberSum();
    let chain = new Decimal(0);
    for (let i = 0; i < 5_000; i++) {
      const n = next();
      sum.add(n);
      chain = chain.plus(fromCellNumber(n));
    }
    expect(sum.total.toString()).toBe(chain.toString());
  });
});

const KINDS = ["支出", "收入"] as const;
const SOURCES = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "其他收入"] as const;
const NATURES = ["基本支出", "项目支出"] as const;
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

function randomGroups(count: number, maxCents: number): LedgerGroup[] {
  return Array.from({ length: count }, (_, i) => {
    const cents = Math.floor(random() * maxCents) * (random() < 0.3 ? -1 : 1) + 0;
    return {
      kind: pick(KINDS),
      functional: pick(["2010301", "2010302", "2080501", "2130101"]),
      economic: pick(["30101", "30201", "30302", ""]),
      source: pick(SOURCES),
      nature: pick(NATURES),
      amount: centsToYuan(cents),
      cents,
      row: i + 1,
    };
  });
}

/** The same groups without their 分: the index must add the Decimals. */
const decimalOnly = (groups: LedgerGroup[]): LedgerGroup[] =>
  groups.map(({ cents, ...rest }) => (void cents, rest));

const FILTERS: LedgerFilter[] = [
  { kind: "支出" },
  { kind: "收入", sources: ["一般公共预算财政拨款", "其他收入"] },
  { kind: "支出", nature: "基本支出", economic: "30101" },
  { kind: "支出", functional: "2080501", sources: ["政府性基金预算财政拨款"] },
  { kind: "支出", functional: "2010301", economic: "30201", nature: "项目支出" },
  { kind: "收入", functional: "2130101" },
  { kind: "支出", functional: "9999999" },
];

describe("LedgerIndex: sums in 分 equal sums of Decimals", () => {
  it.each([
    ["small amounts", 2_000, 1_000_00],
    ["amounts up to 10^12 元", 2_000, 1e14],
  ])("%s", (_, count, maxCents) => {
    const groups = randomGroups(count, maxCents);
    const inCents = new LedgerIndex(groups);
    const inDecimals = new LedgerIndex(decimalOnly(groups));
    for (const filter of FILTERS) {
      expect(inCents.sum(filter).toString()).toBe(inDecimals.sum(filter).toString());
      expect(inCents.nonZeroCodes(filter, "functional")).toEqual(
        inDecimals.nonZeroCodes(filter, "functional")
      );
    }
  });

  it("adds Decimals when the 分 could add up past 2^53 (exactness would be lost)", () => {
    const groups = Array.from({ length: 20 }, (_, i) => ({
      kind: "支出" as const,
      functional: "2010301",
      economic: "30101",
      source: "其他收入",
      nature: "基本支出",
      amount: centsToYuan(999_999_999_999_999 - i),
      cents: 999_999_999_999_999 - i,
      row: i + 1,
    }));
    const expected = groups.reduce((t, g) => t.plus(g.amount), new Decimal(0));
    expect(new LedgerIndex(groups).sum({ kind: "支出" }).toString()).toBe(expected.toString());
  });

  it("opposite amounts sum to a plain zero", () => {
    const groups = randomGroups(2, 100).map((g, i) => ({
      ...g,
      kind: "支出" as const,
      functional: "2010301",
      cents: i ? -12345 : 12345,
      amount: centsToYuan(i ? -12345 : 12345),
    }));
    const total = new LedgerIndex(groups).sum({ kind: "支出" });
    expect(total.isZero() && !total.isNegative()).toBe(true);
    expect(new LedgerIndex(groups).nonZeroCodes({ kind: "支出" }, "functional")).toEqual([]);
  });
});
