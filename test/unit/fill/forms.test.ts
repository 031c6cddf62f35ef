import type { FillDefinition } from "../../../src/core/fill/definitions";
import { FILL_FORMS, FormulaContext, ValueContext, fillFormOf } from "../../../src/core/fill/kinds";
import { LedgerIndex } from "../../../src/core/fill/ledgerIndex";
import type { LedgerGroup } from "../../../src/core/inputs/types";
import type { InputData } from "../../../src/core/inputs/types";
import { Decimal } from "../../../src/core/money";
import type { AmountCell, TableLayout } from "../../../src/core/templates/layout";
import { evaluateFormula, Scalar } from "../../helpers/formula";

/**
 * Every kind of fill definition, its value form against its formula form, evaluated by the
 * formula-subset evaluator (no LibreOffice) over small input sheets: the same cells, the same
 * figures. The LibreOffice tests compare the whole filled sample.
 */

const LEDGER = "收支明细";
const ITEMS = "补充信息";
const BUDGETS = "预算与上年数";
const LEDGER_COLUMNS = { kind: 0, functional: 1, economic: 2, nature: 3, source: 4, amount: 5 };

// 收支明细 lines: kind, 功能分类, 经济分类, 支出性质, 资金来源, 金额 (元).
const LINES: [string, string, string, string, string, number][] = [
  ["支出", "2010301", "30101", "基本支出", "一般公共预算财政拨款", 123456.78],
  ["支出", "2010301", "30201", "基本支出", "一般公共预算财政拨款", 2345.67],
  ["支出", "2010301", "30201", "项目支出", "其他收入", 999.99],
  ["支出", "2080501", "30302", "基本支出", "政府性基金预算财政拨款", 50000],
  ["收入", "2010301", "", "", "一般公共预算财政拨款", 130000.01],
  ["收入", "2010301", "", "", "其他收入", 0.05],
];
const groups: LedgerGroup[] = LINES.map(
  ([kind, functional, economic, nature, source, amount], i) => ({
    kind: kind as LedgerGroup["kind"],
    functional,
    economic,
    nature,
    source,
    amount: new Decimal(amount),
    row: i + 1,
  })
);
const ledgerGrid: Scalar[][] = [["收支类型", "功能", "经济", "性质", "来源", "金额"], ...LINES];

const itemGrid: Scalar[][] = [
  ["项目", "数值"],
  ["机关运行经费支出", 245812.34],
  ["在职人员", 60],
];
const budgetGrid: Scalar[][] = [
  ["指标", "年初预算数"],
  ["财政拨款支出", 7645612.5],
];
const T03: Scalar[][] = [[], [], [null, null, 21.5]];
const sheets = { [LEDGER]: ledgerGrid, [ITEMS]: itemGrid, [BUDGETS]: budgetGrid, 公开03表: T03 };

const refCell = { id: "T03[201].合计", row: 2, col: 2 } as AmountCell;
const layouts = new Map([
  [
    "T03",
    {
      table: { code: "公开03表" },
      byId: new Map([[refCell.id, refCell]]),
    } as unknown as TableLayout,
  ],
]);
const moneyItems = new Set(["机关运行经费支出"]);

const data = {
  supplementary: {
    items: new Map([
      ["机关运行经费支出", { value: new Decimal("245812.34"), unit: "元", row: 1 }],
      ["在职人员", { value: new Decimal(60), unit: "人", row: 2 }],
    ]),
  },
  budgetPrior: {
    figures: new Map([["财政拨款支出", { budget: new Decimal("7645612.5"), row: 1 }]]),
  },
} as unknown as InputData;

const valueContext: ValueContext = {
  data,
  index: new LedgerIndex(groups),
  valueOf: (id) => (id === refCell.id ? new Decimal("21.5") : new Decimal(0)),
  moneyItems,
};
const formulaContext: FormulaContext = {
  layouts,
  ledger: { sheet: LEDGER, columns: LEDGER_COLUMNS },
  supplementary: { sheet: ITEMS, columns: { item: 0, value: 1 } },
  budgetPrior: { sheet: BUDGETS, columns: { indicator: 0, budget: 1 } },
  moneyItems,
};

const money = { id: "T.x", tableId: "T", unit: "money" } as AmountCell;
const count = { id: "T.n", tableId: "T", unit: "count" } as AmountCell;

const CASES: [string, FillDefinition, AmountCell][] = [
  ["ledger, one kind", { ledger: { kind: "支出" } }, money],
  [
    "ledger, by 功能分类 and 经济分类",
    { ledger: { kind: "支出", functional: "2010301", economic: "30201" } },
    money,
  ],
  ["ledger, by 支出性质", { ledger: { kind: "支出", nature: "基本支出" } }, money],
  ["ledger, one 资金来源", { ledger: { kind: "收入", sources: ["其他收入"] } }, money],
  [
    "ledger, two 资金来源",
    { ledger: { kind: "支出", sources: ["一般公共预算财政拨款", "政府性基金预算财政拨款"] } },
    money,
  ],
  ["ledger, nothing matches", { ledger: { kind: "支出", functional: "2130101" } }, money],
  ["ref, a line of another table", { ref: refCell.id }, money],
  ["ref, a line the data does not have", { ref: "T03[299].合计" }, money],
  ["item in 元, shown in 万元", { item: "机关运行经费支出" }, money],
  ["item in 元, in a count cell", { item: "机关运行经费支出" }, count],
  ["item, a count", { item: "在职人员" }, count],
  ["item, not typed", { item: "车辆数" }, count],
  ["budget", { budget: "财政拨款支出" }, money],
  ["budget, not typed", { budget: "一般公共预算财政拨款支出" }, money],
];

describe("each fill definition: value form = formula form", () => {
  test.each(CASES)("%s", (_name, definition, cell) => {
    const form = fillFormOf(definition);
    const value = form.value(definition, cell, valueContext).toNumber();
    const formula = form.formula(definition, cell, formulaContext);
    const computed = formula === undefined ? 0 : (evaluateFormula(formula, sheets) as number);
    expect(computed).toBeCloseTo(value, 9);
  });

  test("the cases cover every kind, and are not all zero", () => {
    const kinds = new Set(CASES.map(([, d]) => Object.keys(d)[0]));
    expect([...kinds].sort()).toEqual(Object.keys(FILL_FORMS).sort());
    const values = CASES.map(([, d, c]) => fillFormOf(d).value(d, c, valueContext).toNumber());
    expect(values.filter((v) => v !== 0).length).toBeGreaterThan(8);
    expect(values[4]).toBeCloseTo(17.580245, 9); // (123456.78 + 2345.67 + 50000) / 10000
  });
});
