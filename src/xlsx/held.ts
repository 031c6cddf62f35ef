import { StringDecoder } from "string_decoder";
import { columnName } from "../core/workbook";
import type { XlsxReader } from "./reader";
import { entryChunks } from "./zip";

/**
 * A large sheet a command does not write (the 收支明细 ledger when filling) is "held": ExcelJS loads
 * the workbook without its rows, and when the workbook is saved the original rows are streamed back
 * into ExcelJS's output unchanged, but for two renumberings: cell styles (ExcelJS renumbers styles.xml)
 * and shared strings (ExcelJS writes its own table; the original strings are appended to it).
 *
 * To learn how ExcelJS renumbers the styles, the lean sheet has one probe row with a cell in each
 * style the held rows use; its numbers in the output give the mapping, and the probe is then dropped.
 */
export interface HeldSheet {
  name: string;
  /** Zip entry of the original sheet XML. */
  path: string;
  /** The original XML up to and including the <sheetData> start tag, and from </sheetData> on. */
  head: string;
  tail: string;
  /** Cell and row style numbers the rows use, in the order of the probe cells. */
  styles: number[];
  /**
   * The sheet's <dataValidations>, also held: ExcelJS expands each validated range into one entry
   * per cell (a list on B2:B1000001 is a million objects) and merges them back on writing.
   */
  validations: string;
}

/** What in a sheet's XML tells ExcelJS to make cells of its own; such sheets are not held. */
const CELL_MAKERS = /<(?:\w+:)?(?:mergeCell|hyperlink|legacyDrawing|tableParts)\b/;
const STYLE = /\ss="(\d+)"/g;
const VALIDATIONS = /<dataValidations\b[^>]*>[\s\S]*?<\/dataValidations>/;
/** What follows <dataValidations> in a worksheet (ECMA-376 CT_Worksheet), where they go back. */
const AFTER_VALIDATIONS =
  /<(?:hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/;

/** Scans a sheet for holding; undefined when it has no rows or holding it would not be safe. */
export async function scanHeld(reader: XlsxReader, name: string): Promise<HeldSheet | undefined> {
  const path = reader.sheetPath(name);
  const entry = path === undefined ? undefined : reader.entries.get(path);
  if (!path || !entry) return undefined;
  const decoder = new StringDecoder("utf8");
  let head: string | undefined;
  let pending = "";
  let tail: string | undefined;
  const styles = new Set<number>();
  const collect = (text: string) => {
    for (const m of text.matchAll(STYLE)) styles.add(Number(m[1]));
  };
  for await (const chunk of entryChunks(reader.data, entry)) {
    pending += decoder.write(chunk);
    if (tail !== undefined) {
      tail += pending;
      pending = "";
      continue;
    }
    if (head === undefined) {
      const open = /<(?:\w+:)?sheetData\b[^>]*>/.exec(pending);
      if (!open) continue;
      if (open[0].endsWith("/>")) return undefined;
      head = pending.slice(0, open.index + open[0].length);
      pending = pending.slice(head.length);
    }
    const close = /<\/(?:\w+:)?sheetData>/.exec(pending);
    if (close) {
      collect(pending.slice(0, close.index));
      tail = pending.slice(close.index);
      pending = "";
      continue;
    }
    const cut = pending.lastIndexOf(">") + 1;
    collect(pending.slice(0, cut));
    pending = pending.slice(cut);
  }
  tail = (tail ?? "") + pending + decoder.end();
  if (head === undefined || !tail.includes("sheetData>") || CELL_MAKERS.test(tail))
    return undefined;
  const list = [...styles].filter((s) => s > 0).sort((a, b) => a - b);
  if (list.length > 16384) return undefined;
  const validations = VALIDATIONS.exec(tail)?.[0] ?? "";
  return { name, path, head, tail: tail.replace(validations, ""), styles: list, validations };
}

/** The sheet as ExcelJS gets it: everything but the rows, plus the probe row. */
export function leanSheetXml(held: HeldSheet): string {
  const probe = held.styles.map((s, i) => `<c r="${columnName(i)}1" s="${s}"/>`).join("");
  return `${held.head}${probe ? `<row r="1">${probe}</row>` : ""}${held.tail}`;
}

/** How a held sheet goes back into ExcelJS's output. */
export interface Splice {
  /** ExcelJS's sheet XML before and after its <sheetData> content. */
  before: string;
  after: string;
  /** Original style number → output style number. */
  styles: Map<number, number>;
  /** Added to every shared-string index in the held rows. */
  stringOffset: number;
}

const SHEET_DATA = /<(?:\w+:)?sheetData\b[^>]*?(\/?)>/;

/** Reads the probe row back from ExcelJS's output; undefined when the output is not as expected. */
export function spliceFor(
  held: HeldSheet,
  output: string,
  stringOffset: number
): Splice | undefined {
  const open = SHEET_DATA.exec(output);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  let end = start;
  let before = output.slice(0, start);
  if (open[1]) before = `${output.slice(0, open.index)}<sheetData>`;
  else {
    end = output.indexOf("</sheetData>", start);
    if (end < 0) return undefined;
  }
  const rows = open[1] ? "" : output.slice(start, end);
  const styles = new Map<number, number>();
  if (held.styles.length) {
    // Only the probe row may be there, with one cell per probed style, in order.
    const row = /^<row\b[^>]*>(.*)<\/row>$/.exec(rows);
    if (!row || row[1].includes("<row")) return undefined;
    const cells = [...row[1].matchAll(/<c\b([^>]*?)\/?>(?:<\/c>)?/g)];
    if (cells.length !== held.styles.length) return undefined;
    cells.forEach((cell, i) => {
      const s = /\ss="(\d+)"/.exec(cell[1]);
      styles.set(held.styles[i], s ? Number(s[1]) : 0);
    });
  } else if (rows.trim()) return undefined;
  let after = open[1] ? `</sheetData>${output.slice(start)}` : output.slice(end);
  if (held.validations) {
    const at = AFTER_VALIDATIONS.exec(after)?.index;
    if (at === undefined || /<dataValidations\b/.test(after)) return undefined;
    after = after.slice(0, at) + held.validations + after.slice(at);
  }
  // The used range is the original's, not the probe row's.
  const dimension = /<dimension\b[^>]*>/.exec(held.head)?.[0];
  if (dimension) before = before.replace(/<dimension\b[^>]*>/, dimension);
  return { before, after, styles, stringOffset };
}

// A style attribute (of a cell or a row), or a shared-string cell up to the end of its index.
const RENUMBERED = /\ss="(\d+)"|(\st="s"[^>]*>)<v>(\d+)<\/v>/g;

/** The held rows, renumbered, in pieces: streamed from the original sheet XML. */
export async function* heldRows(
  reader: XlsxReader,
  held: HeldSheet,
  splice: Splice
): AsyncGenerator<Buffer> {
  const style = (s: string) => ` s="${splice.styles.get(Number(s)) ?? s}"`;
  const renumber = (text: string) =>
    text.replace(RENUMBERED, (_, s: string | undefined, rest: string, index: string) => {
      if (s !== undefined) return style(s);
      // A style after t="s" in the same tag (Excel writes it before).
      const tag = rest.replace(/\ss="(\d+)"/, (__, t: string) => style(t));
      return `${tag}<v>${Number(index) + splice.stringOffset}</v>`;
    });
  const entry = reader.entries.get(held.path)!;
  const decoder = new StringDecoder("utf8");
  const skip = { head: held.head.length };
  let text = "";
  let done = false;
  for await (const chunk of entryChunks(reader.data, entry)) {
    if (done) continue;
    text += decoder.write(chunk);
    if (skip.head > 0) {
      const n = Math.min(skip.head, text.length);
      text = text.slice(n);
      skip.head -= n;
      if (skip.head > 0) continue;
    }
    const close = text.indexOf("</sheetData>");
    const closeAt = close >= 0 ? close : (/<\/(?:\w+:)?sheetData>/.exec(text)?.index ?? -1);
    if (closeAt >= 0) {
      yield Buffer.from(renumber(text.slice(0, closeAt)), "utf8");
      done = true;
      text = "";
      continue;
    }
    const cut = text.lastIndexOf("</row>");
    if (cut < 0) continue;
    yield Buffer.from(renumber(text.slice(0, cut + 6)), "utf8");
    text = text.slice(cut + 6);
  }
}

/** ExcelJS's shared strings with the original table's appended; returns the new XML and offset. */
export function appendStrings(
  output: string,
  original: string
): { xml: string; offset: number } | undefined {
  const end = output.lastIndexOf("</sst>");
  if (end < 0 || /<\w+:si\b/.test(original)) return undefined;
  const items = /<(?:\w+:)?si\b[\s\S]*<\/(?:\w+:)?si>/.exec(original)?.[0] ?? "";
  const added = (items.match(/<(?:\w+:)?si\b/g) ?? []).length;
  const offset = (output.match(/<si\b/g) ?? []).length;
  const xml = `${output.slice(0, end)}${items}${output.slice(end)}`
    .replace(/(<sst\b[^>]*?)\s+count="\d+"/, "$1")
    .replace(/(<sst\b[^>]*?\suniqueCount=")\d+"/, `$1${offset + added}"`);
  return { xml, offset };
}
