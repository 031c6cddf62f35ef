import { CATALOG_LABEL, CatalogData, CatalogKind, levelOf, parentCode } from "./catalog";

/**
 * One documented change between a year's catalog and the previous year's.
 * - add: the code was created that year;
 * - attest: a public document shows the code in use that year, but when it was created is not
 *   known (it may be older and merely missing from the base list);
 * - rename: `from` is the previous name;
 * - remove: the code was abolished that year.
 */
export interface CatalogChange {
  op: "add" | "attest" | "rename" | "remove";
  code: string;
  name: string;
  from?: string;
  /** The document and the passage the change rests on. */
  source: string;
  url?: string;
}

export interface CatalogYearChanges {
  /** Becomes the year's CatalogData.source: the document, and what could not be confirmed. */
  source: string;
  changes: CatalogChange[];
}

export interface YearChanges {
  year: number;
  document: string;
  functional: CatalogYearChanges;
  economic: CatalogYearChanges;
}

export interface ChangeLog {
  baseYear: number;
  years: YearChanges[];
}

/** The years a base catalog and its change log cover, ascending. */
export function coveredYears(log: ChangeLog): number[] {
  return [log.baseYear, ...log.years.map((y) => y.year)];
}

/**
 * The catalog of `year`: the base year's entries with every later year's changes applied in order.
 * A change that does not fit (adding a code that exists, renaming one that does not, a parent
 * missing) is a bug in the data and throws.
 */
export function catalogForYear(base: CatalogData, log: ChangeLog, year: number): CatalogData {
  if (year === log.baseYear) return base;
  const kind = base.catalog;
  const entries = new Map(base.entries);
  let source = base.source;
  for (const step of log.years) {
    if (step.year > year) break;
    for (const change of step[kind].changes) applyChange(kind, step.year, entries, change);
    for (const code of entries.keys()) {
      const parent = parentCode(kind, code);
      if (parent && !entries.has(parent))
        throw new Error(
          `${step.year}年${CATALOG_LABEL[kind]}目录中「${code}」缺少上级「${parent}」`
        );
    }
    source = step[kind].source;
  }
  return { catalog: kind, year, source, entries: [...entries] };
}

function applyChange(
  kind: CatalogKind,
  year: number,
  entries: Map<string, string>,
  change: CatalogChange
): void {
  const where = `${year}年${CATALOG_LABEL[kind]}变化「${change.op} ${change.code}」`;
  if (!levelOf(kind, change.code)) throw new Error(`${where}：编码位数不对`);
  const existing = entries.get(change.code);
  switch (change.op) {
    case "add":
    case "attest":
      if (existing !== undefined) throw new Error(`${where}：上一年已有此编码「${existing}」`);
      entries.set(change.code, change.name);
      return;
    case "rename":
    case "remove": {
      const previous = change.op === "rename" ? change.from : change.name;
      if (existing !== previous)
        throw new Error(`${where}：上一年名称为「${existing ?? "（无）"}」，不是「${previous}」`);
      if (change.op === "rename") entries.set(change.code, change.name);
      else entries.delete(change.code);
      return;
    }
  }
}
