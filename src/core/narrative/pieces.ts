import { reasonKey } from "../inputs/indicators";
import { chineseNumber } from "../text/chineseNumber";
import { shown } from "./pieceForms";
import type { NarrativeContext } from "./types";
import type { FigureRef, Piece } from "./types";

/** Building blocks for a profile's sentences (src/core/profiles/<id>/narrative.ts). */

export const cell = (id: string): FigureRef => ({ cell: id });
export const budget = (name: string, code?: string): FigureRef => ({ budget: name, code });
export const prior = (name: string, code?: string): FigureRef => ({ prior: name, code });
export const item = (name: string): FigureRef => ({ item: name });
export const amount = (f: FigureRef): Piece => ({ amount: f });
export const count = (f: FigureRef): Piece => ({ count: f });
export const vsPrior = (now: FigureRef, before: FigureRef, noun?: "收入" | "支出"): Piece => ({
  change: now,
  from: before,
  basis: "上年",
  noun,
});
export const vsBudget = (now: FigureRef, before: FigureRef): Piece => ({
  change: now,
  from: before,
  basis: "年初预算",
});
/** "，主要原因是：……", left out when the two figures show no change. */
export const reason = (key: string, now?: FigureRef, before?: FigureRef): Piece => ({
  reason: key,
  unless: now && before ? { change: now, from: before } : undefined,
});

/** A change and, when there is one, the 主要原因 the clerk typed for `indicator` (and 科目 `code`). */
export const vsPriorWhy = (
  now: FigureRef,
  before: FigureRef,
  indicator: string,
  { code, noun }: { code?: string; noun?: "收入" | "支出" } = {}
): Piece[] => [vsPrior(now, before, noun), reason(reasonKey(indicator, "上年", code), now, before)];
/** A comparison with the 年初预算 and, when the figures differ, the 主要原因 typed for it. */
const budgetWhy =
  (compare: (now: FigureRef, planned: FigureRef) => Piece) =>
  (now: FigureRef, planned: FigureRef, indicator: string, code?: string): Piece[] => [
    compare(now, planned),
    reason(reasonKey(indicator, "年初预算", code), now, planned),
  ];
/** "较年初预算增加…万元，增长…%，主要原因是：……". */
export const vsBudgetWhy = budgetWhy(vsBudget);
/** "完成年初预算的…%，主要原因是：……". */
export const completionWhy = budgetWhy((actual, planned) => ({
  completion: actual,
  budget: planned,
}));

/**
 * A sentence as a template: says`全年购置公务用车${count(item("公务用车购置数"))}辆。` gives
 * ["全年购置公务用车", count(…), "辆。"] — the words read as they are printed. Text and numbers put in
 * (`${year}`, `${label}`) are part of the words around them; a list of pieces stands as its pieces.
 */
export function says(
  words: TemplateStringsArray,
  ...values: (Piece | Piece[] | number)[]
): Piece[] {
  const pieces: Piece[] = [];
  let text = words[0];
  values.forEach((value, i) => {
    if (typeof value === "number" || typeof value === "string") {
      text += String(value) + words[i + 1];
      return;
    }
    pieces.push(text, ...(Array.isArray(value) ? value : [value]));
    text = words[i + 1];
  });
  pieces.push(text);
  return pieces.filter((p) => p !== "");
}

/** The numbering of the i-th (from 0) part or list line: 0 → 一, 9 → 十, 10 → 十一, 19 → 二十. */
export const ordinal = (i: number) => chineseNumber(i + 1);

/** Whether a figure shows as non-zero (lists state only the lines that have figures). */
export const nonzero = (context: NarrativeContext) => (f: FigureRef) => !shown(f, context).isZero();

/** The 表号 of a table of the workbook's profile ("公开10表"), for sentences that cite a table. */
export const tableCode = (context: NarrativeContext, tableId: string) =>
  context.tables.tables.get(tableId)?.layout.table.code ?? tableId;
export const tableTitle = (context: NarrativeContext, tableId: string) =>
  context.tables.tables.get(tableId)?.layout.table.title ?? tableId;

/** "财政拨款收入1406.17万元，占89.05%；其他收入172.92万元，占10.95%。" — only the parts stated non-zero. */
export function shareList(
  parts: readonly (readonly [string, FigureRef])[],
  total: FigureRef,
  context: NarrativeContext
): Piece[] {
  const listed = parts.filter(([, f]) => nonzero(context)(f));
  if (!listed.length) return ["无。"];
  return listed.flatMap(([name, f], i) => [
    name,
    amount(f),
    "万元，占",
    { share: f, of: total },
    i === listed.length - 1 ? "。" : "；",
  ]);
}

/** "，其中：一般公务用车2辆、执法执勤用车1辆" for the parts given (those with figures); nothing for none. */
export function countList(parts: readonly (readonly [string, FigureRef])[], unit: string): Piece[] {
  if (!parts.length) return [];
  return [
    "，其中：",
    ...parts.flatMap(([name, f], i) => [
      name,
      count(f),
      i === parts.length - 1 ? unit : `${unit}、`,
    ]),
  ];
}
