import { levelOf, SubjectCatalog } from "../subjects";
import type { LaidRow, LeafColumn, TableLayout } from "../templates/layout";
import type { AmountUnit } from "../templates/types";
import { codesByRow } from "./codes";
import { Grid } from "./grid";
import { missingRow, unmappedRow } from "./messages";
import { displayText, looseLabel, normLabel, normText, splitCode } from "./normalize";
import { readCellAmount } from "./numbers";
import { labelMeans } from "./synonyms";
import type { ReadFinding } from "./types";

const TOTAL_LABELS = new Set(["合计", "总计"]);
const FOOTNOTE = /^(注|说明|备注)\d*[:.]/;

/** The body's rows: [top, end), ending at the footnote ("注：…") or the sheet's last row. */
export function bodyRange(grid: Grid, top: number): { top: number; end: number } {
  for (let r = top; r < grid.rowCount; r++) {
    const first = grid.filled(r)[0];
    if (first !== undefined && FOOTNOTE.test(normText(grid.value(r, first))))
      return { top, end: r };
  }
  return { top, end: Math.max(top, grid.rowCount) };
}

/**
 * The 功能分类 codes of each region's lines (as layoutTable's regionCodes): typed in the 科目编码
 * column or its 类 / 款 / 项 parts, or named only and found in the catalog.
 */
export function regionCodesIn(
  grid: Grid,
  layout: TableLayout,
  header: { columnAt: readonly (number | undefined)[]; codeParts?: number[] },
  body: { top: number; end: number },
  functional: SubjectCatalog
): string[] {
  const codes = new Set<string>();
  for (const region of layout.regions) {
    const at = (col: number) => header.columnAt[col];
    const columns = {
      code: at(region.codeCol),
      parts: header.codeParts,
      name: at(region.nameCol),
    };
    if (columns.code === undefined && !columns.parts && columns.name === undefined) continue;
    for (const code of codesByRow(grid, body, columns, functional).values())
      if (levelOf("functional", code)) codes.add(code);
  }
  return [...codes].sort();
}

export interface RowMatchContext {
  grid: Grid;
  layout: TableLayout;
  columnAt: readonly (number | undefined)[];
  /** 类 / 款 / 项 columns of a split 科目编码. */
  codeParts?: number[];
  /** Names-only region lines are found through the 功能分类 catalog. */
  functional?: SubjectCatalog;
  body: { top: number; end: number };
  findings: ReadFinding[];
}

/** Sheet row of each laid line that has one, keyed by rowKey(block, layout row). */
export type RowAt = Map<string, number>;

export const rowKey = (block: number, row: number): string => `${block}:${row}`;

interface BlockColumns {
  label?: number;
  code?: number;
  name?: number;
  amounts: { column: LeafColumn; col: number; unit: AmountUnit }[];
  /** The template block has a 项目/科目 column at all (公开07表's block has none). */
  labelled: boolean;
}

function blockColumns(ctx: RowMatchContext, b: number): BlockColumns {
  const { layout, columnAt } = ctx;
  const leaves = layout.columns.filter((c) => c.block === b);
  const at = (kind: string) => {
    const leaf = leaves.find((c) => c.spec.kind === kind);
    return leaf ? columnAt[leaf.index] : undefined;
  };
  const amounts = leaves.flatMap((column) =>
    column.spec.kind === "amount" && columnAt[column.index] !== undefined
      ? [{ column, col: columnAt[column.index] as number, unit: column.spec.unit ?? "money" }]
      : []
  );
  const columns: BlockColumns = {
    label: at("label"),
    code: at("code"),
    name: at("name"),
    amounts,
    labelled: leaves.some((c) => ["label", "code", "name"].includes(c.spec.kind)),
  };
  if (
    columns.labelled &&
    columns.label === undefined &&
    columns.code === undefined &&
    columns.name === undefined &&
    !ctx.codeParts
  )
    columns.label = fallbackLabelColumn(ctx, b, amounts);
  return columns;
}

/**
 * A 项目 column whose caption was not recognised: the nearest column left of the block's first
 * amount column, not claimed by another leaf, that holds text in the body.
 */
function fallbackLabelColumn(
  ctx: RowMatchContext,
  b: number,
  amounts: BlockColumns["amounts"]
): number | undefined {
  if (amounts.length === 0) return undefined;
  const taken = new Set(ctx.columnAt.filter((c): c is number => c !== undefined));
  const before = ctx.layout.columns
    .filter((c) => c.block < b)
    .map((c) => ctx.columnAt[c.index])
    .filter((c): c is number => c !== undefined);
  const floor = before.length ? Math.max(...before) : -1;
  for (let col = Math.min(...amounts.map((a) => a.col)) - 1; col > floor; col--) {
    if (taken.has(col)) continue;
    for (let r = ctx.body.top; r < ctx.body.end; r++) {
      const v = ctx.grid.value(r, col);
      if (typeof v === "string" && normLabel(v) && !readCellAmount(v, "money").ok) return col;
    }
  }
  return undefined;
}

/** The row has a figure other than 0 in one of the block's amount columns. */
function hasFigures(ctx: RowMatchContext, columns: BlockColumns, r: number): boolean {
  return columns.amounts.some((a) => {
    const amount = readCellAmount(ctx.grid.value(r, a.col), a.unit);
    return amount.ok && !amount.value.isZero();
  });
}

function laidRowsOf(layout: TableLayout, b: number): LaidRow[] {
  return layout.rows
    .filter(
      (r) => r.block === b && (r.kind === "item" || r.kind === "subject" || r.kind === "total")
    )
    .sort((x, y) => x.row - y.row);
}

/**
 * Finds the sheet row of every line of the layout, block by block: subject lines by their code,
 * fixed lines by their label, listed subject lines (no code column) by name, a region's 合计 by
 * "合计"/"总计". Rows with figures that match nothing are reported, and so are fixed lines the
 * sheet does not have.
 */
export function matchRows(ctx: RowMatchContext): RowAt {
  const rowAt: RowAt = new Map();
  ctx.layout.table.blocks.forEach((_, b) => {
    const columns = blockColumns(ctx, b);
    const laid = laidRowsOf(ctx.layout, b);
    const matched = columns.labelled
      ? matchByLabel(ctx, b, columns, laid)
      : matchInOrder(ctx, columns, laid);
    for (const [line, r] of matched) rowAt.set(rowKey(b, line.row), r);
    if (columns.amounts.length === 0) return;
    for (const line of laid) {
      if ((line.kind === "item" && !line.noAmounts) || line.kind === "total")
        if (!matched.has(line))
          ctx.findings.push(
            missingRow(
              ctx.layout.table,
              ctx.grid.name,
              line.label || line.key || "",
              ctx.layout.amounts.filter((a) => a.block === b && a.row === line.row).map((a) => a.id)
            )
          );
    }
  });
  return rowAt;
}

/** A block without a 项目 column (公开07表): its lines in order, on the rows that hold figures. */
function matchInOrder(
  ctx: RowMatchContext,
  columns: BlockColumns,
  laid: LaidRow[]
): Map<LaidRow, number> {
  const { grid, body } = ctx;
  const matched = new Map<LaidRow, number>();
  const rows: number[] = [];
  for (let r = body.top; r < body.end; r++) rows.push(r);
  const used = rows.filter((r) => columns.amounts.some((a) => grid.value(r, a.col) !== null));
  const chosen = used.length ? used : rows.slice(0, laid.length);
  laid.forEach((line, i) => {
    if (chosen[i] !== undefined) matched.set(line, chosen[i]);
  });
  for (const r of chosen.slice(laid.length))
    if (hasFigures(ctx, columns, r))
      ctx.findings.push(unmappedRow(ctx.layout.table, grid.name, grid.sheetRow(r), ""));
  return matched;
}

function matchByLabel(
  ctx: RowMatchContext,
  b: number,
  columns: BlockColumns,
  laid: LaidRow[]
): Map<LaidRow, number> {
  const { grid, layout, body, findings } = ctx;
  const matched = new Map<LaidRow, number>();
  const byCode = new Map<string, LaidRow>();
  for (const line of laid) if (line.code !== undefined) byCode.set(line.code, line);
  const items = laid.filter((l) => l.kind === "item");
  // Listed and 经济分类 lines may also be found by name; a region's lines only by code.
  const inRegion = layout.regions.some((region) => region.block === b);
  const byName = inRegion ? [] : laid.filter((l) => l.kind === "subject");
  const totals = laid.filter((l) => l.kind === "total");
  // "车辆数（辆）" typed as "车辆数": brackets are ignored only where the template has them.
  const bracketed = [...items, ...byName].filter((l) => /[(（]/.test(l.label ?? ""));
  let cursor = -1;
  const codes = codesByRow(
    grid,
    body,
    {
      code: columns.code,
      parts: inRegion ? ctx.codeParts : undefined,
      label: columns.label,
      name: columns.name,
    },
    inRegion ? ctx.functional : undefined
  );

  /** The first free candidate after the last line matched, else the first free one. */
  const pick = (
    candidates: LaidRow[],
    duplicates = true
  ): { line: LaidRow; duplicate: boolean } | undefined => {
    const free = candidates.filter((l) => !matched.has(l));
    if (free.length === 0)
      return duplicates && candidates.length ? { line: candidates[0], duplicate: true } : undefined;
    return { line: free.find((l) => l.row > cursor) ?? free[0], duplicate: false };
  };

  for (let r = body.top; r < body.end; r++) {
    const codeCell = columns.code !== undefined ? grid.value(r, columns.code) : null;
    const labelCell = columns.label !== undefined ? grid.value(r, columns.label) : null;
    const nameCell = columns.name !== undefined ? grid.value(r, columns.name) : null;
    const fromCode = splitCode(codeCell);
    const fromLabel = splitCode(labelCell);
    let code = codes.get(r);
    let text = normText(labelCell) || fromCode.rest || normText(nameCell);
    if (fromLabel.code && code === fromLabel.code) text = fromLabel.rest;
    // "201 一般公共服务支出" where the table lists classes by name: match the name.
    if (code && !byCode.has(code) && text && !inRegion) code = undefined;
    if (!code && !text) {
      if (hasFigures(ctx, columns, r))
        findings.push(unmappedRow(layout.table, grid.name, grid.sheetRow(r), ""));
      continue;
    }

    let found: { line: LaidRow; duplicate: boolean } | undefined;
    if (code) {
      const line = byCode.get(code);
      found = pick(line ? [line] : []);
    } else {
      const stripped = normLabel(text);
      const loose = looseLabel(text);
      const means = (l: LaidRow) => labelMeans(normLabel(l.label), stripped);
      found =
        pick(items.filter((l) => normLabel(l.label) === stripped)) ??
        pick(TOTAL_LABELS.has(stripped) ? totals : []) ??
        pick(totals.filter((l) => normLabel(l.label) === stripped)) ??
        pick(byName.filter((l) => normLabel(l.label) === stripped)) ??
        pick(items.filter(means)) ??
        pick(totals.filter(means)) ??
        pick(
          bracketed.filter((l) => loose && looseLabel(l.label) === loose),
          false
        );
    }

    if (found && !found.duplicate) {
      matched.set(found.line, r);
      cursor = found.line.row;
      continue;
    }
    if (!hasFigures(ctx, columns, r)) continue;
    const shown = [
      ...(fromCode.code ? [fromCode.code, fromCode.rest] : [displayText(codeCell)]),
      displayText(labelCell),
      displayText(nameCell),
    ]
      .filter(Boolean)
      .join(" ");
    const duplicateOf = found?.duplicate ? matched.get(found.line) : undefined;
    findings.push(
      unmappedRow(
        layout.table,
        grid.name,
        grid.sheetRow(r),
        shown,
        duplicateOf === undefined ? undefined : grid.sheetRow(duplicateOf)
      )
    );
  }
  return matched;
}
