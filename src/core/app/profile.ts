import { BASICS_FIELDS, INPUT_SHEETS } from "../inputs/sheets";
import { captionKey, cellText } from "../inputs/table";
import { DEFAULT_PROFILE, PROFILES, findProfile, profileFor, requireProfile } from "../profiles";
import type { FormatProfile } from "../profiles/types";
import type { WorkbookRead } from "../workbook";
import { META_SHEET, readMetaSheet } from "../workbook/meta";

/** The sheets to read to know a workbook's format and find any format's tables under their names. */
export const PROFILE_SHEETS = [
  META_SHEET,
  INPUT_SHEETS.basics,
  ...new Set(PROFILES.flatMap((p) => p.tables.map((t) => t.code))),
];

/**
 * The format a workbook was made in: as recorded when we generated it, else as its 基础信息 names it
 * (公开表格式, or 省份 and 决算年度); a workbook with neither (a reviewer's copy of the tables) is read
 * in the default format. A named format we do not have is the user's error, never a silent fallback.
 */
export function workbookProfile(read: WorkbookRead): FormatProfile {
  const meta = readMetaSheet(read.sheets.find((s) => s.name === META_SHEET));
  if (meta?.profile) return requireProfile(meta.profile, "工作簿记录的");
  const basics = read.sheets.find((s) => s.name === INPUT_SHEETS.basics);
  const field = (caption: string) =>
    cellText(
      basics?.values.find((row) => captionKey(row?.[0]) === captionKey(caption))?.[1] ?? null
    );
  const id = field(BASICS_FIELDS.profile);
  if (id) return requireProfile(id, `“${INPUT_SHEETS.basics}”中`);
  const province = field(BASICS_FIELDS.province);
  const year = Number(field(BASICS_FIELDS.year).replace(/年$/, ""));
  if (province && year) return profileFor(province, year);
  return findProfile(DEFAULT_PROFILE) as FormatProfile;
}
