import type { SheetPlan, WriteOptions } from "../core/workbook";
import { attributesOf } from "./xml";
import type { XlsxReader } from "./reader";
import { escapeXml, printNames, sheetXml, StringNumbers, xmlText } from "./sheetXml";
import { StyleSheet } from "./styleSheet";
import { entryChunks, ZipEntry } from "./zip";
import type { ZipFileWriter } from "./zipWrite";

/**
 * Writing sheets into a workbook without loading it: the written sheets' XML is made from their
 * plans (sheetXml.ts), their styles appended to the workbook's own styles.xml (styleSheet.ts), their
 * texts to its shared strings; the workbook part, its relationships and the content types get the
 * new sheets, print areas and the active tab. Every other part — the input sheets, the ledger of a
 * million lines, pictures — is copied as stored, never inflated. This is what makes `fill` fast; it
 * also keeps what ExcelJS would drop (charts, comments) in the sheets it does not write.
 *
 * `planDirectWrite` returns undefined where the package is not as this expects (a prefixed or strict
 * OOXML workbook, a replaced sheet with parts of its own, sheets removed): the caller then writes
 * through ExcelJS as before.
 */

const WORKSHEET_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const STRINGS_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
const WORKSHEET_CONTENT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STRINGS_CONTENT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

export interface DirectWrite {
  /** Zip entry name → new content; entries not named here are copied (or dropped: `dropped`). */
  parts: Map<string, () => Buffer>;
  dropped: Set<string>;
  /** Copied sheets whose head must lose tabSelected (another sheet becomes the active one). */
  deselect: Set<string>;
}

interface BookSheet {
  tag: string;
  name: string;
  rid: string;
  path: string;
}

/** Appends texts to the workbook's shared-string table. */
class SharedStrings implements StringNumbers {
  private readonly added = new Map<string, number>();
  constructor(
    private readonly xml: string,
    private readonly count: number
  ) {}

  static parse(xml: string | undefined): SharedStrings | undefined {
    if (xml === undefined)
      return new SharedStrings(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></sst>',
        0
      );
    if (!/<sst\b/.test(xml) || !xml.includes("</sst>")) return undefined;
    return new SharedStrings(xml, (xml.match(/<si[\s>/]/g) ?? []).length);
  }

  indexOf(text: string): number {
    let i = this.added.get(text);
    if (i === undefined) this.added.set(text, (i = this.count + this.added.size));
    return i;
  }

  toXml(): string {
    const items = [...this.added.keys()]
      .map(
        (t) => `<si><t${/^\s|\s$/.test(t) ? ' xml:space="preserve"' : ""}>${xmlText(t)}</t></si>`
      )
      .join("");
    const end = this.xml.lastIndexOf("</sst>");
    return `${this.xml.slice(0, end)}${items}${this.xml.slice(end)}`
      .replace(/(<sst\b[^>]*?)\s+count="\d+"/, "$1")
      .replace(/(<sst\b[^>]*?)\s+uniqueCount="\d+"/, "$1")
      .replace(/<sst\b/, `<sst uniqueCount="${this.count + this.added.size}"`);
  }
}

const dirOf = (path: string) => path.slice(0, path.lastIndexOf("/") + 1);
const relsPathOf = (path: string) => `${dirOf(path)}_rels/${path.slice(dirOf(path).length)}.rels`;

/** What writing `plans` into the workbook `reader` reads changes; undefined: write through ExcelJS. */
export function planDirectWrite(
  reader: XlsxReader,
  plans: readonly SheetPlan[],
  options: WriteOptions
): DirectWrite | undefined {
  if (options.remove?.length) return undefined;
  const bookPath = reader.paths.workbook;
  const book = reader.part(bookPath);
  const relsPath = relsPathOf(bookPath);
  const rels = reader.part(relsPath);
  const types = reader.part("[Content_Types].xml");
  const stylesXml = reader.part(reader.paths.styles);
  if (!book || !rels || !types || !stylesXml) return undefined;
  if (
    !/<workbook\b[^>]*\sxmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.test(
      book
    )
  )
    return undefined;
  const sheetsBlock = /<sheets>([\s\S]*?)<\/sheets>/.exec(book);
  if (!sheetsBlock) return undefined;
  const styles = StyleSheet.parse(stylesXml);
  const strings = SharedStrings.parse(reader.part(reader.paths.sharedStrings));
  if (!styles || !strings) return undefined;

  const sheets: BookSheet[] = [];
  for (const m of sheetsBlock[1].matchAll(/<sheet\b[^>]*?\/>/g)) {
    const a = attributesOf(m[0].slice(6, -2));
    const path = reader.sheetPath(a.name);
    if (!a["r:id"] || !path) return undefined;
    sheets.push({ tag: m[0], name: a.name, rid: a["r:id"], path });
  }
  if (sheets.length !== (sheetsBlock[1].match(/<sheet\b/g) ?? []).length) return undefined;
  const written = new Map(plans.map((p) => [p.name, p]));
  if (written.size !== plans.length) return undefined;
  if (options.activate !== undefined && !written.has(options.activate)) return undefined;
  // A replaced sheet with parts of its own (drawings, comments) would leave them dangling.
  for (const s of sheets)
    if (written.has(s.name) && reader.entries.has(relsPathOf(s.path))) return undefined;

  const parts = new Map<string, () => Buffer>();
  const dropped = new Set<string>();
  const utf8 = (text: string) => () => Buffer.from(text, "utf8");
  let nextId =
    1 +
    Math.max(0, ...[...book.matchAll(/<sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => Number(m[1])));
  let nextFile = 1;
  const newTags: string[] = [];
  const newRels: string[] = [];
  const newTypes: string[] = [];
  const order = sheets.map((s) => s.name);
  const bookDir = dirOf(bookPath);
  const sheetXmlOf = (plan: SheetPlan) =>
    sheetXml(plan, styles, strings, plan.name === options.activate);
  let tags = sheetsBlock[1];
  for (const plan of plans) {
    const existing = sheets.find((s) => s.name === plan.name);
    const state =
      plan.visibility && plan.visibility !== "visible" ? ` state="${plan.visibility}"` : "";
    if (existing) {
      const tag = existing.tag.replace(/\sstate="[^"]*"/, "").replace(/\/>$/, () => `${state}/>`);
      tags = tags.replace(existing.tag, () => tag);
      const xml = sheetXmlOf(plan);
      parts.set(existing.path, utf8(xml));
      continue;
    }
    while (reader.entries.has(`${bookDir}worksheets/sheet${nextFile}.xml`)) nextFile++;
    const target = `worksheets/sheet${nextFile++}.xml`;
    const rid = `rIdJs${nextId}`;
    newTags.push(
      `<sheet name="${escapeXml(plan.name)}" sheetId="${nextId++}"${state} r:id="${rid}"/>`
    );
    newRels.push(`<Relationship Id="${rid}" Type="${WORKSHEET_TYPE}" Target="${target}"/>`);
    newTypes.push(`<Override PartName="/${bookDir}${target}" ContentType="${WORKSHEET_CONTENT}"/>`);
    parts.set(`${bookDir}${target}`, utf8(sheetXmlOf(plan)));
    order.push(plan.name);
  }
  // Sheet XML first: it registers the styles and strings written below.
  for (const [name, make] of [...parts]) {
    const buffer = make();
    parts.set(name, () => buffer);
  }

  let relsXml = rels;
  let typesXml = types;
  if (reader.paths.sharedStrings === undefined) {
    const target = "sharedStrings.xml";
    newRels.push(`<Relationship Id="rIdJsStrings" Type="${STRINGS_TYPE}" Target="${target}"/>`);
    newTypes.push(`<Override PartName="/${bookDir}${target}" ContentType="${STRINGS_CONTENT}"/>`);
    parts.set(`${bookDir}${target}`, utf8(strings.toXml()));
  } else parts.set(reader.paths.sharedStrings, utf8(strings.toXml()));
  parts.set(reader.paths.styles!, utf8(styles.toXml()));

  // The calculation chain lists formula cells of the replaced sheets; Excel rebuilds it when absent.
  const calcChain = /<Relationship\b[^>]*\/calcChain"[^>]*\/>/.exec(relsXml);
  if (calcChain) {
    const target = /\sTarget="([^"]*)"/.exec(calcChain[0])?.[1] ?? "calcChain.xml";
    const part = target.startsWith("/") ? target.slice(1) : `${bookDir}${target}`;
    relsXml = relsXml.replace(calcChain[0], "");
    typesXml = typesXml.replace(
      new RegExp(`<Override\\b[^>]*PartName="/${escapeRegex(part)}"[^>]*/>`),
      ""
    );
    dropped.add(part);
  }
  // Replacements are functions: a sheet name may hold "$&", which a replacement string expands.
  relsXml = relsXml.replace("</Relationships>", () => `${newRels.join("")}</Relationships>`);
  typesXml = typesXml.replace("</Types>", () => `${newTypes.join("")}</Types>`);
  parts.set(relsPath, utf8(relsXml));
  parts.set("[Content_Types].xml", utf8(typesXml));

  let bookXml = book.replace(sheetsBlock[0], () => `<sheets>${tags}${newTags.join("")}</sheets>`);
  bookXml = withPrintNames(bookXml, plans, order);
  const active = options.activate === undefined ? -1 : order.indexOf(options.activate);
  if (active >= 0) bookXml = withActiveTab(bookXml, active);
  parts.set(bookPath, utf8(bookXml));

  const deselect = new Set<string>();
  if (active >= 0) for (const s of sheets) if (!written.has(s.name)) deselect.add(s.path);
  return { parts, dropped, deselect };
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The written sheets' print areas and titles replace theirs (names are per sheet: localSheetId). */
function withPrintNames(book: string, plans: readonly SheetPlan[], order: string[]): string {
  const local = new Set(plans.map((p) => order.indexOf(p.name)));
  const block = /<definedNames>([\s\S]*?)<\/definedNames>|<definedNames\/>/.exec(book);
  const kept = block
    ? [
        ...(block[1] ?? "").matchAll(
          /<definedName\b([^>]*)>[\s\S]*?<\/definedName>|<definedName\b[^>]*\/>/g
        ),
      ]
        .filter((m) => {
          const a = attributesOf(m[1] ?? "");
          return !(
            a.localSheetId !== undefined &&
            local.has(Number(a.localSheetId)) &&
            a.name?.startsWith("_xlnm.Print_")
          );
        })
        .map((m) => m[0])
    : [];
  const added = plans.flatMap((plan) =>
    printNames(plan).map(
      ({ name, ref }) =>
        `<definedName name="${name}" localSheetId="${order.indexOf(plan.name)}">${escapeXml(ref)}</definedName>`
    )
  );
  const names = [...kept, ...added];
  const xml = names.length ? `<definedNames>${names.join("")}</definedNames>` : "";
  return block
    ? book.replace(block[0], () => xml)
    : book.replace("</sheets>", () => `</sheets>${xml}`);
}

/** The workbook opens on sheet `index` (and shows the tabs from the first). */
function withActiveTab(book: string, index: number): string {
  const view = /<workbookView\b[^>]*?\/?>/.exec(book);
  if (!view) {
    const views = `<bookViews><workbookView activeTab="${index}"/></bookViews>`;
    return /<sheets>/.test(book) ? book.replace("<sheets>", `${views}<sheets>`) : book;
  }
  const tag = view[0]
    .replace(/\s(activeTab|firstSheet)="\d+"/g, "")
    .replace(/^<workbookView\b/, `<workbookView activeTab="${index}" firstSheet="0"`);
  return book.replace(view[0], () => tag);
}

/** A copied sheet's XML with tabSelected dropped from its head (only the head is touched). */
export async function* deselected(data: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  let head = true;
  for await (const chunk of entryChunks(data, entry)) {
    if (!head) {
      yield chunk;
      continue;
    }
    const text = chunk.toString("latin1");
    const end = text.indexOf("<sheetData");
    if (end < 0 && chunk.length >= 1 << 20) {
      // Not found in the first megabyte: nothing is changed.
      head = false;
      yield chunk;
      continue;
    }
    head = false;
    const cut = end < 0 ? text.length : end;
    yield Buffer.from(text.slice(0, cut).replace(/\stabSelected="(1|true)"/g, ""), "latin1");
    yield chunk.subarray(cut);
  }
}

/** Writes the archive: changed parts, the others copied as stored. */
export async function writeDirect(
  writer: ZipFileWriter,
  reader: XlsxReader,
  plan: DirectWrite
): Promise<void> {
  for (const entry of reader.entries.values()) {
    if (plan.dropped.has(entry.name)) continue;
    const part = plan.parts.get(entry.name);
    if (part) await writer.add(entry.name, [part()]);
    else if (plan.deselect.has(entry.name) && (await hasSelectedTab(reader, entry)))
      await writer.add(entry.name, deselected(reader.data, entry));
    else await writer.copy(reader.data, entry);
  }
  for (const [name, part] of plan.parts)
    if (!reader.entries.has(name)) await writer.add(name, [part()]);
}

async function hasSelectedTab(reader: XlsxReader, entry: ZipEntry): Promise<boolean> {
  for await (const chunk of entryChunks(reader.data, entry, 1 << 16)) {
    const text = chunk.toString("latin1");
    const end = text.indexOf("<sheetData");
    return /\stabSelected="(1|true)"/.test(end < 0 ? text : text.slice(0, end));
  }
  return false;
}
