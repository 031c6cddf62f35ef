import { Decimal } from "../../../src/core/money";
import type { AtomicFigure, NarrativeContext } from "../../../src/core/narrative/types";
import {
  PIECE_FORMS,
  paragraphFormula,
  pieceFormOf,
  pieceKind,
  renderParagraph,
} from "../../../src/core/narrative/pieceForms";
import { MISSING_REASON } from "../../../src/core/narrative/phrases";
import { countList, says } from "../../../src/core/narrative/pieces";
import type { FigureRef, Piece } from "../../../src/core/narrative/types";
import type { ReadTables } from "../../../src/core/tables/types";
import { evaluateFormula, Scalar } from "../../helpers/formula";

/**
 * Every kind of 情况说明 piece, its text form against its formula form, evaluated by the formula-subset
 * evaluator (no LibreOffice): the cases are the edges of the wording rules (四舍五入 to equal, a zero
 * base, a zero whole, a blank reason).
 */

const SHEET = "数";
/** Figures by name: the value (万元, full precision) and, for most, a cell holding it. */
const FIGURES: Record<string, { value: string; inYuan?: boolean; noCell?: boolean }> = {
  收入: { value: "1579.0854" },
  上年收入: { value: "3360.8200" },
  财拨: { value: "1406.17" },
  零: { value: "0" },
  几乎相等: { value: "24.5849" },
  相等: { value: "24.58" },
  负: { value: "-0.005" },
  人数: { value: "108" },
  元计: { value: "245800", inYuan: true },
  // A figure the workbook does not have: the context gives 0 and no cell (its contract).
  无格: { value: "0", noCell: true },
};
const names = Object.keys(FIGURES);
const REASONS: Record<string, string | undefined> = { 已填: "人员调整", 空白: "" };
const TEXTS: Record<string, string | undefined> = { 用途: "公务接待", 空: "" };

const grid: Scalar[][] = [];
names.forEach((name, row) => {
  const f = FIGURES[name];
  grid[row] = [Number(f.value)];
});
Object.entries(REASONS).forEach(([, text], i) => (grid[20 + i] = [text ?? null]));
Object.entries(TEXTS).forEach(([, text], i) => (grid[30 + i] = [text ?? null]));
const at = (row: number) => `'${SHEET}'!$A$${row + 1}`;

const context: NarrativeContext = {
  year: 2021,
  department: "测试部门",
  tables: {} as ReadTables,
  figure(f: AtomicFigure) {
    const name = (f as { cell: string }).cell;
    const def = FIGURES[name];
    const row = names.indexOf(name);
    const value = def.inYuan ? new Decimal(def.value).dividedBy(10000) : new Decimal(def.value);
    if (def.noCell) return { value };
    return { value, ref: def.inYuan ? `${at(row)}/10000` : at(row) };
  },
  reason(key) {
    const i = Object.keys(REASONS).indexOf(key);
    return i < 0 ? { value: undefined } : { value: REASONS[key] || undefined, ref: at(20 + i) };
  },
  text(item) {
    const i = Object.keys(TEXTS).indexOf(item);
    return i < 0 ? { value: undefined } : { value: TEXTS[item] || undefined, ref: at(30 + i) };
  },
};

const fig = (name: string): FigureRef => ({ cell: name });
const sum = (...parts: string[]): FigureRef => ({ sum: parts.map(fig) });

const CASES: [string, Piece][] = [
  ["literal", "本年收入合计"],
  ["literal, empty", ""],
  ["literal, longer than one Excel string", "很长的文字，".repeat(60)],
  ["amount, rounds half up", { amount: fig("收入") }],
  ["amount, -0.005 shows 0.00 or -0.01 alike", { amount: fig("负") }],
  ["amount of a sum", { amount: sum("财拨", "几乎相等") }],
  ["amount in 元 shown in 万元", { amount: fig("元计") }],
  ["amount with no cell", { amount: fig("无格") }],
  ["count", { count: fig("人数") }],
  ["share", { share: fig("财拨"), of: fig("收入") }],
  ["share of a zero whole", { share: fig("财拨"), of: fig("零") }],
  ["change, down", { change: fig("收入"), from: fig("上年收入"), basis: "上年" }],
  ["change, up", { change: fig("上年收入"), from: fig("收入"), basis: "上年" }],
  ["change, equal once rounded", { change: fig("几乎相等"), from: fig("相等"), basis: "上年" }],
  ["change, new item", { change: fig("收入"), from: fig("零"), basis: "上年" }],
  ["change, new income", { change: fig("收入"), from: fig("零"), basis: "上年", noun: "收入" }],
  ["change vs budget, up", { change: fig("收入"), from: fig("财拨"), basis: "年初预算" }],
  ["change vs budget, none", { change: fig("收入"), from: fig("零"), basis: "年初预算" }],
  ["change vs budget, equal", { change: fig("相等"), from: fig("几乎相等"), basis: "年初预算" }],
  ["completion", { completion: fig("收入"), budget: fig("财拨") }],
  ["completion, no budget", { completion: fig("收入"), budget: fig("零") }],
  ["reason, written", { reason: "已填" }],
  ["reason, blank", { reason: "空白" }],
  ["reason, no cell", { reason: "没有" }],
  [
    "reason, left out when no change",
    { reason: "已填", unless: { change: fig("相等"), from: fig("几乎相等") } },
  ],
  [
    "reason, kept when changed",
    { reason: "空白", unless: { change: fig("收入"), from: fig("零") } },
  ],
  ["text item", { text: "用途" }],
  ["text item, blank", { text: "空" }],
  ["text item, no cell", { text: "没有" }],
];

describe("each narrative piece: text form = formula form", () => {
  test.each(CASES)("%s", (_name, piece) => {
    const form = pieceFormOf(piece);
    const text = form.text(piece, context, []);
    expect(evaluateFormula(form.formula(piece, context), { [SHEET]: grid })).toBe(text);
  });

  test("the cases cover every kind of piece", () => {
    const covered = new Set(CASES.map(([, piece]) => pieceKind(piece)));
    expect([...covered].sort()).toEqual(Object.keys(PIECE_FORMS).sort());
  });

  test("the wording edges say what the rules say", () => {
    const text = (piece: Piece) => renderParagraph({ id: "p", pieces: [piece] }, context).text;
    const byName = Object.fromEntries(CASES.map(([name, piece]) => [name, text(piece)]));
    expect(byName["change, down"]).toBe("较2020年减少1781.73万元，下降53.01%");
    expect(byName["change, equal once rounded"]).toBe("与上年持平");
    expect(byName["change, new item"]).toBe("上年无此项支出");
    expect(byName["change, new income"]).toBe("上年无此项收入");
    expect(byName["change vs budget, none"]).toBe("年初未安排预算");
    expect(byName["change vs budget, equal"]).toBe("与年初预算数持平");
    expect(byName["completion, no budget"]).toBe("年初未安排预算");
    expect(byName["share of a zero whole"]).toBe("0.00%");
    expect(byName["reason, blank"]).toBe(`，主要原因是：${MISSING_REASON}`);
    expect(byName["reason, left out when no change"]).toBe("");
    expect(byName["text item, blank"]).toBe("无");
  });

  test("a whole paragraph: its formula gives its text, and missing reasons are reported", () => {
    const paragraph = { id: "全部", pieces: CASES.map(([, piece]) => piece) };
    const rendered = renderParagraph(paragraph, context);
    expect(evaluateFormula(paragraphFormula(paragraph, context), { [SHEET]: grid })).toBe(
      rendered.text
    );
    expect(rendered.missingReasons).toEqual(["空白", "没有", "空白"]);
  });
});

test("says: a sentence template gives its words and pieces in order, without empty words", () => {
  const n = { count: fig("人数") };
  expect(says`在职${n}人。`).toEqual(["在职", n, "人。"]);
  expect(says`${n}${n}`).toEqual([n, n]);
  expect(renderParagraph({ id: "s", pieces: says`共${n}人` }, context).text).toBe("共108人");
});

test("says: text and numbers put in are words; a list of pieces stands as its pieces", () => {
  const n = { count: fig("人数") };
  const label = "在职人员";
  expect(says`本部门${2021}年度${label}${n}人。`).toEqual(["本部门2021年度在职人员", n, "人。"]);
  // The list's own words stay separate pieces (each is one literal of the paragraph's formula).
  expect(says`其中：${["甲", n, "；"]}${n}人`).toEqual(["其中：", "甲", n, "；", n, "人"]);
  expect(says`共${[]}人`).toEqual(["共", "人"]);
});

test("countList: “，其中：…辆、…辆” for the parts given, nothing for none", () => {
  const a = fig("人数");
  expect(
    countList(
      [
        ["一般公务用车", a],
        ["其他用车", a],
      ],
      "辆"
    )
  ).toEqual(["，其中：", "一般公务用车", { count: a }, "辆、", "其他用车", { count: a }, "辆"]);
  expect(countList([], "辆")).toEqual([]);
});
