import { canonicalLabel, cleanLabel } from "./labels";
import type { Extracted, Figure } from "./extract";
import { chineseNumber } from "../text/chineseNumber";

/**
 * Lists of parts with a stated total:
 * - ordinal: "…800.11万元，其中：（一）工资福利支出…（二）…", also 1. 2. and （1）（2）;
 * - inline: "政府采购支出总额7.61万元，其中：货物支出7.61万元、工程支出0万元、服务支出0万元。";
 * - composition: "本年收入的具体构成为：财政拨款收入…，占…；其他收入…，占…。" (the whole is the
 *   figure labelled 本年收入合计 elsewhere in the text).
 */

/** What a total or an item states: a level/actual amount, and a budget when it is a completion. */
export interface Values {
  actual?: Figure;
  budget?: Figure;
}

export interface ListItem extends Values {
  start: number;
  end: number;
}

export interface PartsList {
  kind: "ordinal" | "inline" | "composition";
  /** Where the list statement starts (the total's label, or the composition heading). */
  start: number;
  end: number;
  total?: Values;
  /** Composition: the whole's name as written ("本年收入"). */
  wholeName?: string;
  items: ListItem[];
}

type MarkerStyle = "chinese" | "paren" | "dot" | "comma";

function marker(style: MarkerStyle, n: number): string {
  switch (style) {
    case "chinese":
      return `（${chineseNumber(n)}）`;
    case "paren":
      return `（${n}）`;
    case "dot":
      return `${n}.`;
    case "comma":
      return `${n}、`;
  }
}

function styleAt(text: string, pos: number): MarkerStyle | undefined {
  const rest = text.slice(pos, pos + 4);
  if (rest.startsWith("（一）")) return "chinese";
  if (rest.startsWith("（1）")) return "paren";
  if (/^1\.(?!\d)/.test(rest)) return "dot";
  if (rest.startsWith("1、")) return "comma";
  return undefined;
}

export function findLists(text: string, ex: Extracted): PartsList[] {
  const lists: PartsList[] = [];
  for (const m of text.matchAll(/其中：?|包括：/g)) {
    const after = m.index + m[0].length;
    const total = totalBefore(text, ex, m.index);
    const style = styleAt(text, after);
    // Without a colon the first part's clause starts at 其中 itself.
    const list = style
      ? ordinalList(text, ex, after, style)
      : partsAfter(text, ex, m[0] === "其中" ? m.index : after, "inline");
    if (!list || list.items.length < 2) continue;
    // Without a colon only a list in 、 is one: "其中A万元、B万元"; "其中A万元；B…" runs on.
    if (
      m[0] === "其中" &&
      (style || /；/.test(text.slice(after, list.items[list.items.length - 1].end)))
    )
      continue;
    lists.push({ ...list, total, start: total ? startOf(total) : m.index });
  }
  // "…“三公”经费支出决算中，A万元，占p%；B万元，占q%": the parts of a named whole.
  const heads = [
    ...text.matchAll(/([^，。；：\n]{0,60}?)的?(?:具体)?构成(?:情况)?(?:为|是|如下)?：/g),
    ...text.matchAll(/([^，。；：\n]{2,60}?(?:支出|收入|经费))(?:决算)?中[，：]/g),
  ];
  for (const m of heads) {
    const list = partsAfter(text, ex, m.index + m[0].length, "composition");
    if (!list || list.items.length < 2) continue;
    const wholeName = cleanLabel(m[1]).label;
    const whole = lookupWhole(ex, wholeName);
    lists.push({
      ...list,
      start: m.index,
      wholeName,
      total: whole ? { actual: whole } : undefined,
    });
  }
  return lists;
}

const startOf = (v: Values) =>
  Math.min(v.budget?.labelStart ?? Infinity, v.actual?.labelStart ?? Infinity);

/** The amount (or completion) a "其中：" divides: the last level figure before it in its sentence or the one before. */
function totalBefore(text: string, ex: Extracted, pos: number): Values | undefined {
  const sentence = ex.sentences[pos] ?? 0;
  const previousSentence = text[pos - 1] === "。" ? sentence - 1 : sentence;
  for (let i = ex.figures.length - 1; i >= 0; i--) {
    const f = ex.figures[i];
    if (f.start >= pos) continue;
    if (f.sentence < previousSentence) return undefined;
    if (f.role === "level" || f.role === "actual" || f.role === "budget") return valuesOf(ex, f);
  }
  return undefined;
}

function valuesOf(ex: Extracted, f: Figure): Values {
  const c = ex.completionOf.get(f);
  if (c) return { actual: c.actual, budget: c.budget };
  return f.role === "budget" ? { budget: f } : { actual: f };
}

function ordinalList(
  text: string,
  ex: Extracted,
  start: number,
  style: MarkerStyle
): Omit<PartsList, "start"> | undefined {
  const hard = text.indexOf("\n", start);
  let regionEnd = hard < 0 ? text.length : hard;
  const starts = [start];
  for (let n = 2; ; n++) {
    const from = starts[starts.length - 1] + 1;
    let at = text.indexOf(marker(style, n), from);
    while (at >= 0 && at < regionEnd && !/^[。；：\n，]?$/.test(text[at - 1] ?? "")) {
      at = text.indexOf(marker(style, n), at + 1);
    }
    if (at < 0 || at >= regionEnd) break;
    starts.push(at);
  }
  // The last item ends where a new topic starts ("。本部门…") if before the hard break.
  const last = starts[starts.length - 1];
  const topic = /。(?=本部门|本单位|我部门|我单位)/g;
  topic.lastIndex = last;
  const t = topic.exec(text);
  if (t && t.index < regionEnd) regionEnd = t.index + 1;
  const items = starts.map((s, i) =>
    itemAt(ex, s, i + 1 < starts.length ? starts[i + 1] : regionEnd)
  );
  return { kind: "ordinal", end: regionEnd, items };
}

/** An item's own figure: the first figure of the item, if its clause is the item's first. */
function itemAt(ex: Extracted, start: number, end: number): ListItem {
  const first = ex.figures.find((f) => f.start >= start && f.start < end);
  if (!first || first.clauseStart !== start) return { start, end };
  if (first.role !== "level" && first.role !== "actual" && first.role !== "budget") {
    return { start, end };
  }
  return { start, end, ...valuesOf(ex, first) };
}

/** Parts separated by 、 or ； up to the end of the sentence; each must open with "label amount". */
function partsAfter(
  text: string,
  ex: Extracted,
  start: number,
  kind: "inline" | "composition"
): Omit<PartsList, "start"> | undefined {
  let end = start;
  while (end < text.length && text[end] !== "。" && text[end] !== "\n") end++;
  // "…7634.75万元（其中：购置费2337.35万元，运行维护费5297.40万元），…": a list in brackets
  // ends at its bracket and is separated by commas.
  const bracketed = insideBrackets(text, start);
  const bounds: number[] = [start];
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === "（") depth++;
    else if (ch === "）") {
      if (bracketed && depth === 0) {
        end = i;
        break;
      }
      depth = Math.max(0, depth - 1);
    } else if (depth === 0 && (ch === "、" || ch === "；" || (bracketed && ch === "，")))
      bounds.push(i + 1);
  }
  bounds.push(end + 1);
  const items: ListItem[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const item = itemAt(ex, bounds[i], bounds[i + 1] - 1);
    if (!item.actual || item.budget) break;
    items.push(item);
  }
  return { kind, end, items };
}

/** Whether `pos` is inside an unclosed "（" of its sentence. */
function insideBrackets(text: string, pos: number): boolean {
  let depth = 0;
  for (let i = pos - 1; i >= 0 && text[i] !== "。" && text[i] !== "\n"; i--) {
    if (text[i] === "）") depth++;
    else if (text[i] === "（") {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** The figure a name refers to ("本年收入" → 本年收入合计; "项目支出总额" → 项目支出). */
export function lookupWhole(ex: Extracted, name: string, before?: number): Figure | undefined {
  const keys = [name, `${name}合计`, `${name}总计`, `${name}总额`];
  const trimmed = name.replace(/(总额|总数|合计|总计|金额)$/, "");
  if (trimmed !== name) keys.push(trimmed);
  for (const key of keys) {
    const found = ex.labels.get(canonicalLabel(key));
    if (!found) continue;
    const earlier = before === undefined ? [] : found.filter((f) => f.start < before);
    return earlier.length ? earlier[earlier.length - 1] : found[0];
  }
  return undefined;
}
