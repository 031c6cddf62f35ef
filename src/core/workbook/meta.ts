import type { SheetSnapshot } from "./port";
import type { CellValue, PlannedCell, SheetPlan } from "./plan";

/**
 * A hidden sheet records which sheets juesuan generated and what they looked like, so re-generating
 * replaces only our sheets and refuses to overwrite one a user has edited since.
 */
export const META_SHEET = "_juesuan";
export const TOOL_NAME = "juesuan";

export type SheetRole = "table" | "check" | "narrative";

export interface GeneratedSheet {
  name: string;
  role: SheetRole;
  fingerprint: string;
}

export interface WorkbookMeta {
  version: string;
  profile: string;
  /** How amounts were written: live formulas, or plain numbers (--values). */
  mode: "formulas" | "values" | "blank";
  /** Amount cells hold full 元 precision (in 万元) rather than values rounded for display. */
  fullPrecision: boolean;
  generated: GeneratedSheet[];
}

const HEADER = ["键", "值", "角色", "指纹"];

export function renderMetaSheet(meta: WorkbookMeta): SheetPlan {
  const rows: CellValue[][] = [
    HEADER,
    ["tool", TOOL_NAME, null, null],
    ["version", meta.version, null, null],
    ["profile", meta.profile, null, null],
    ["mode", meta.mode, null, null],
    ["fullPrecision", meta.fullPrecision ? "yes" : "no", null, null],
    ...meta.generated.map((g) => ["sheet", g.name, g.role, g.fingerprint]),
  ];
  return {
    name: META_SHEET,
    cells: rows.map((row) => row.map((value) => (value === null ? null : { value }))),
    merges: [],
    styles: [],
    columnWidths: [14, 30, 12, 14],
    visibility: "veryHidden",
  };
}

export function readMetaSheet(sheet: SheetSnapshot | undefined): WorkbookMeta | undefined {
  if (!sheet) return undefined;
  const get = (key: string) => sheet.values.find((row) => row[0] === key)?.[1];
  if (get("tool") !== TOOL_NAME) return undefined;
  return {
    version: String(get("version") ?? ""),
    profile: String(get("profile") ?? ""),
    mode: (get("mode") as WorkbookMeta["mode"]) ?? "formulas",
    fullPrecision: get("fullPrecision") === "yes",
    generated: sheet.values
      .filter((row) => row[0] === "sheet" && typeof row[1] === "string")
      .map((row) => ({
        name: String(row[1]),
        role: row[2] as SheetRole,
        fingerprint: String(row[3] ?? ""),
      })),
  };
}

/**
 * A digest of what a sheet holds that a user could have changed: every constant, and where the
 * formulas are. Formula text and cached results are left out, since Excel and LibreOffice rewrite
 * them on recalculation and saving.
 */
export function fingerprintPlan(plan: SheetPlan): string {
  return digest(
    plan.cells.map((row) => row.map((cell) => canonical(cell?.formula !== undefined, cell?.value)))
  );
}

export function fingerprintSnapshot(sheet: SheetSnapshot): string {
  return digest(
    sheet.values.map((row, r) =>
      row.map((value, c) => canonical(Boolean(sheet.formulas[r]?.[c]), value))
    )
  );
}

function canonical(isFormula: boolean, value: PlannedCell["value"]): string | undefined {
  if (isFormula) return "=";
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "number") return `n:${Number(value.toPrecision(15))}`;
  return `${typeof value}:${String(value)}`;
}

function digest(grid: (string | undefined)[][]): string {
  // FNV-1a over "row,col,canonical" lines: order-stable, independent of trailing empty cells.
  let hash = 0x811c9dc5;
  grid.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === undefined) return;
      for (const ch of `${r},${c},${cell}\n`) {
        hash ^= ch.codePointAt(0) as number;
        hash = Math.imul(hash, 0x01000193) >>> 0;
      }
    })
  );
  return hash.toString(16).padStart(8, "0");
}
