import { BASICS_FIELDS, INPUT_SHEETS } from "../inputs/sheets";
import { captionKey, cellText } from "../inputs/table";
import { DEFAULT_PROFILE, PROFILES, findProfile, profileFor, requireProfile } from "../profiles";
import type { FormatProfile } from "../profiles/types";
import { tablesPresent } from "../tables/locate";
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
  const year = Number(field(BASICS_FIELDS.year).replace(/年$/, ""));
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

/** The format whose tables (by 表号 or title) the workbook holds the largest share of; ties go to the default. */
export function bestFittingProfile(read: WorkbookRead): FormatProfile {
  const sheets = read.sheets.filter((s) => s.name !== META_SHEET);
  const share = (p: FormatProfile) => tablesPresent(p.tables, sheets) / p.tables.length;
  let best = findProfile(DEFAULT_PROFILE) as FormatProfile;
  let bestShare = share(best);
  for (const profile of PROFILES) {
    const s = share(profile);
    if (s > bestShare) [best, bestShare] = [profile, s];
  }
  return best;
}
