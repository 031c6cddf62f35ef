import { BASICS_FIELDS, INPUT_SHEETS } from "../inputs/sheets";
import { captionKey, cellText, fiscalYearOf } from "../inputs/table";
import { DEFAULT_PROFILE, PROFILES, findProfile, profileFor, requireProfile } from "../profiles";
import type { FormatProfile } from "../profiles/types";
import { type Located, locateTables } from "../tables/locate";
import type { WorkbookRead } from "../workbook";
import { META_SHEET, readMetaSheet } from "../workbook/meta";

/** The sheets to read to know a workbook's format and find any format's tables under their names. */
export const PROFILE_SHEETS = [
  META_SHEET,
  INPUT_SHEETS.basics,
  ...new Set(PROFILES.flatMap((p) => p.tables.map((t) => t.code))),
];

/**
 * The format to read a workbook in: the user's choice (`--profile`); else the one recorded when we
 * generated it; else as its 基础信息 names it (公开表格式, or 省份 and 决算年度); a workbook with none of
 * these (a reviewer's copy of the tables) in the format whose tables it holds most of. A named format we
 * do not have is the user's error, never a silent fallback.
 */
export function workbookProfile(read: WorkbookRead, chosen?: string): FormatProfile {
  if (chosen) return requireProfile(chosen, "--profile 指定了");
  const meta = readMetaSheet(read.sheets.find((s) => s.name === META_SHEET));
  if (meta?.profile) return requireProfile(meta.profile, "工作簿记录的");
  const field = (caption: string) => basicsField(read, caption);
  const id = field(BASICS_FIELDS.profile);
  if (id) return requireProfile(id, `“${INPUT_SHEETS.basics}”中`);
  const province = field(BASICS_FIELDS.province);
  const year = fiscalYearOf(field(BASICS_FIELDS.year));
  if (province && year) return profileFor(province, year);
  return bestFittingProfile(read);
}

/** A field of the “基础信息” sheet (caption in column A, value in B) as text; "" when absent. */
export function basicsField(read: WorkbookRead, caption: string): string {
  const basics = read.sheets.find((s) => s.name === INPUT_SHEETS.basics);
  return cellText(
    basics?.values.find((row) => captionKey(row?.[0]) === captionKey(caption))?.[1] ?? null
  );
}

/** Title, header and one line: fewer rows cannot be a table. */
const MIN_TABLE_ROWS = 3;

/**
 * The format that explains the workbook best: the most of its tables found; then the most found by
 * the template's own 表号 or title (not a looser wording); then, once two or more tables are found, the
 * largest share of the format's table set. A lone table says nothing about the set it came from (a
 * 三公 table alone is 1/9 of 上海's set and 1/10 of 江西's), so it goes to the default on a tie.
 */
export function bestFittingProfile(read: WorkbookRead): FormatProfile {
  const sheets = read.sheets.filter((s) => s.name !== META_SHEET);
  const fit = (profile: FormatProfile): number[] => {
    // A 表号 naming one of the format's tables printed beside a title naming another splits the sheet
    // into a window of a row or two and the rest: the short window is no table found. One place
    // claimed by two tables is one table found, and no evidence for that format.
    const byPlace = new Map<string, Located[]>();
    for (const located of locateTables(profile.tables, sheets).values()) {
      if (located.grid.rowCount < MIN_TABLE_ROWS) continue;
      const place = `${located.grid.name}\u0000${located.grid.offset}`;
      byPlace.set(place, [...(byPlace.get(place) ?? []), located]);
    }
    const places = [...byPlace.values()];
    const exact = places.filter(
      (claims) =>
        claims.length === 1 && claims[0].how !== "variant" && claims[0].how !== "sheetName"
    ).length;
    const share = places.length >= 2 ? places.length / profile.tables.length : 0;
    return [places.length, exact, share];
  };
  const better = (a: number[], b: number[]) => {
    const differing = a.findIndex((x, i) => x !== b[i]);
    return differing >= 0 && a[differing] > b[differing];
  };
  let best = findProfile(DEFAULT_PROFILE) as FormatProfile;
  let bestFit = fit(best);
  for (const profile of PROFILES) {
    const candidate = fit(profile);
    if (better(candidate, bestFit)) [best, bestFit] = [profile, candidate];
  }
  return best;
}
