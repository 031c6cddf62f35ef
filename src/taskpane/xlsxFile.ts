import type JSZip from "jszip";
import { UserError } from "../core/errors";
import type { CellValue, WorkbookPort, WorkbookRead } from "../core/workbook";
import { columnIndex, parseRange } from "../core/workbook";
import { snapshotFrom } from "../excel/snapshot";

/* global DOMParser, Element, XMLDocument */

/**
 * Another .xlsx file read in the task pane (last year's workbook for 上年决算数), without a network
 * and without ExcelJS (too big for the pane's budget): the zip with jszip (already in the Word
 * chunk), the XML with the browser's DOMParser. Values only, as Excel last saved them (cached
 * results of formulas); merged areas for the table reader. Read-only.
 */
export async function readXlsxBytes(bytes: ArrayBuffer, file: string): Promise<WorkbookRead> {
  const { default: Zip } = await import(/* webpackChunkName: "docx" */ "jszip");
  let zip: JSZip;
  try {
    zip = await Zip.loadAsync(bytes);
  } catch {
    throw new UserError(`「${file}」不是 .xlsx 工作簿（无法解压）：请选择 Excel 保存的 .xlsx 文件`);
  }
  const xml = async (path: string): Promise<XMLDocument | undefined> => {
    const text = await zip.file(path)?.async("string");
    return text === undefined
      ? undefined
      : new DOMParser().parseFromString(text, "application/xml");
  };
  const workbook = await xml("xl/workbook.xml");
  const rels = await xml("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels)
    throw new UserError(
      `「${file}」不是 .xlsx 工作簿（缺少 xl/workbook.xml）：请选择 Excel 保存的 .xlsx 文件`
    );
  const targets = new Map(
    byTag(rels, "Relationship").map((r) => [r.getAttribute("Id"), r.getAttribute("Target") ?? ""])
  );
  const strings = byTag(await xml("xl/sharedStrings.xml"), "si").map(textOf);
  const sheets = byTag(workbook, "sheet").map((s) => {
    const target = targets.get(relId(s)) ?? "";
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
    return { name: s.getAttribute("name") ?? "", path };
  });
  return {
    sheetNames: sheets.map((s) => s.name),
    sheets: await Promise.all(sheets.map((s) => readSheet(s.name, xml(s.path), strings))),
  };
}

/** A read-only port over a file read in the pane. */
export class FileReadPort implements WorkbookPort {
  constructor(private readonly workbook: WorkbookRead) {}

  read(names: readonly string[]): Promise<WorkbookRead> {
    return Promise.resolve({
      sheetNames: this.workbook.sheetNames,
      sheets: this.workbook.sheets.filter((s) => names.includes(s.name)),
    });
  }

  write(): Promise<void> {
    return Promise.reject(new Error("只读文件"));
  }
}

const byTag = (doc: Document | Element | undefined, tag: string): Element[] =>
  doc ? Array.from(doc.getElementsByTagNameNS("*", tag)) : [];

/** r:id of a <sheet>, whatever prefix the file gives the relationships namespace. */
function relId(sheet: Element): string | null {
  for (const attr of Array.from(sheet.attributes))
    if (attr.localName === "id" && attr.name !== "sheetId") return attr.value;
  return null;
}

/** The text of a shared string or inline string: its <t> runs, phonetic runs (<rPh>) left out. */
function textOf(si: Element): string {
  return byTag(si, "t")
    .filter((t) => (t.parentNode as Element | null)?.localName !== "rPh")
    .map((t) => t.textContent ?? "")
    .join("");
}

async function readSheet(
  name: string,
  part: Promise<XMLDocument | undefined>,
  strings: readonly string[]
): Promise<WorkbookRead["sheets"][number]> {
  const doc = await part;
  const values: CellValue[][] = [];
  for (const c of byTag(doc, "c")) {
    const ref = c.getAttribute("r");
    if (!ref) continue;
    const match = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!match) continue;
    const row = Number(match[2]) - 1;
    const col = columnIndex(match[1]);
    const value = cellValueOf(c, strings);
    if (value === null) continue;
    while (values.length <= row) values.push([]);
    values[row][col] = value;
  }
  const grid = values.map((row) => Array.from(row, (v) => v ?? null));
  const merges = byTag(doc, "mergeCell").flatMap((m) => {
    const ref = m.getAttribute("ref");
    return ref ? [parseRange(ref)] : [];
  });
  return snapshotFrom(name, 0, 0, grid, [], merges);
}

function cellValueOf(c: Element, strings: readonly string[]): CellValue {
  const type = c.getAttribute("t");
  if (type === "inlineStr") {
    const inline = byTag(c, "is")[0];
    return inline ? textOf(inline) : null;
  }
  const v = byTag(c, "v")[0]?.textContent;
  if (v === undefined || v === null) return null;
  if (type === "s") return strings[Number(v)] ?? null;
  if (type === "str" || type === "e") return v;
  if (type === "b") return v === "1";
  const n = Number(v);
  return Number.isFinite(n) ? n : v;
}
