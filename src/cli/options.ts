import { UserError } from "../core/errors";
import { UNIT_TYPES, UnitType } from "../core/inputs/vocabulary";
import { DEFAULT_PROFILE, PROFILES, findProfile } from "../core/templates/profiles";
import type { Profile } from "../core/templates/types";

export function parseYear(text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text.trim()) || year < 2000 || year > 2100) {
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

export function resolveProfile(id: string | undefined): Profile {
  const profile = findProfile(id ?? DEFAULT_PROFILE);
  if (!profile) {
    throw new UserError(`未知的公开表格式「${id}」，可用：${Object.keys(PROFILES).join("、")}`);
  }
  return profile;
}
