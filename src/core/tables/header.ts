import type { TableLayout } from "../templates/layout";
import { Grid } from "./grid";
import { normHeader, normLabel, normText, splitCode } from "./normalize";
import { captionMeans, captionWordings, LEADING_YEAR } from "./synonyms";

/** Rows searched for the start of the header. */
const HEADER_SEARCH_ROWS = 40;
/** The row of column numbers some official forms print under the header. */
const COLUMN_NUMBER_CAPTION = "栏次";
const TOTAL_LABELS = new Set(["合计", "总计"]);
/** A 科目编码 split over three columns, 类 (3 digits) / 款 (2) / 项 (2). */
export const CODE_PART_CAPTIONS = ["类", "款", "项"] as const;
/** Captions that only group or repeat (小计 under a group): left out when paths are compared as sets. */
const OPTIONAL = "小计";

export interface HeaderMatch {
  /** First and last sheet rows of the header band. */
  top: number;
  bottom: number;
  /** The sheet column of each template leaf column (by layout.columns index), if found. */
  columnAt: (number | undefined)[];
  /** Sheet columns of 类 / 款 / 项 when the 科目编码 is split over them. */
  codeParts?: number[];
}

/** The captions above a template leaf column, top to bottom (normalised). */
export function templatePaths(layout: TableLayout): string[][] {
  return layout.columns.map((column) =>
    layout.headerCells
      .filter((h) => h.col <= column.index && column.index < h.col + h.colSpan)
      .sort((a, b) => a.row - b.row)
      .map((h) => normHeader(h.label))
  );
}

/** The template's captions in every wording, with the 表号-style "栏次" row and split-code captions. */
function captionSet(layout: TableLayout): Set<string> {
  const own = layout.headerCells.map((h) => normHeader(h.label));
  return new Set([
    ...own.flatMap((label) => [label, ...captionWordings(label)]),
    COLUMN_NUMBER_CAPTION,
    ...CODE_PART_CAPTIONS,
  ]);
}

/** The caption without a leading year ("2017年预算数"). */
const bareCaption = (value: unknown) => normHeader(value).replace(LEADING_YEAR, "");

/** Cells of the row that are captions of the template (a merged caption counts once). */
function captionCount(grid: Grid, row: number, captions: Set<string>): number {
  return grid.filled(row).filter((c) => captions.has(bareCaption(grid.value(row, c)))).length;
}

function isNumber(v: unknown): boolean {
  return typeof v === "number" || (typeof v === "string" && /^[-+(]?[\d,.]+\)?$/.test(v.trim()));
}

/** A row such as "栏次 | | 1 | 2 | 3", or a bare run of column numbers 1, 2, 3 … */
function isColumnNumberRow(grid: Grid, row: number): boolean {
  const cols = grid.filled(row);
  if (cols.length === 0) return false;
  const values = cols.map((c) => grid.value(row, c));
  if (values.some((v) => normHeader(v) === COLUMN_NUMBER_CAPTION)) return true;
  const numbers = values.filter((v) => typeof v === "number") as number[];
  return (
    numbers.length === values.length &&
    numbers.length >= 2 &&
    numbers.every((n, i) => Number.isInteger(n) && (i === 0 ? n <= 2 : n === numbers[i - 1] + 1))
  );
}

type RowKind = "caption" | "numbers" | "covered" | "body";

function classify(grid: Grid, row: number, captions: Set<string>, top: number): RowKind {
  const cols = grid.filled(row);
  if (cols.length === 0) {
    // A row taken up by captions merged down from the rows above.
    for (let c = 0; c < grid.colCount; c++) {
      const area = grid.area(row, c);
      if (area && area.top >= top && area.top < row) return "covered";
    }
    return "body";
  }
  if (isColumnNumberRow(grid, row)) return "numbers";
  const values = cols.map((c) => grid.value(row, c));
  const coded = (v: unknown) => splitCode(v).code !== undefined && !LEADING_YEAR.test(normText(v));
  if (values.some((v) => isNumber(v) || coded(v))) return "body";
  const matched = values.map(bareCaption).filter((text) => captions.has(text));
  if (matched.length === 0) return "body";
  // A lone "合计" is the total line of an empty table, not the 合计 column's caption.
  if (matched.every((text) => TOTAL_LABELS.has(normLabel(text)))) return "body";
  return "caption";
}

/** The path of captions above each sheet column within the band (merged captions span their columns). */
export function sheetPaths(grid: Grid, top: number, bottom: number, width: number): string[][] {
  const paths: string[][] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    let lastArea: unknown;
    for (let r = top; r <= bottom; r++) {
      const area = grid.area(r, c);
      if (area && area === lastArea) continue;
      lastArea = area;
      const value = grid.shown(r, c);
      if (typeof value !== "string") continue;
      const text = normHeader(value);
      if (text && text !== COLUMN_NUMBER_CAPTION) path.push(text);
    }
    paths.push(path);
  }
  return paths;
}

/** Texts a sheet column's captions may spell its leaf as: the last caption, or the last few joined. */
function leafTexts(path: string[]): string[] {
  const texts: string[] = [];
  for (let i = path.length - 1; i >= 0; i--) texts.push(path.slice(i).join(""));
  return texts;
}

/** How many of the template's ancestor captions appear above the sheet column. */
function ancestorScore(template: string[], sheet: string[]): number {
  const above = sheet.slice(0, -1);
  return template.slice(0, -1).filter((label) => above.some((t) => captionMeans(label, t))).length;
}

/**
 * The template captions a sheet column's path stands for, as a set: the same leaf whichever way
 * round the groups are nested (三公 表 预算数 › 因公出国（境）费 or 因公出国（境）费 › 预算数).
 */
function meaningSet(path: string[], vocabulary: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const text of path) {
    const label = vocabulary.includes(text) ? text : vocabulary.find((v) => captionMeans(v, text));
    if (label && label !== OPTIONAL) set.add(label);
  }
  return set;
}

const sameSet = (a: Set<string>, b: Set<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

/** 类 / 款 / 项 captions side by side: the columns a split 科目编码 is typed in. */
function codePartsIn(paths: string[][]): number[] | undefined {
  for (let c = 0; c + 2 < paths.length; c++) {
    const leaves = [0, 1, 2].map((i) => paths[c + i][paths[c + i].length - 1]);
    if (leaves.every((leaf, i) => leaf === CODE_PART_CAPTIONS[i])) return [c, c + 1, c + 2];
  }
  return undefined;
}

/**
 * Finds the header band and maps each template leaf column to a sheet column. Leaves with the same
 * caption are told apart by their ancestors (预算数/决算数 → 合计), then by left-to-right order
 * (公开06表's two 公用经费 blocks under one merged caption).
 */
export function matchHeader(grid: Grid, layout: TableLayout): HeaderMatch | undefined {
  const captions = captionSet(layout);
  const limit = Math.min(grid.rowCount, HEADER_SEARCH_ROWS);
  let top = -1;
  for (let r = 0; r < limit && top < 0; r++) if (captionCount(grid, r, captions) >= 2) top = r;
  for (let r = 0; r < limit && top < 0; r++)
    if (captionCount(grid, r, captions) >= 1 && classify(grid, r, captions, r) === "caption")
      top = r;
  if (top < 0) return undefined;

  let bottom = top;
  for (let r = top + 1; r < grid.rowCount; r++) {
    const kind = classify(grid, r, captions, top);
    if (kind === "body") break;
    bottom = r;
  }

  const width = grid.colCount;
  const paths = sheetPaths(grid, top, bottom, width);
  const wanted = templatePaths(layout);
  const columnAt: (number | undefined)[] = wanted.map(() => undefined);
  const taken = new Set<number>();
  let lastTaken = -1;

  const assign = (leaf: number, candidates: number[], score: (col: number) => number) => {
    const free = candidates.filter((c) => !taken.has(c));
    if (free.length === 0) return;
    const best = Math.max(...free.map(score));
    const tied = free.filter((c) => score(c) === best);
    const col = tied.find((c) => c > lastTaken) ?? tied[0];
    columnAt[leaf] = col;
    taken.add(col);
    lastTaken = col;
  };

  // Pass 0: a nested caption whose captions, as a set, are the template's (groups in either order).
  const vocabulary = [...new Set(wanted.flat())];
  const meanings = paths.map((p) => meaningSet(p, vocabulary));
  wanted.forEach((path, leaf) => {
    if (path.length < 2) return;
    const want = meaningSet(path, vocabulary);
    const candidates = paths.flatMap((_, col) => (sameSet(meanings[col], want) ? [col] : []));
    assign(leaf, candidates, () => 0);
  });
  // Pass 1: the leaf caption itself.
  lastTaken = -1;
  wanted.forEach((path, leaf) => {
    if (columnAt[leaf] !== undefined) {
      lastTaken = columnAt[leaf] as number;
      return;
    }
    const label = path[path.length - 1];
    const candidates = paths.flatMap((p, col) =>
      leafTexts(p).some((text) => captionMeans(label, text)) ? [col] : []
    );
    assign(leaf, candidates, (col) => ancestorScore(path, paths[col]));
  });
  // Pass 2: a leaf the sheet does not split out, under its nearest group caption ("项目" over
  // 科目编码/科目名称 typed as one merged caption; "本年支出" without 小计).
  lastTaken = -1;
  wanted.forEach((path, leaf) => {
    if (columnAt[leaf] !== undefined) {
      lastTaken = columnAt[leaf] as number;
      return;
    }
    for (let up = path.length - 2; up >= 0; up--) {
      const label = path[up];
      const candidates = paths.flatMap((p, col) =>
        p.length && captionMeans(label, p[p.length - 1]) ? [col] : []
      );
      assign(leaf, candidates, (col) => ancestorScore(path.slice(0, up + 1), paths[col]));
      if (columnAt[leaf] !== undefined) break;
    }
  });
  const codeLeaf = layout.columns.find((c) => c.spec.kind === "code");
  const codeParts =
    codeLeaf && columnAt[codeLeaf.index] === undefined ? codePartsIn(paths) : undefined;
  return { top, bottom, columnAt, ...(codeParts ? { codeParts } : {}) };
}
