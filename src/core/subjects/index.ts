import economic2021 from "./data/economic-2021.json";
import functional2021 from "./data/functional-2021.json";
import { CatalogData, SubjectCatalog } from "./catalog";

export * from "./catalog";

export interface Catalogs {
  functional: SubjectCatalog;
  economic: SubjectCatalog;
  /** Set when the reporting year has no catalog of its own and a nearby one is used. */
  note?: string;
}

const SHIPPED: Record<number, { functional: CatalogData; economic: CatalogData }> = {
  2021: { functional: functional2021 as CatalogData, economic: economic2021 as CatalogData },
};

const cache = new Map<number, Catalogs>();

/**
 * The catalogs for a reporting year; the nearest shipped year stands in for a missing one. Catalogs
 * are immutable (extend() returns a new one), so one instance per year is shared.
 */
export function catalogsFor(year: number): Catalogs {
  const cached = cache.get(year);
  if (cached) return cached;
  const catalogs = buildCatalogs(year);
  cache.set(year, catalogs);
  return catalogs;
}

function buildCatalogs(year: number): Catalogs {
  const years = Object.keys(SHIPPED).map(Number);
  const nearest = years.reduce(
    (best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best),
    years[0]
  );
  const data = SHIPPED[nearest];
  return {
    functional: SubjectCatalog.fromData(data.functional),
    economic: SubjectCatalog.fromData(data.economic),
    note:
      nearest === year
        ? undefined
        : `未内置${year}年的科目表，使用${nearest}年科目表；新增或更名的科目请在「科目补充」表中填写`,
  };
}
