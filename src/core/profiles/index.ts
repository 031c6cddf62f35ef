import { UserError } from "../errors";
import { moneyItemNames } from "../inputs/supplementaryItems";
import { jiangxi2021 } from "./jiangxi-2021";
import { jiangxi2024 } from "./jiangxi-2024";
import { shanghai2024 } from "./shanghai-2024";
import type { FormatProfile } from "./types";

export type { FormatProfile } from "./types";

/** Every shipped format, the one registry: a profile is found here by id or by province and year. */
export const PROFILES: readonly FormatProfile[] = [jiangxi2021, jiangxi2024, shanghai2024];

/** Used when a workbook names no format (workbooks made before formats could be chosen). */
export const DEFAULT_PROFILE = jiangxi2021.id;

export function findProfile(id: string): FormatProfile | undefined {
  return PROFILES.find((p) => p.id === id);
}

/** "jiangxi-2021（江西 2021年）、…", for messages. */
export function availableProfiles(): string {
  return PROFILES.map((p) => `${p.id}（${p.province} ${yearsText(p)}）`).join("、");
}

export function yearsText(p: FormatProfile): string {
  return p.years.from === p.years.to ? `${p.years.from}年` : `${p.years.from}—${p.years.to}年`;
}

/** The profile by id; an unknown id is the user's mistake, named with the ones available. */
export function requireProfile(id: string, where = ""): FormatProfile {
  const profile = findProfile(id.trim());
  if (!profile)
    throw new UserError(`${where}未知的公开表格式「${id}」；可用的格式：${availableProfiles()}`);
  return profile;
}

/** The province's format for a 决算 year; never a silent fallback to another year or province. */
export function profileFor(province: string, year: number): FormatProfile {
  const wanted = province.trim().replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, "");
  const profile = PROFILES.find(
    (p) => p.province === wanted && p.years.from <= year && year <= p.years.to
  );
  if (!profile)
    throw new UserError(
      `没有${province}${year}年度的公开表格式；可用的格式：${availableProfiles()}（可用 juesuan profiles 查看）`
    );
  return profile;
}

/** `juesuan profiles --json`. */
export interface ProfileSummary {
  id: string;
  name: string;
  province: string;
  years: number[];
  tables: { code: string; title: string }[];
}

export function profileSummaries(): ProfileSummary[] {
  return PROFILES.map((p) => ({
    id: p.id,
    name: p.name,
    province: p.province,
    years: Array.from({ length: p.years.to - p.years.from + 1 }, (_, i) => p.years.from + i),
    tables: p.tables.map((t) => ({ code: t.code, title: t.title })),
  }));
}

/** 补充信息 items any format keeps in 元 (shown in 万元), for readers that see no format. */
export const MONEY_ITEM_NAMES: ReadonlySet<string> = moneyItemNames(
  PROFILES.flatMap((p) => p.vocabulary.supplementary)
);
