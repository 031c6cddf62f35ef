import type { CellRange, CellValue, SheetSnapshot } from "../core/workbook";

/** A cell value as `Range.values` returns it, as core sees values: "" is an empty cell. */
export function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}

/** `Range.formulas` gives "=…" for a formula and the constant otherwise; core wants the formula only. */
export function formulaText(formula: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") ? formula.slice(1) : null;
}

/**
 * A used range (which starts at `top`, `left`) as a snapshot padded from A1, in the same shape the
 * ExcelJS adapter returns: rows end at their last non-empty cell, empty rows above content are [],
 * and nothing follows the last non-empty row.
 */
export function snapshotFrom(
  name: string,
  top: number,
  left: number,
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly unknown[])[],
  merges: CellRange[]
): SheetSnapshot {
  const outValues: CellValue[][] = [];
  const outFormulas: (string | null)[][] = [];
  values.forEach((row, i) => {
    const vr: CellValue[] = [];
    const fr: (string | null)[] = [];
    let last = -1;
    row.forEach((raw, j) => {
      const value = cellValue(raw);
      const formula = formulaText(formulas[i]?.[j]);
      vr.push(value);
      fr.push(formula);
      if (value !== null || formula !== null) last = j;
    });
    if (last < 0) return;
    const r = top + i;
    while (outValues.length <= r) {
      outValues.push([]);
      outFormulas.push([]);
    }
    const pad: null[] = new Array<null>(left).fill(null);
    outValues[r] = [...pad, ...vr.slice(0, last + 1)];
    outFormulas[r] = [...pad, ...fr.slice(0, last + 1)];
  });
  return { name, values: outValues, formulas: outFormulas, merges };
}
