/**
 * What lint accepts as a draft, decided before the checks run: something to check at all, figures
 * of a sane length, and pieces small enough that the time stays linear in the draft's size.
 */

/** Fewer meaningful characters than this is not a draft ("", spaces, a stray word). */
const MIN_CONTENT = 6;

/** Digits a written figure can have ("1,234,567,890,123.45" has 15); longer runs are cut to this. */
export const MAX_DIGIT_RUN = 24;

/** A real 情况说明 is 5,000–30,000 characters; a longer draft is checked in pieces of about this. */
export const PIECE_CHARS = 60_000;

/** Why the draft has nothing to check, or undefined when it has. */
export function emptyDraftReason(text: string): string | undefined {
  const meaningful = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (meaningful === 0) return "文件为空或只有空白、标点";
  if (meaningful < MIN_CONTENT) return `只有 ${meaningful} 个文字或数字`;
  if (!/\p{Script=Han}/u.test(text)) return "其中没有中文文字";
  return undefined;
}

export interface CappedRun {
  /** 1-based line of the run. */
  line: number;
  digits: number;
}

/** Cuts runs of more than MAX_DIGIT_RUN digits (a pasted hash, a stuck key) to that many. */
export function capDigitRuns(text: string): { text: string; capped: CappedRun[] } {
  const capped: CappedRun[] = [];
  const long = new RegExp(`[0-9０-９]{${MAX_DIGIT_RUN + 1},}`, "g");
  if (!long.test(text)) return { text, capped };
  long.lastIndex = 0;
  let line = 1;
  let scanned = 0;
  const result = text.replace(long, (run, offset: number) => {
    for (let i = scanned; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    scanned = offset;
    capped.push({ line, digits: run.length });
    return run.slice(0, MAX_DIGIT_RUN);
  });
  return { text: result, capped };
}

export interface DraftPiece {
  text: string;
  /** 1-based line of the draft on which the piece starts. */
  firstLine: number;
}

/**
 * The draft in pieces of about PIECE_CHARS, cut at a paragraph end where there is one (else at a
 * sentence end, else anywhere), so that each check sees whole paragraphs and no check's cost grows
 * faster than the draft. A draft of ordinary length is one piece.
 */
export function splitDraft(text: string, size = PIECE_CHARS): DraftPiece[] {
  const pieces: DraftPiece[] = [];
  let start = 0;
  let line = 1;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const window = text.slice(start + Math.floor(size / 2), end);
      const paragraph = window.lastIndexOf("\n");
      const sentence = Math.max(window.lastIndexOf("。"), window.lastIndexOf("；"));
      const cut = paragraph >= 0 ? paragraph : sentence;
      if (cut >= 0) end = start + Math.floor(size / 2) + cut + 1;
    }
    const piece = text.slice(start, end);
    pieces.push({ text: piece, firstLine: line });
    for (let i = 0; i < piece.length; i++) if (piece.charCodeAt(i) === 10) line++;
    start = end;
  }
  return pieces.length ? pieces : [{ text, firstLine: 1 }];
}
