import { Decimal } from "../../../src/core/money";
import { STATUS_TEXT, sideForms, statusForms } from "../../../src/core/rules/forms";
import type { BoundTerm } from "../../../src/core/rules/types";
import type { ReadCell, ReadTables } from "../../../src/core/tables/types";
import { evaluateFormula, Scalar } from "../../helpers/formula";

/**
 * A rule's sides and status: value form against formula form, evaluated by the formula-subset
 * evaluator (no LibreOffice). The sides cover a cell, a subtracted cell, a cell held in 元 (divisor),
 * a computed expression (ledger totals) and a cell the workbook does not show; the statuses cover
 * both relations on and around the tolerance.
 */

const SHEET = "公开01表";
const grid: Scalar[][] = [[100.25], [40.1], [60.15], [2458123.4], [7]];
const cells: Record<string, ReadCell> = {
  总计: { value: new Decimal("100.25"), at: { sheet: SHEET, row: 0, col: 0 } },
  甲: { value: new Decimal("40.1"), at: { sheet: SHEET, row: 1, col: 0 } },
  乙: { value: new Decimal("60.15"), at: { sheet: SHEET, row: 2, col: 0 } },
  元: { value: new Decimal("245.81234"), at: { sheet: SHEET, row: 3, col: 0 }, divisor: 10000 },
  算式: { value: new Decimal("3.5"), expr: `'${SHEET}'!$A$5/2` },
};
const tables = { cells: new Map(Object.entries(cells)) } as unknown as ReadTables;
const read = (t: BoundTerm): ReadCell => cells[t.id] ?? { value: new Decimal(0) };
const term = (id: string, sign: 1 | -1 = 1): BoundTerm => ({ id, sign, prior: false });

const SIDES: [string, BoundTerm[]][] = [
  ["one cell", [term("总计")]],
  ["cells added", [term("甲"), term("乙")]],
  ["a cell subtracted first", [term("乙", -1), term("甲")]],
  ["a cell in 元", [term("元")]],
  ["a computed expression, subtracted", [term("总计"), term("算式", -1)]],
  ["a cell the workbook does not show", [term("甲"), term("无此格")]],
  ["nothing shown", [term("无此格")]],
];

describe("a rule's side: value form = formula form", () => {
  test.each(SIDES)("%s", (_name, terms) => {
    const value = sideForms.value(terms, read).toNumber();
    expect(evaluateFormula(sideForms.formula(terms, tables), { [SHEET]: grid })).toBeCloseTo(
      value,
      9
    );
  });
});

const STATUSES: ["=" | "<=", string, string, string][] = [
  ["=", "0", "0.01", "pass"],
  ["=", "0.01", "0.01", "tail"],
  ["=", "-0.01", "0.01", "tail"],
  ["=", "-0.010001", "0.01", "fail"],
  ["=", "0.03", "0", "fail"],
  ["<=", "-5", "0", "pass"],
  ["<=", "0.005", "0.005", "tail"],
  ["<=", "0.02", "0.005", "fail"],
];

describe("a rule's status: value form = formula form", () => {
  test.each(STATUSES)("%s, difference %s, tolerance %s → %s", (relation, diff, tol, status) => {
    const value = statusForms.value(relation, new Decimal(diff), new Decimal(tol));
    expect(value).toBe(status);
    const formula = statusForms.formula(relation, "A1", "B1");
    expect(evaluateFormula(formula, { 校验: [[Number(diff), Number(tol)]] }, "校验")).toBe(
      STATUS_TEXT[value]
    );
  });
});
