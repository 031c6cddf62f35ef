import type { CellStyle } from "../core/workbook";
import { escapeXml, StyleNumbers } from "./sheetXml";
import { mergeStyles } from "./styles";

/**
 * The workbook's own styles.xml with the cell styles of written sheets appended: existing fonts,
 * fills, borders, number formats and cell formats keep their numbers, so the sheets copied unchanged
 * keep theirs. New entries are written as ExcelJS writes a style (see styles.ts toExcelJsStyle):
 * only what the CellStyle sets, on top of the workbook's default font.
 */

// ExcelJS's table of built-in number formats: a format code found there is written by its number.
const BUILTIN_FORMATS: Record<
  string,
  { f?: string }
> = require("exceljs/lib/xlsx/defaultnumformats");

interface Section {
  /** Element name of the list (fonts) and of one entry (font). */
  list: string;
  item: string;
  /** How many entries the original has; new entries are numbered from here. */
  count: number;
  added: string[];
  known: Map<string, number>;
}

const SECTIONS = ["numFmts", "fonts", "fills", "borders", "cellXfs"] as const;
type SectionName = (typeof SECTIONS)[number];
const ITEM: Record<SectionName, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
};

export class StyleSheet implements StyleNumbers {
  private readonly sections = new Map<SectionName, Section>();
  private readonly formats = new Map<string, number>();
  private nextFormat = 164;
  private readonly xfs = new Map<string, number>();

  private constructor(private readonly xml: string) {}

  /** Undefined when styles.xml is not laid out as expected (prefixed names, a list missing). */
  static parse(xml: string): StyleSheet | undefined {
    const sheet = new StyleSheet(xml);
    for (const list of SECTIONS) {
      const item = ITEM[list];
      const body = new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1];
      if (body === undefined) {
        // No custom number formats is common; the other lists always hold the defaults.
        if (list !== "numFmts" || new RegExp(`<${list}\\b`).test(xml)) return undefined;
      }
      const count = body ? (body.match(new RegExp(`<${item}[\\s>/]`, "g")) ?? []).length : 0;
      sheet.sections.set(list, { list, item, count, added: [], known: new Map() });
      if (list === "numFmts" && body) {
        for (const m of body.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
          const id = /\snumFmtId="(\d+)"/.exec(m[1]);
          const code = /\sformatCode="([^"]*)"/.exec(m[1]);
          if (!id || !code) continue;
          const n = Number(id[1]);
          sheet.formats.set(decode(code[1]), n);
          sheet.nextFormat = Math.max(sheet.nextFormat, n + 1);
        }
      }
    }
    if (!/<\/styleSheet>/.test(xml) || !/<styleSheet\b[^>]*>/.test(xml)) return undefined;
    return sheet;
  }

  private add(list: SectionName, entry: string): number {
    const section = this.sections.get(list)!;
    const known = section.known.get(entry);
    if (known !== undefined) return known;
    const index = section.count + section.added.length;
    section.added.push(entry);
    section.known.set(entry, index);
    return index;
  }

  private formatOf(code: string): number {
    for (const [id, format] of Object.entries(BUILTIN_FORMATS))
      if (format.f === code) return Number(id);
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormat++;
      this.formats.set(code, id);
      this.add("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  private readonly byObject = new WeakMap<CellStyle, number>();

  xfOf(style: CellStyle | null): number {
    if (!style) return 0;
    const seen = this.byObject.get(style);
    if (seen !== undefined) return seen;
    const xf = this.xfOfNew(style);
    this.byObject.set(style, xf);
    return xf;
  }

  private xfOfNew(style: CellStyle): number {
    const s = mergeStyles([style]);
    const key = JSON.stringify(s);
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    if (!Object.keys(s).length) {
      this.xfs.set(key, 0);
      return 0;
    }
    const attrs: string[] = [];
    const numFmtId = s.numberFormat ? this.formatOf(s.numberFormat) : 0;
    attrs.push(`numFmtId="${numFmtId}"`);
    const fontId = s.font ? this.add("fonts", fontXml(s.font)) : 0;
    const fillId = s.fill
      ? this.add(
          "fills",
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${s.fill.toUpperCase()}"/></patternFill></fill>`
        )
      : 0;
    const borderId =
      s.border === "thin"
        ? this.add(
            "borders",
            '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>'
          )
        : 0;
    attrs.push(`fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`);
    if (numFmtId) attrs.push('applyNumberFormat="1"');
    if (fontId) attrs.push('applyFont="1"');
    if (fillId) attrs.push('applyFill="1"');
    if (borderId) attrs.push('applyBorder="1"');
    const alignment = alignmentXml(s);
    if (alignment) attrs.push('applyAlignment="1"');
    if (s.unlocked) attrs.push('applyProtection="1"');
    const children = `${alignment}${s.unlocked ? '<protection locked="0"/>' : ""}`;
    const xf = `<xf ${attrs.join(" ")}${children ? `>${children}</xf>` : "/>"}`;
    const index = this.add("cellXfs", xf);
    this.xfs.set(key, index);
    return index;
  }

  /** styles.xml with the new entries appended to each list, counts updated. */
  toXml(): string {
    let xml = this.xml;
    for (const section of this.sections.values()) {
      if (!section.added.length) continue;
      const total = section.count + section.added.length;
      const entries = section.added.join("");
      const list = new RegExp(`<${section.list}\\b([^>]*)>([\\s\\S]*?)</${section.list}>`);
      if (list.test(xml))
        xml = xml.replace(list, (_, attrs: string, body: string) => {
          const kept = attrs.replace(/\scount="\d+"/, "");
          return `<${section.list} count="${total}"${kept}>${body}${entries}</${section.list}>`;
        });
      else
        xml = xml.replace(
          /<styleSheet\b[^>]*>/,
          (open) => `${open}<${section.list} count="${total}">${entries}</${section.list}>`
        );
    }
    return xml;
  }
}

const decode = (text: string) =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!
  );

function fontXml(font: NonNullable<CellStyle["font"]>): string {
  return (
    "<font>" +
    (font.bold ? "<b/>" : "") +
    (font.italic ? "<i/>" : "") +
    (font.color ? `<color rgb="FF${font.color.toUpperCase()}"/>` : "") +
    (font.size !== undefined ? `<sz val="${font.size}"/>` : "") +
    (font.name ? `<name val="${escapeXml(font.name)}"/>` : "") +
    "</font>"
  );
}

function alignmentXml(s: CellStyle): string {
  const attrs: string[] = [];
  if (s.horizontal) attrs.push(`horizontal="${s.horizontal}"`);
  // ExcelJS says "middle"; OOXML's ST_VerticalAlignment says "center".
  if (s.vertical) attrs.push(`vertical="${s.vertical === "middle" ? "center" : s.vertical}"`);
  if (s.wrap) attrs.push('wrapText="1"');
  if (s.indent) attrs.push(`indent="${s.indent}"`);
  return attrs.length ? `<alignment ${attrs.join(" ")}/>` : "";
}
