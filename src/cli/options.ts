import { UserError } from "../core/errors";
import { fiscalYearOf } from "../core/inputs/table";
import { UNIT_TYPES, UnitType } from "../core/inputs/vocabulary";
import { profileFor, requireProfile } from "../core/profiles";
import type { FormatProfile } from "../core/profiles/types";

export function parseYear(text: string): number {
  const year = fiscalYearOf(text);
  if (year === undefined || year < 2000 || year > 2100) {
    throw new UserError(`年度「${text}」无效：应为四位数字的年份，如 2021`);
  }
  return year;
}

export function parseDepartment(text: string | undefined): string {
  const name = (text ?? "").trim();
  if (!name)
    throw new UserError("缺少部门名称：请用 --dept 指定，如 --dept 景德镇市陶瓷产业发展局");
  return name;
}

/** "局本级" or "局本级:行政单位". */
export function parseUnit(text: string): { name: string; type?: UnitType } {
  const [name, type] = text.split(/[:：]/).map((s) => s.trim());
  if (!name) throw new UserError(`单位「${text}」缺少单位名称`);
  if (type && !(UNIT_TYPES as readonly string[]).includes(type)) {
    throw new UserError(`单位「${name}」的单位性质「${type}」无效，应为：${UNIT_TYPES.join("、")}`);
  }
  return { name, type: type as UnitType | undefined };
}

/**
 * --profile ID, or --province (江西 when omitted: the one province the first releases knew) and the
 * year: the format covering that year. A format that does not cover the year is an error, never a
 * silent fallback to another year's tables.
 */
export function resolveProfile(
  args: { profile?: string; province?: string },
  year: number
): FormatProfile {
  if (args.profile) {
    const profile = requireProfile(args.profile);
    if (args.province && args.province.replace(/省$/, "") !== profile.province)
      throw new UserError(
        `公开表格式「${profile.id}」是${profile.province}的格式，与 --province ${args.province} 不符`
      );
    if (year < profile.years.from || year > profile.years.to)
      throw new UserError(
        `公开表格式「${profile.id}」适用于${profile.years.from}—${profile.years.to}年度，不适用于${year}年度；可用 juesuan profiles 查看各格式的适用年度`
      );
    return profile;
  }
  return profileFor(args.province ?? "江西", year);
}
