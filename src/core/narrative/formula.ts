import { text as literal } from "../formula/build";
import { MISSING_REASON } from "./render";
import type { NarrativeSource } from "./source";
import type { Figure, Paragraph, Piece } from "./types";

/**
 * A paragraph as one native formula over the table and input cells, so it refreshes when a number or
 * a reason changes. It mirrors render.ts piece by piece; tests prove LibreOffice computes the same text.
 */
export function paragraphFormula(paragraph: Paragraph, source: NarrativeSource): string {
  const parts = paragraph.pieces
    .map((piece) => pieceFormula(piece, source))
    .filter((p) => p !== '""');
  return parts.length ? joinParts(parts) : '""';
}

/** Excel limits a string literal to 255 characters. */
function text(value: string): string {
  if (value.length <= 200) return literal(value);
  const chunks: string[] = [];
  for (let i = 0; i < value.length; i += 200) chunks.push(literal(value.slice(i, i + 200)));
  return chunks.join("&");
}

function joinParts(parts: string[]): string {
  return parts.join("&");
}

/** A figure as an Excel expression over the table and input cells (万元, full precision). */
export function figureFormula(f: Figure, source: NarrativeSource): string {
  if ("sum" in f) return `(${f.sum.map((part) => figureFormula(part, source)).join("+")})`;
  return source.figure(f).ref ?? "0";
}

const round2 = (expr: string) => `ROUND(${expr},2)`;
const fixed2 = (expr: string) => `TEXT(${expr},"0.00")`;
/** The same rule as render.ts percent(): part / whole of displayed figures, 0.00 when whole is 0. */
const percent = (part: string, whole: string) =>
  `IF(${whole}=0,"0.00",${fixed2(`ROUND(${part}/${whole}*100,2)`)})`;

function pieceFormula(piece: Piece, source: NarrativeSource): string {
  if (typeof piece === "string") return piece ? text(piece) : '""';
  if ("amount" in piece) return fixed2(round2(figureFormula(piece.amount, source)));
  if ("count" in piece) return `TEXT(${figureFormula(piece.count, source)},"0")`;
  if ("share" in piece) {
    return `${percent(round2(figureFormula(piece.share, source)), round2(figureFormula(piece.of, source)))}&"%"`;
  }
  if ("change" in piece) {
    const now = round2(figureFormula(piece.change, source));
    const before = round2(figureFormula(piece.from, source));
    const year = piece.basis === "上年" ? `${source.year - 1}年` : "年初预算数";
    const same = `与${piece.basis === "上年" ? "上年" : "年初预算数"}持平`;
    const none = piece.basis === "上年" ? `上年无此项${piece.noun ?? "支出"}` : "年初未安排预算";
    const delta = `ABS(${now}-${before})`;
    return (
      `IF(${now}=${before},${text(same)},IF(${before}=0,${text(none)},` +
      `${text(`较${year}`)}&IF(${now}>${before},"增加","减少")&${fixed2(delta)}&"万元，"&` +
      `IF(${now}>${before},"增长","下降")&${percent(delta, `ABS(${before})`)}&"%"))`
    );
  }
  if ("completion" in piece) {
    const budget = round2(figureFormula(piece.budget, source));
    const actual = round2(figureFormula(piece.completion, source));
    return `IF(${budget}=0,"年初未安排预算","完成年初预算的"&${percent(actual, budget)}&"%")`;
  }
  if ("reason" in piece) {
    const ref = source.reason(piece.reason).ref;
    const reason = ref ? `IF(${ref}="",${text(MISSING_REASON)},${ref})` : text(MISSING_REASON);
    const clause = `"，主要原因是："&${reason}`;
    if (!piece.unless) return clause;
    const now = round2(figureFormula(piece.unless.change, source));
    const before = round2(figureFormula(piece.unless.from, source));
    return `IF(${now}=${before},"",${clause})`;
  }
  const ref = source.text(piece.text).ref;
  return ref ? `IF(${ref}="","无",${ref})` : '"无"';
}
