import type { Decimal } from "../money";
import type { ReadTables } from "../tables/types";

/**
 * The 决算情况说明 as data: paragraphs are lists of pieces — fixed text, figures, and the phrases the
 * wording rules produce (增加/减少 … 增长/下降, 持平, 上年无此项支出, 年初未安排预算: phrases.ts). Each
 * kind of piece has its text form and its live Excel formula form side by side (pieceForms.ts).
 */

/**
 * Where a number the narrative states is found (a table cell, an input figure, a sum of them): 万元
 * for amounts, a plain count for people, vehicles, batches. Not the linter's Figure (a number written
 * in a draft).
 */
export type FigureRef =
  /** A cell of the ten tables. */
  | { cell: string }
  /** 预算与上年数: 年初预算数 of an indicator (optionally of one 类). */
  | { budget: string; code?: string }
  /** 预算与上年数: 上年决算数. */
  | { prior: string; code?: string }
  /** 补充信息: amounts (元) in 万元, counts as they are. */
  | { item: string }
  | { sum: FigureRef[] };

export type Piece =
  | string
  /** "1579.09" (万元, two decimals). */
  | { amount: FigureRef }
  /** "108". */
  | { count: FigureRef }
  /** "89.05%": part / total of the displayed figures. */
  | { share: FigureRef; of: FigureRef }
  /** "较2020年减少1781.73万元，下降53.01%" · "与上年持平" · "上年无此项支出". */
  | { change: FigureRef; from: FigureRef; basis: "上年" | "年初预算"; noun?: "收入" | "支出" }
  /** "完成年初预算的183.92%" · "年初未安排预算". */
  | { completion: FigureRef; budget: FigureRef }
  /** "，主要原因是：……" (the user's text, verbatim), unless `unless` shows no change. */
  | { reason: string; unless?: { change: FigureRef; from: FigureRef } }
  /** A 补充信息 text item (e.g. 主要用途), "无" when blank. */
  | { text: string };

export interface Paragraph {
  /** Stable id, e.g. "收入.构成". */
  id: string;
  /** Heading level: 1 = 第三部分 title, 2 = 一、…, 3 = （一）…; body text otherwise. */
  heading?: 1 | 2 | 3;
  pieces: Piece[];
}

export type AtomicFigure = Exclude<FigureRef, { sum: FigureRef[] }>;

/** A value the narrative needs, and where it lives so a formula can reference it. */
export interface Located<T> {
  value: T;
  /** Excel expression (invariant syntax) giving the value; undefined when the workbook has no such cell (the value is then 0, which the formula form writes). */
  ref?: string;
}

/** What the narrative reads: the tables and the input sheets of one workbook. */
export interface NarrativeContext {
  year: number;
  department: string;
  figure(f: AtomicFigure): Located<Decimal>;
  text(item: string): Located<string | undefined>;
  reason(key: string): Located<string | undefined>;
  /** Ids of table cells, to decide which lines a list states (e.g. the 类 of 公开04表). */
  tables: ReadTables;
  /**
   * 机关运行经费 by definition, from the 收支明细 lines of 行政 and 参公 units (万元): a sentence says
   * the typed figure equals it only when it does. Undefined when the workbook has no 收支明细.
   */
  runningCost?: Decimal;
}
