import { ACTION_BYTES, estimateRequest, RequestBudget } from "../../../src/excel/batch";
import {
  cellGrid,
  formulaInput,
  jsonBytes,
  needsTextPrefix,
  utf8Length,
} from "../../../src/excel/cells";
import { columnWidthPoints, runs } from "../../../src/excel/format";
import { cellValue, formulaText, snapshotFrom } from "../../../src/excel/snapshot";

describe("cells as written to Range.formulas", () => {
  it.each([
    ["2010301", true],
    ["公开05表", true],
    ["1-2", true],
    ["=A1", true],
    ["-", true],
    ["+", true],
    ["@x", true],
    ["#N/A", true],
    ["'quoted", true],
    ["TRUE", true],
    [" false ", true],
    ["１２３", true],
    ["部门：测试单位", false],
    ["合计", false],
    ["truth", false],
    ["", false],
  ])("%j needs a text prefix: %s", (text, expected) => {
    expect(needsTextPrefix(text)).toBe(expected);
  });

  it("writes formulas with '=', keeps constants, drops cached results and empties", () => {
    expect(formulaInput({ formula: "SUM(A1:B1)", result: 3 })).toBe("=SUM(A1:B1)");
    expect(formulaInput({ value: 12.5 })).toBe(12.5);
    expect(formulaInput({ value: true })).toBe(true);
    expect(formulaInput({ value: "合计" })).toBe("合计");
    expect(formulaInput({ value: "30101" })).toBe("'30101");
    expect(formulaInput({ value: "" })).toBeNull();
    expect(formulaInput({ value: null })).toBeNull();
    expect(formulaInput({ value: Number.NaN })).toBeNull();
    expect(formulaInput({})).toBeNull();
    expect(formulaInput(null)).toBeNull();
  });

  it("makes one rectangle from A1 to the last non-empty row and column", () => {
    expect(
      cellGrid({
        name: "S",
        cells: [[{ value: "a" }, null], [null, null, { value: 1 }, null], [null], []],
        merges: [],
        styles: [],
        columnWidths: [],
      })
    ).toEqual({
      rows: [
        ["a", null, null],
        [null, null, 1],
      ],
      width: 3,
    });
    expect(
      cellGrid({
        name: "S",
        cells: [[null], [{ value: "" }]],
        merges: [],
        styles: [],
        columnWidths: [],
      })
    ).toEqual({ rows: [], width: 0 });
  });

  it("measures request text in UTF-8 bytes", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("公开")).toBe(6);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("😀")).toBe(4);
    expect(jsonBytes([["公开", 1]])).toBe(Buffer.byteLength(JSON.stringify([["公开", 1]])));
  });
});

describe("snapshots from used ranges", () => {
  it("normalises values and formulas as the ExcelJS adapter does", () => {
    expect(cellValue("")).toBeNull();
    expect(cellValue(0)).toBe(0);
    expect(cellValue(false)).toBe(false);
    expect(formulaText("=SUM(A1)")).toBe("SUM(A1)");
    expect(formulaText(5)).toBeNull();
    expect(formulaText("text")).toBeNull();
  });

  it("pads from A1, trims each row after its last cell and drops empty trailing rows", () => {
    const snap = snapshotFrom(
      "S",
      2,
      1,
      [
        ["x", "", ""],
        ["", "", ""],
        ["", 2, ""],
        ["", "", ""],
      ],
      [
        ["x", "", ""],
        ["", "", ""],
        ["", "=1+1", ""],
        ["", "", ""],
      ],
      []
    );
    expect(snap).toEqual({
      name: "S",
      values: [[], [], [null, "x"], [], [null, null, 2]],
      formulas: [[], [], [null, null], [], [null, null, "1+1"]],
      merges: [],
    });
  });

  it("keeps a formula cell whose result is empty", () => {
    expect(snapshotFrom("S", 0, 0, [[""]], [['=""']], []).formulas).toEqual([['""']]);
  });
});

describe("sizes and runs", () => {
  it("converts Excel column widths to points as Excel's Column Width box does", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 1); // Excel's default column: 64 px
    expect(columnWidthPoints(10)).toBe(56.25);
  });

  it("groups consecutive rows or columns of the same size", () => {
    expect(
      runs([
        [0, 32],
        [2, 18],
        [3, 18],
        [4, 18],
        [5, 20],
        [7, 20],
        [8, 0],
      ])
    ).toEqual([
      { first: 0, last: 0, value: 32 },
      { first: 2, last: 4, value: 18 },
      { first: 5, last: 5, value: 20 },
      { first: 7, last: 7, value: 20 },
    ]);
  });
});

describe("request budget", () => {
  it("estimates what a function queues by running it against a stand-in", () => {
    const bytes = estimateRequest<Excel.Worksheet>((ws) => {
      const range = ws.getRange("A1");
      range.format.font.name = "宋体";
      range.untrack();
    });
    expect(bytes).toBe(2 * ACTION_BYTES + jsonBytes(["A1"]) + jsonBytes("宋体"));
  });

  it("sends when the next piece would not fit, and never sends an empty request", async () => {
    const sent: number[] = [];
    let begun = 0;
    const budget = new RequestBudget(
      1000,
      async () => {
        sent.push(begun);
      },
      () => {
        begun++;
        return 100;
      }
    );
    await budget.reserve(5000); // too big alone, but a request with nothing in it takes it
    expect(sent).toEqual([]);
    await budget.reserve(10);
    expect(sent).toEqual([1]);
    await budget.reserve(500);
    await budget.reserve(300);
    expect(sent).toEqual([1]);
    await budget.reserve(200);
    expect(sent).toEqual([1, 2]);
    await budget.finish();
    expect(sent).toEqual([1, 2, 3]);
  });
});
