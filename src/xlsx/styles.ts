import type ExcelJS from "exceljs";
import type { CellStyle } from "../core/workbook";

const argb = (rgb: string) => `FF${rgb.toUpperCase()}`;

/** Merges style layers: later layers override the properties they set (fonts merge field by field). */
export function mergeStyles(layers: readonly (CellStyle | null | undefined)[]): CellStyle {
  const merged: CellStyle = {};
  for (const layer of layers) {
    if (!layer) continue;
    const { font, ...rest } = layer;
    Object.assign(merged, rest);
    if (font) merged.font = { ...merged.font, ...font };
  }
  return merged;
}

export function toExcelJsStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.font) {
    const { color, ...font } = style.font;
    out.font = { ...font, ...(color ? { color: { argb: argb(color) } } : {}) };
  }
  if (style.horizontal || style.vertical || style.wrap || style.indent) {
    out.alignment = {
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.indent ? { indent: style.indent } : {}),
    };
  }
  if (style.border === "thin") {
    const thin = { style: "thin" as const };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.numberFormat) out.numFmt = style.numberFormat;
  if (style.fill)
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.unlocked) out.protection = { locked: false };
  return out;
}
