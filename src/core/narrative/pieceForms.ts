import { Decimal, ZERO, formatFixed, roundHalfUp } from "../money";
import type { NarrativeSource } from "./context";
import type { Figure, Paragraph, Piece } from "./types";

export const MISSING_REASON = "【请填写主要原因】";
const HUNDRED = new Decimal(100);

export interface RenderedParagraph {
  paragraph: Paragraph;
  text: string;
  /** Reasons the user has not written yet (rendered as 【请填写主要原因】). */
  missingReasons: string[];
}

/** A figure at full precision (万元 or a count). */
export function figureValue(f: Figure, source: NarrativeSource): Decimal {
  if ("sum" in f) return f.sum.reduce((acc, part) => acc.plus(figureValue(part, source)), ZERO);
  return source.figure(f).value;
}

/** As stated in the text: rounded 四舍五入 to two decimals. Percentages are computed from these. */
export const shown = (f: Figure, source: NarrativeSource) => roundHalfUp(figureValue(f, source), 2);

export function renderParagraph(paragraph: Paragraph, source: NarrativeSource): RenderedParagraph {
  const missingReasons: string[] = [];
  const text = paragraph.pieces.map((piece) => renderPiece(piece, source, missingReasons)).join("");
  return { paragraph, text, missingReasons };
}

function renderPiece(piece: Piece, source: NarrativeSource, missing: string[]): string {
  if (typeof piece === "string") return piece;
  if ("amount" in piece) return formatFixed(shown(piece.amount, source));
  if ("count" in piece) return formatFixed(figureValue(piece.count, source), { places: 0 });
  if ("share" in piece) return `${percent(shown(piece.share, source), shown(piece.of, source))}%`;
  if ("change" in piece) {
    const now = shown(piece.change, source);
    const before = shown(piece.from, source);
    return changePhrase(now, before, piece.basis, source.year, piece.noun);
  }
  if ("completion" in piece) {
    const budget = shown(piece.budget, source);
    return budget.isZero()
      ? "年初未安排预算"
      : `完成年初预算的${percent(shown(piece.completion, source), budget)}%`;
  }
  if ("reason" in piece) {
    if (piece.unless && shown(piece.unless.change, source).equals(shown(piece.unless.from, source)))
      return "";
    const reason = source.reason(piece.reason).value;
    if (!reason) missing.push(piece.reason);
    return `，主要原因是：${reason ?? MISSING_REASON}`;
  }
  return source.text(piece.text).value || "无";
}

/** part / whole × 100, 四舍五入 to two decimals; "0.00" when the whole is zero. */
export function percent(part: Decimal, whole: Decimal): string {
  if (whole.isZero()) return "0.00";
  return formatFixed(part.dividedBy(whole).times(HUNDRED));
}

export type ChangeKind = "same" | "newItem" | "up" | "down";

/** How two displayed figures compare: the direction, the change and its percentage (of `before`). */
export function compareFigures(
  now: Decimal,
  before: Decimal
): { kind: ChangeKind; delta: Decimal; percent: string } {
  const delta = now.minus(before).abs();
  if (now.equals(before)) return { kind: "same", delta, percent: "0.00" };
  if (before.isZero()) return { kind: "newItem", delta, percent: "" };
  return {
    kind: now.greaterThan(before) ? "up" : "down",
    delta,
    percent: percent(delta, before.abs()),
  };
}

/** "增加24.05万元，增长17.47%" / "减少1.29万元，下降4.99%" (undefined when equal or new). */
export function directionPhrase(now: Decimal, before: Decimal): string | undefined {
  const { kind, delta, percent: p } = compareFigures(now, before);
  if (kind === "same" || kind === "newItem") return undefined;
  const up = kind === "up";
  return `${up ? "增加" : "减少"}${formatFixed(delta)}万元，${up ? "增长" : "下降"}${p}%`;
}

export function changePhrase(
  now: Decimal,
  before: Decimal,
  basis: "上年" | "年初预算",
  year: number,
  noun: "收入" | "支出" = "支出"
): string {
  const against = basis === "上年" ? `${year - 1}年` : "年初预算数";
  const { kind } = compareFigures(now, before);
  if (kind === "same") return `与${basis === "上年" ? "上年" : "年初预算数"}持平`;
  if (kind === "newItem") return basis === "上年" ? `上年无此项${noun}` : "年初未安排预算";
  return `较${against}${directionPhrase(now, before)}`;
}
