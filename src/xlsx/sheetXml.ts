import type { CellRange, CellStyle, CellValue, PlannedCell, SheetPlan } from "../core/workbook";
import { a1, columnName, rangeA1 } from "../core/workbook";
import { checkCellText } from "./limits";
import { mergeStyles } from "./styles";

/**
 * A SheetPlan as worksheet XML (ECMA-376 CT_Worksheet), written by us rather than by ExcelJS: see
 * directWrite.ts. The cells and their styles come out as ExcelJS's writer of the same plan makes
 * them (ExcelJsPort.writeSheet): a cell takes its column's style; a styled range replaces the style of
 * its cells with column style + layers; every cell of a merged area takes the first cell's style and
 * loses its value. test/integration/xlsx/directWrite.test.ts compares the two on the sample.
 */

/** Gives a cell style its number in styles.xml (see StyleSheet). */
export interface StyleNumbers {
  xfOf(style: CellStyle | null): number;
}

/** Gives a text its number in the shared-string table. */
export interface StringNumbers {
  indexOf(text: string): number;
}

export const escapeXml = (text: string): string =>
  text.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"
  );

// Characters XML 1.0 cannot hold; OOXML spells them _xHHHH_ (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
// eslint-disable-next-line no-control-regex
const UNWRITABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
export const xmlText = (text: string): string =>
  escapeXml(text).replace(
    UNWRITABLE,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
  );

interface Cell {
  planned?: PlannedCell;
  style: CellStyle | null;
}

/** The cells as ExcelJS would hold them after writeSheet: row → column → cell. */
function layOut(plan: SheetPlan): Map<number, Map<number, Cell>> {
  const rows = new Map<number, Map<number, Cell>>();
  const columnStyle = (c: number) => plan.columnStyles?.[c] ?? null;
  const cellAt = (r: number, c: number): Cell => {
    let row = rows.get(r);
    if (!row) rows.set(r, (row = new Map()));
    let cell = row.get(c);
    if (!cell) row.set(c, (cell = { style: columnStyle(c) }));
    return cell;
  };
  plan.cells.forEach((row, r) =>
    row.forEach((planned, c) => {
      if (!planned) return;
      checkCellText(plan.name, r, c, planned.value);
      cellAt(r, c).planned = planned;
    })
  );
  const layered = new Map<Cell, CellStyle[]>();
  for (const { range, style } of plan.styles) {
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++) {
        const cell = cellAt(r, c);
        const list = layered.get(cell);
        if (list) list.push(style);
        else layered.set(cell, [style]);
      }
  }
  // Column + layers, computed after all layers are known (ExcelJsPort does the same); each
  // combination of layers once (a table has thousands of cells and a few dozen combinations).
  const ids = new Map<CellStyle, number>();
  const idOf = (style: CellStyle | null) => {
    if (!style) return 0;
    let id = ids.get(style);
    if (id === undefined) ids.set(style, (id = ids.size + 1));
    return id;
  };
  const combined = new Map<string, CellStyle>();
  for (const [cell, styles] of layered) {
    const key = [cell.style, ...styles].map(idOf).join(",");
    let style = combined.get(key);
    if (!style) combined.set(key, (style = mergeStyles([cell.style, ...styles])));
    cell.style = style;
  }
  for (const m of plan.merges) {
    const master = cellAt(m.top, m.left);
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        const cell = cellAt(r, c);
        cell.planned = undefined;
        cell.style = master.style;
      }
  }
  return rows;
}

/** A number as Excel stores it; what cannot be stored reads as Excel's #NUM! error. */
const numberXml = (n: number) => (Number.isFinite(n) ? `<v>${n}</v>` : "");

function valueXml(value: CellValue, strings: StringNumbers): [string, string] {
  if (typeof value === "number")
    return Number.isFinite(value) ? ["", numberXml(value)] : [' t="e"', "<v>#NUM!</v>"];
  if (typeof value === "boolean") return [' t="b"', `<v>${value ? 1 : 0}</v>`];
  if (typeof value === "string") return [' t="s"', `<v>${strings.indexOf(value)}</v>`];
  return ["", ""];
}

function cellXml(ref: string, cell: Cell, styles: StyleNumbers, strings: StringNumbers): string {
  const s = styles.xfOf(cell.style);
  const style = s ? ` s="${s}"` : "";
  const planned = cell.planned;
  if (planned?.formula !== undefined) {
    const result = planned.result;
    const f = `<f>${xmlText(planned.formula)}</f>`;
    if (result === undefined || result === null) return `<c r="${ref}"${style}>${f}</c>`;
    if (typeof result === "string")
      return `<c r="${ref}"${style} t="str">${f}<v>${xmlText(result)}</v></c>`;
    const [t, v] = valueXml(result, strings);
    return `<c r="${ref}"${style}${t}>${f}${v}</c>`;
  }
  const value = planned?.value;
  if (value === undefined || value === null) return s ? `<c r="${ref}"${style}/>` : "";
  const [t, v] = valueXml(value, strings);
  return `<c r="${ref}"${style}${t}>${v}</c>`;
}

/** A reference to a whole area for defined names: '公开01表'!$A$1:$H$30. */
export const absoluteRef = (sheet: string, address: string) =>
  `'${sheet.replace(/'/g, "''")}'!${address}`;

/** The print area and print titles of a plan, as defined names (_xlnm.*) want them. */
export function printNames(plan: SheetPlan): { name: string; ref: string }[] {
  const p = plan.print;
  if (!p) return [];
  const out: { name: string; ref: string }[] = [];
  if (p.area)
    out.push({
      name: "_xlnm.Print_Area",
      ref: absoluteRef(
        plan.name,
        `${a1(p.area.top, p.area.left, true)}:${a1(p.area.bottom, p.area.right, true)}`
      ),
    });
  if (p.titleRows)
    out.push({
      name: "_xlnm.Print_Titles",
      ref: absoluteRef(plan.name, `$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`),
    });
  return out;
}

const num = (n: number) => String(n);

/** The worksheet XML of a plan; `selected` marks it the selected tab (the active sheet). */
export function sheetXml(
  plan: SheetPlan,
  styles: StyleNumbers,
  strings: StringNumbers,
  selected: boolean
): string {
  const rows = layOut(plan);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
  ];
  const p = plan.print;
  const fitToPage = p && (p.fitToWidth || p.fitToHeight);
  if (plan.tabColor || fitToPage)
    out.push(
      `<sheetPr>${plan.tabColor ? `<tabColor rgb="FF${plan.tabColor.toUpperCase()}"/>` : ""}` +
        `${fitToPage ? '<pageSetUpPr fitToPage="1"/>' : ""}</sheetPr>`
    );
  const rowNumbers = [
    ...new Set([...rows.keys(), ...Object.keys(plan.rowHeights ?? {}).map(Number)]),
  ].sort((x, y) => x - y);
  let right = 0;
  for (const row of rows.values()) for (const c of row.keys()) right = Math.max(right, c);
  const bottom = rowNumbers.length ? rowNumbers[rowNumbers.length - 1] : 0;
  out.push(`<dimension ref="${rangeA1({ top: 0, left: 0, bottom, right })}"/>`);
  const freeze = plan.freeze && (plan.freeze.rows || plan.freeze.columns) ? plan.freeze : undefined;
  if (freeze || selected) {
    out.push(`<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0"`);
    if (freeze) {
      const pane = freeze.rows ? (freeze.columns ? "bottomRight" : "bottomLeft") : "topRight";
      out.push(
        `><pane${freeze.columns ? ` xSplit="${freeze.columns}"` : ""}${freeze.rows ? ` ySplit="${freeze.rows}"` : ""}` +
          ` topLeftCell="${a1(freeze.rows, freeze.columns)}" activePane="${pane}" state="frozen"/>` +
          `<selection pane="${pane}"/></sheetView></sheetViews>`
      );
    } else out.push("/></sheetViews>");
  }
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  const columns = Math.max(plan.columnWidths.length, plan.columnStyles?.length ?? 0);
  if (columns) {
    out.push("<cols>");
    for (let c = 0; c < columns; c++) {
      const given = plan.columnWidths[c];
      const width = given === null || !Number.isFinite(given) ? undefined : given;
      const style = plan.columnStyles?.[c] ? styles.xfOf(plan.columnStyles[c]) : 0;
      // ExcelJS leaves out a column of its default width (9) and no style; so do we.
      if ((width === undefined || width === 9) && !style) continue;
      out.push(
        `<col min="${c + 1}" max="${c + 1}"${width !== undefined ? ` width="${num(width)}" customWidth="1"` : ""}` +
          `${style ? ` style="${style}"` : ""}/>`
      );
    }
    out.push("</cols>");
  }
  out.push("<sheetData>");
  for (const r of rowNumbers) {
    const height = plan.rowHeights?.[r];
    const attrs = height !== undefined ? ` ht="${num(height)}" customHeight="1"` : "";
    const row = rows.get(r);
    const cells = row
      ? [...row.keys()]
          .sort((x, y) => x - y)
          .map((c) => cellXml(`${columnName(c)}${r + 1}`, row.get(c)!, styles, strings))
          .join("")
      : "";
    if (cells || attrs) out.push(`<row r="${r + 1}"${attrs}>${cells}</row>`);
  }
  out.push("</sheetData>");
  if (plan.merges.length) {
    out.push(`<mergeCells count="${plan.merges.length}">`);
    // In ExcelJS's order (readers list merges in file order): by the first cell after the first.
    const second = (m: CellRange) => (m.right > m.left ? [m.top, m.left + 1] : [m.top + 1, m.left]);
    const merges = [...plan.merges].sort((x, y) => {
      const [a, b] = [second(x), second(y)];
      return a[0] - b[0] || a[1] - b[1];
    });
    for (const m of merges) out.push(`<mergeCell ref="${rangeA1(m)}"/>`);
    out.push("</mergeCells>");
  }
  const validations = plan.validations ?? [];
  if (validations.length) {
    out.push(`<dataValidations count="${validations.length}">`);
    for (const v of validations) {
      const error = `请从列表中选择：${v.values.join("、")}`.slice(0, 250);
      out.push(
        `<dataValidation type="list" errorStyle="warning" allowBlank="1"${v.prompt ? ' showInputMessage="1"' : ""}` +
          ` showErrorMessage="1" errorTitle="不在列表中" error="${xmlText(error)}"` +
          `${v.prompt ? ` prompt="${xmlText(v.prompt)}"` : ""} sqref="${rangeA1(v.range)}">` +
          `<formula1>${xmlText(`"${v.values.join(",")}"`)}</formula1></dataValidation>`
      );
    }
    out.push("</dataValidations>");
  }
  // Without a print setup, the page as ExcelJS writes it (Excel's defaults).
  if (p?.horizontalCentered) out.push('<printOptions horizontalCentered="1"/>');
  out.push(
    p
      ? '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
      : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
  );
  out.push(
    p
      ? `<pageSetup paperSize="9" orientation="${p.orientation}"` +
          ` fitToWidth="${p.fitToWidth ? 1 : 0}" fitToHeight="${p.fitToHeight ? 1 : 0}"/>`
      : '<pageSetup orientation="portrait"/>'
  );
  if (p?.footer)
    out.push(`<headerFooter><oddFooter>${xmlText(p.footer)}</oddFooter></headerFooter>`);
  out.push("</worksheet>");
  return out.join("");
}
