import { text as literal } from "../formula/build";
import { Decimal, ZERO, formatFixed, roundHalfUp } from "../money";
import type { NarrativeContext } from "./types";
import {
  MISSING_REASON,
  NOTHING,
  REASON_LEAD,
  againstLabel,
  changeText,
  completionText,
  percentText,
} from "./phrases";
import type { FigureRef, Paragraph, Piece } from "./types";

/**
 * Each kind of piece once, with its two forms side by side: `text` (what the 情况说明 says, from the
 * figures read) and `formula` (a native text formula over the table and input cells, so the
 * “情况说明” sheet refreshes when a number or a reason changes). test/unit/narrative/forms.test.ts
 * evaluates the formulas and compares; the LibreOffice tests do the same on whole workbooks.
 */

export interface RenderedParagraph {
  paragraph: Paragraph;
  text: string;
  /** Reasons the user has not written yet (rendered as 【请填写主要原因】). */
  missingReasons: string[];
}

/** A figure at full precision (万元 or a count), and the expression giving it ("0" when absent). */
export const figureForms = {
  value(f: FigureRef, context: NarrativeContext): Decimal {
    if ("sum" in f)
      return f.sum.reduce((acc, part) => acc.plus(figureForms.value(part, context)), ZERO);
    return context.figure(f).value;
  },
  formula(f: FigureRef, context: NarrativeContext): string {
    if ("sum" in f) return `(${f.sum.map((part) => figureForms.formula(part, context)).join("+")})`;
    return context.figure(f).ref ?? "0";
  },
};

/** As stated in the text: rounded 四舍五入 to two decimals. Percentages are computed from these. */
export const shownForms = {
  value: (f: FigureRef, context: NarrativeContext) => roundHalfUp(figureForms.value(f, context), 2),
  formula: (f: FigureRef, context: NarrativeContext) =>
    `ROUND(${figureForms.formula(f, context)},2)`,
};
export const shown = shownForms.value;
export const figureValue = figureForms.value;

/** Excel limits a string literal to 255 characters. */
function textLiteral(value: string): string {
  if (value.length <= 200) return literal(value);
  const chunks: string[] = [];
  for (let i = 0; i < value.length; i += 200) chunks.push(literal(value.slice(i, i + 200)));
  return chunks.join("&");
}

type PieceKind =
  "literal" | "amount" | "count" | "share" | "change" | "completion" | "reason" | "text";
type PieceOf<K extends PieceKind> = K extends "literal"
  ? string
  : Extract<Piece, Record<K, unknown>>;

export interface PieceForm<P> {
  /** The words as stated; a reason not written yet is added to `missing`. */
  text(piece: P, context: NarrativeContext, missing: string[]): string;
  formula(piece: P, context: NarrativeContext): string;
}

/** A change piece's operands for either form: the two figures as shown, then its wording. */
const changeOperands = <T>(
  piece: PieceOf<"change">,
  context: NarrativeContext,
  shownAs: (f: FigureRef, context: NarrativeContext) => T
) =>
  [
    shownAs(piece.change, context),
    shownAs(piece.from, context),
    piece.basis,
    againstLabel(piece.basis, context.year),
    piece.noun,
  ] as const;

const noChange = (c: { change: FigureRef; from: FigureRef }, context: NarrativeContext) =>
  shownForms.value(c.change, context).equals(shownForms.value(c.from, context));

export const PIECE_FORMS: { [K in PieceKind]: PieceForm<PieceOf<K>> } = {
  literal: {
    text: (piece) => piece,
    formula: (piece) => (piece ? textLiteral(piece) : '""'),
  },
  amount: {
    text: (piece, context) => formatFixed(shownForms.value(piece.amount, context)),
    formula: (piece, context) => `TEXT(${shownForms.formula(piece.amount, context)},"0.00")`,
  },
  count: {
    text: (piece, context) => formatFixed(figureForms.value(piece.count, context), { places: 0 }),
    formula: (piece, context) => `TEXT(${figureForms.formula(piece.count, context)},"0")`,
  },
  share: {
    text: (piece, context) =>
      `${percentText.value(shownForms.value(piece.share, context), shownForms.value(piece.of, context))}%`,
    formula: (piece, context) =>
      `${percentText.formula(shownForms.formula(piece.share, context), shownForms.formula(piece.of, context))}&"%"`,
  },
  change: {
    text: (piece, context) => changeText.value(...changeOperands(piece, context, shownForms.value)),
    formula: (piece, context) =>
      changeText.formula(...changeOperands(piece, context, shownForms.formula)),
  },
  completion: {
    text: (piece, context) =>
      completionText.value(
        shownForms.value(piece.completion, context),
        shownForms.value(piece.budget, context)
      ),
    formula: (piece, context) =>
      completionText.formula(
        shownForms.formula(piece.completion, context),
        shownForms.formula(piece.budget, context)
      ),
  },
  /** "，主要原因是：……" (the user's words), left out when `unless` shows no change. */
  reason: {
    text(piece, context, missing) {
      if (piece.unless && noChange(piece.unless, context)) return "";
      const reason = context.reason(piece.reason).value;
      if (!reason) missing.push(piece.reason);
      return `${REASON_LEAD}${reason ?? MISSING_REASON}`;
    },
    formula(piece, context) {
      const ref = context.reason(piece.reason).ref;
      const reason = ref
        ? `IF(${ref}="",${textLiteral(MISSING_REASON)},${ref})`
        : textLiteral(MISSING_REASON);
      const clause = `${textLiteral(REASON_LEAD)}&${reason}`;
      if (!piece.unless) return clause;
      const now = shownForms.formula(piece.unless.change, context);
      const before = shownForms.formula(piece.unless.from, context);
      return `IF(${now}=${before},"",${clause})`;
    },
  },
  /** A 补充信息 text item, "无" when blank. */
  text: {
    text: (piece, context) => context.text(piece.text).value || NOTHING,
    formula(piece, context) {
      const ref = context.text(piece.text).ref;
      return ref ? `IF(${ref}="",${textLiteral(NOTHING)},${ref})` : textLiteral(NOTHING);
    },
  },
};

const KEYED_KINDS = ["amount", "count", "share", "change", "completion", "reason", "text"] as const;

export function pieceKind(piece: Piece): PieceKind {
  if (typeof piece === "string") return "literal";
  const kind = KEYED_KINDS.find((k) => k in piece);
  if (!kind) throw new Error(`情况说明片段无法识别：${JSON.stringify(piece)}`);
  return kind;
}

/** The two forms of this piece's kind. */
export const pieceFormOf = (piece: Piece) => PIECE_FORMS[pieceKind(piece)] as PieceForm<Piece>;

export function renderParagraph(
  paragraph: Paragraph,
  context: NarrativeContext
): RenderedParagraph {
  const missingReasons: string[] = [];
  const text = paragraph.pieces
    .map((piece) => pieceFormOf(piece).text(piece, context, missingReasons))
    .join("");
  return { paragraph, text, missingReasons };
}

/** A paragraph as one native formula: its pieces' formulas joined with &. */
export function paragraphFormula(paragraph: Paragraph, context: NarrativeContext): string {
  const parts = paragraph.pieces
    .map((piece) => pieceFormOf(piece).formula(piece, context))
    .filter((p) => p !== '""');
  return parts.length ? parts.join("&") : '""';
}
