import changeLog from "./data/changes.json";
import economic2021 from "./data/economic-2021.json";
import functional2021 from "./data/functional-2021.json";
import { UserError } from "../errors";
import { CatalogData, SubjectCatalog } from "./catalog";
import { ChangeLog, catalogForYear, coveredYears } from "./history";

export * from "./catalog";
export type { CatalogChange, ChangeLog } from "./history";

export interface Catalogs {
  functional: SubjectCatalog;
  economic: SubjectCatalog;
}

/** 2021 is shipped whole; later years are that list plus the documented changes of each year. */
const BASE = {
  functional: functional2021 as CatalogData,
  economic: economic2021 as CatalogData,
};
export const CATALOG_CHANGES = changeLog as ChangeLog;

/** The reporting years with a shipped catalog, ascending. */
export const CATALOG_YEARS: readonly number[] = coveredYears(CATALOG_CHANGES);

export function hasCatalog(year: number): boolean {
  return CATALOG_YEARS.includes(year);
}

/** Why a year cannot be used, and what can. */
export function missingCatalogMessage(year: number): string {
  const first = CATALOG_YEARS[0];
  const last = CATALOG_YEARS[CATALOG_YEARS.length - 1];
  const contiguous = last - first + 1 === CATALOG_YEARS.length;
  const available = contiguous ? `${first}—${last}` : CATALOG_YEARS.join("、");
  return `没有 ${year} 年度的科目目录，可用：${available} 年度。请核对决算年度；当年新增或更名的科目可在“科目补充”表中填写。`;
}

/** The catalog data of a shipped year, with its source (for docs and tests). */
export function catalogData(kind: keyof typeof BASE, year: number): CatalogData {
  if (!hasCatalog(year)) throw new UserError(missingCatalogMessage(year));
  return catalogForYear(BASE[kind], CATALOG_CHANGES, year);
}

const cache = new Map<number, Catalogs>();

/**
 * The catalogs for a reporting year; a year without one is a UserError naming the years there are.
 * Catalogs are immutable (extend() returns a new one), so one instance per year is shared.
 */
export function catalogsFor(year: number): Catalogs {
  const cached = cache.get(year);
  if (cached) return cached;
  const catalogs = {
    functional: SubjectCatalog.fromData(catalogData("functional", year)),
    economic: SubjectCatalog.fromData(catalogData("economic", year)),
  };
  cache.set(year, catalogs);
  return catalogs;
}
