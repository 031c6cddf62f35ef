/**
 * Text normalisation: a draft pasted from a PDF (hard line breaks inside sentences, blank lines,
 * stray spaces inside numbers and words, full-width digits and punctuation) becomes one stream of
 * text in which every character remembers the input line it came from.
 *
 * The stream has no spaces except one between two numbers that stay separate ("304.42 138.93"),
 * uses ASCII digits, "." and "%", and Chinese punctuation ，：；（）！？ (ASCII ones are folded to
 * these). A "\n" marks a hard boundary: around a heading line (一、… / 第三部分 …).
 */

export interface NormalizedText {
  text: string;
  /** lines[i]: 1-based input line of text[i]. */
  lines: number[];
}

const HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、)/;
/** A title line: "某局2023年度部门决算（情况说明）", short and with no sentence punctuation. */
const TITLE = /^[^，。；：,;:]{0,40}决算[^，。；：,;:\d]{0,12}$/;
const PAGE_NUMBER =
  /^([-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(\s*[,，]?\s*共\s*\d{1,4}\s*页)?)$/;
const WHITESPACE = /[\s\u3000\u00a0\u200b\ufeff]/;

const FOLD: Record<string, string> = {
  "(": "（",
  ")": "）",
  ":": "：",
  ";": "；",
  "?": "？",
  "!": "！",
  "．": ".",
  "％": "%",
  "﹪": "%",
  "，": "，",
  "：": "：",
  "；": "；",
  "（": "（",
  "）": "）",
  "！": "！",
  "？": "？",
};

/** One character folded to the stream's alphabet (a comma is decided by its neighbours). */
function foldChar(ch: string): string {
  const mapped = FOLD[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  // Full-width ASCII block: digits, letters, other signs.
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return ch;
}

interface Item {
  ch: string;
  line: number;
}

export function normalizeDraft(input: string): NormalizedText {
  const rawLines = input.split(/\r\n|\r|\n/);
  // Pass 1: characters with their lines, whitespace marked as " ", headings fenced with "\n".
  const items: Item[] = [];
  rawLines.forEach((raw, i) => {
    const line = i + 1;
    const compact = raw.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, "");
    if (compact === "" || PAGE_NUMBER.test(compact)) {
      items.push({ ch: " ", line });
      return;
    }
    const heading = (HEADING.test(compact) && compact.length <= 50) || TITLE.test(compact);
    if (heading) items.push({ ch: "\n", line });
    for (const ch of raw) items.push({ ch: WHITESPACE.test(ch) ? " " : foldChar(ch), line });
    items.push(heading ? { ch: "\n", line } : { ch: " ", line });
  });

  // Pass 2: drop whitespace; join the pieces of a number a PDF split ("1 579.09", "15\n79.09");
  // keep one space between two numbers that are separate ("304.42 138.93").
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item.ch === "\n") {
      if (out.length && out[out.length - 1].ch !== "\n") out.push(item);
      continue;
    }
    if (item.ch !== " ") {
      const ch = item.ch === "," || item.ch === "，" ? commaAt(items, i) : item.ch;
      if (ch) out.push({ ch, line: item.line });
      continue;
    }
    let j = i;
    while (j < items.length && items[j].ch === " ") j++;
    const next = items[j];
    const prev = out[out.length - 1];
    if (prev && next && isNumberChar(prev.ch) && isNumberChar(next.ch)) {
      if (!joins(out, items, j)) out.push({ ch: " ", line: item.line });
    }
    i = j - 1;
  }
  while (out.length && out[0].ch === "\n") out.shift();
  const lines: number[] = [];
  for (const x of out) for (let u = 0; u < x.ch.length; u++) lines.push(x.line);
  return { text: out.map((x) => x.ch).join(""), lines };
}

function isNumberChar(ch: string): boolean {
  return (ch >= "0" && ch <= "9") || ch === ".";
}

/** "1,583.52" / "１，５８３．５２": a thousands separator (dropped); otherwise a Chinese comma. */
function commaAt(items: Item[], i: number): string {
  const before = items[i - 1]?.ch ?? "";
  const after = items
    .slice(i + 1, i + 6)
    .map((x) => x.ch)
    .join("");
  // "1, 537.4" (a space after the separator, as some pages print it): still one number, unless
  // the digits before already have decimals.
  let k = i - 1;
  while (k >= 0 && /\d/.test(items[k].ch)) k--;
  const decimalsBefore = items[k]?.ch === ".";
  return /\d/.test(before) && !decimalsBefore && /^ ?\d{3}(\D|$)/.test(after) ? "" : "，";
}

/**
 * Whether the digits before a gap and the digits after it are one number broken by the PDF or by
 * a space used as a thousands separator ("1 579.09", "6 842 35|6.18", "48 260.|00",
 * "6842356.1|8"): the joined text is still one number with at most two decimals. A left piece
 * with two decimals ends its number ("304.42 138.93" are two), and a right piece that is a list
 * marker ("1、", "2." before words) stays separate.
 */
function joins(out: Item[], items: Item[], j: number): boolean {
  let left = "";
  for (let k = out.length - 1; k >= 0 && isNumberChar(out[k].ch); k--) left = out[k].ch + left;
  let right = "";
  let k = j;
  for (; k < items.length && isNumberChar(items[k].ch); k++) right += items[k].ch;
  while (k < items.length && items[k].ch === " ") k++;
  const after = items[k]?.ch ?? "";
  if (after === "、" || (right.endsWith(".") && !/\d/.test(after))) return false;
  if (left.endsWith(".") || right.startsWith(".")) return /^\d+\.\d+$/.test(left + right);
  const decimals = left.includes(".") ? left.length - left.indexOf(".") - 1 : -1;
  // "6842356.1 8": a broken second decimal; "304.42 138.93": two numbers.
  if (decimals >= 0) return decimals < 2 && /^\d+$/.test(right) && decimals + right.length <= 2;
  return /^\d+(\.\d*)?$/.test(left + right);
}
