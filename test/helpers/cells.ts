import type ExcelJS from "exceljs";

/**
 * A cell as text, the way a reader sees it: a formula's result, rich text joined. LibreOffice saves
 * Chinese text as rich text runs (one per font it fell back to).
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((t) => t.text).join("");
  if (typeof value === "object" && "formula" in value)
    return cellText((value.result ?? "") as ExcelJS.CellValue);
  return String(value);
}
