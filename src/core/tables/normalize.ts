/**
 * Text as clerks type it, folded so that captions, item labels and codes compare equal however they
 * were typed: full-width or half-width, with spaces or line breaks, with or without “quotes”.
 */

const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]+/g;
const QUOTES = /["'“”‘’「」『』〝〞«»]/g;

/** The text of a cell: NFKC, no whitespace, no quote marks. Numbers as their digits; others "". */
export function normText(input: unknown): string {
  if (typeof input === "number") return Number.isFinite(input) ? String(input) : "";
  if (typeof input !== "string") return "";
  return input.normalize("NFKC").replace(INVISIBLE, "").replace(QUOTES, "");
}

/** A header caption: as normText, without a trailing unit such as "（万元）". */
export function normHeader(input: unknown): string {
  return normText(input).replace(/\((单位[:：]?)?(万元|元)\)$/, "");
}

const NUMBERING: RegExp[] = [
  /^[一二三四五六七八九十]+[、.,:]/, // 一、 二.
  /^\([一二三四五六七八九十\d]{1,3}\)[、.]?/, // （一） (1)
  /^[\d]{1,2}[、.)](?!\d)/, // 1、 1. 1)
  /^[①-⑳]/,
  /^其中[:,]?/,
];

/** An item label: as normText, without leading numbering ("一、" "（一）" "1.") and "其中：". */
export function normLabel(input: unknown): string {
  let text = normText(input);
  for (let changed = true; changed;) {
    changed = false;
    for (const pattern of NUMBERING) {
      const next = text.replace(pattern, "");
      if (next !== text) {
        text = next;
        changed = true;
      }
    }
  }
  return text.replace(/[:]$/, "");
}

/** A label without any bracketed part: "单价50万元以上通用设备（台、套）" → "单价50万元以上通用设备". */
export function looseLabel(input: unknown): string {
  return normLabel(input).replace(/\([^()]*\)/g, "");
}

/**
 * A subject code typed into a cell: digits stored as a number or as text, possibly with spaces
 * ("201 03 01"), possibly followed by the name ("2010301 行政运行"). Only 3 to 7 digits count as a code.
 */
export function splitCode(input: unknown): { code?: string; rest: string } {
  if (typeof input === "number") {
    if (Number.isInteger(input) && input > 0) {
      const code = String(input);
      if (code.length >= 3 && code.length <= 7) return { code, rest: "" };
    }
    return { rest: normText(input) };
  }
  if (typeof input !== "string") return { rest: "" };
  const text = input.normalize("NFKC").replace(INVISIBLE, " ").trim();
  if (/^[\d ]+$/.test(text)) {
    const code = text.replace(/ /g, "");
    if (code.length >= 3 && code.length <= 7) return { code, rest: "" };
    return { rest: code };
  }
  const match = /^(\d{3,7})[ .、:]*(\D.*)$/.exec(text);
  if (match) return { code: match[1], rest: normText(match[2]) };
  return { rest: normText(text) };
}

/** A cell's text for a message: trimmed, runs of whitespace as one space. */
export function displayText(input: unknown): string {
  if (input === null || input === undefined) return "";
  if (typeof input === "number") return Number.isFinite(input) ? String(input) : "";
  return String(input).replace(/\s+/g, " ").trim();
}
