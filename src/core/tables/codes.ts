import { normalizeCode, SubjectCatalog, Subject } from "../subjects";
import { Grid } from "./grid";
import { normText, splitCode } from "./normalize";

/** Where a block's rows say which subject they are. */
export interface CodeColumns {
  code?: number;
  /** 类 / 款 / 项 columns of a split 科目编码. */
  parts?: number[];
  name?: number;
  label?: number;
}

const PART_DIGITS = [3, 2, 2];

/** "1" typed in a 款 column is "01". */
function part(grid: Grid, row: number, col: number, digits: number): string {
  const value = grid.value(row, col);
  const text = normalizeCode(value);
  if (!/^\d+$/.test(text) || text.length > digits) return "";
  return text.padStart(digits, "0");
}

const nameIndex = new WeakMap<SubjectCatalog, Map<string, Subject[]>>();

function byName(catalog: SubjectCatalog): Map<string, Subject[]> {
  let index = nameIndex.get(catalog);
  if (!index) {
    index = new Map();
    for (const s of catalog.all()) {
      const key = normText(s.name);
      index.set(key, [...(index.get(key) ?? []), s]);
    }
    nameIndex.set(catalog, index);
  }
  return index;
}

/**
 * A subject named without its code ("行政运行"): the one under the 款 (or 类) last seen, else the
 * only one of that name. Undefined when the name is ambiguous without context.
 */
function resolveName(
  catalog: SubjectCatalog,
  name: string,
  context: { class?: string; section?: string }
): string | undefined {
  const candidates = byName(catalog).get(name) ?? [];
  const under = (parent?: string) => candidates.filter((s) => parent && s.parent === parent);
  const pick =
    under(context.section)[0] ??
    under(context.class)[0] ??
    candidates.find((s) => s.level === "类") ??
    (candidates.length === 1 ? candidates[0] : undefined);
  return pick?.code;
}

/**
 * The subject code of each body row, however the sheet gives it: a 科目编码 column (the name may
 * follow in the same cell), 类 / 款 / 项 columns (a part left blank carries over from the rows
 * above), a code before the label, or — with a catalog — the name alone, matched in the catalog
 * under the 类 / 款 last seen.
 */
export function codesByRow(
  grid: Grid,
  body: { top: number; end: number },
  columns: CodeColumns,
  catalog?: SubjectCatalog
): Map<number, string> {
  const codes = new Map<number, string>();
  const context: { class?: string; section?: string } = {};
  for (let r = body.top; r < body.end; r++) {
    let code: string | undefined;
    if (columns.parts) {
      const [c, k, x] = columns.parts.map((col, i) => part(grid, r, col, PART_DIGITS[i]));
      if (c) code = c + (k ? k + (x || "") : "");
      else if (k && context.class) code = context.class + k + (x || "");
      else if (x && context.section) code = context.section + x;
    }
    const fromCode =
      columns.code !== undefined ? splitCode(grid.value(r, columns.code)) : undefined;
    code ??= fromCode?.code;
    const fromLabel =
      columns.label !== undefined ? splitCode(grid.value(r, columns.label)) : undefined;
    code ??= fromLabel?.code;
    if (!code && catalog) {
      const name =
        normText(columns.name !== undefined ? grid.value(r, columns.name) : null) ||
        fromCode?.rest ||
        fromLabel?.rest ||
        "";
      if (name) code = resolveName(catalog, name, context);
    }
    if (!code) continue;
    codes.set(r, code);
    if (code.length === 3) {
      context.class = code;
      context.section = undefined;
    } else if (code.length === 5) {
      context.class = code.slice(0, 3);
      context.section = code;
    }
  }
  return codes;
}
