import { UserError } from "../core/errors";
import { UNIT_TYPES, UnitType } from "../core/inputs/vocabulary";
import { findProfile, profileFor } from "../core/profiles";
import type { FormatProfile } from "../core/profiles/types";
import { hasCatalog, missingCatalogMessage } from "../core/subjects";

/* global Office, localStorage */

/** What the clerk sets once per workbook; 模板 and 填报 read it. */
export interface PaneSettings {
  department: string;
  year: number;
  /** 省份: with the year, picks the 公开表格式 unless one is chosen. */
  province: string;
  /** A 公开表格式 id; "" = the province's format for the year. */
  profile: string;
  units: { name: string; type: UnitType }[];
  /** 尾差调整 on: always; off: as 基础信息 says. */
  tailAdjust: boolean;
  /** How 填报 writes the tables. */
  mode: "formulas" | "values";
}

export const SETTINGS_KEY = "juesuan.settings";

export function defaultSettings(): PaneSettings {
  return {
    department: "",
    year: new Date().getFullYear() - 1,
    province: "江西",
    profile: "",
    units: [{ name: "", type: UNIT_TYPES[0] }],
    tailAdjust: false,
    mode: "formulas",
  };
}

/** The document's settings (saved inside the workbook), when the pane runs in Office. */
function documentSettings(): Office.Settings | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
  } catch {
    return undefined;
  }
}

/** Fills in whatever a stored value lacks or has wrong, so old or hand-edited settings still load. */
export function normalizeSettings(stored: unknown): PaneSettings {
  const base = defaultSettings();
  if (!stored || typeof stored !== "object") return base;
  const s = stored as Partial<Record<keyof PaneSettings, unknown>>;
  const units = Array.isArray(s.units)
    ? s.units.flatMap((u) => {
        if (!u || typeof u !== "object") return [];
        const { name, type } = u as { name?: unknown; type?: unknown };
        return [
          {
            name: typeof name === "string" ? name : "",
            type: (UNIT_TYPES as readonly unknown[]).includes(type)
              ? (type as UnitType)
              : UNIT_TYPES[0],
          },
        ];
      })
    : base.units;
  return {
    department: typeof s.department === "string" ? s.department : base.department,
    year: Number.isInteger(s.year) ? (s.year as number) : base.year,
    units: units.length ? units : base.units,
    province: typeof s.province === "string" && s.province ? s.province : base.province,
    profile: typeof s.profile === "string" && findProfile(s.profile) ? s.profile : "",
    tailAdjust: s.tailAdjust === true,
    mode: s.mode === "values" ? "values" : "formulas",
  };
}

/** Where the settings go: into the workbook in Office, else this browser's local storage. */
export function settingsInWorkbook(): boolean {
  return documentSettings() !== undefined;
}

export function loadSettings(): PaneSettings {
  const doc = documentSettings();
  try {
    if (doc) return normalizeSettings(doc.get(SETTINGS_KEY));
    const text = typeof localStorage !== "undefined" ? localStorage.getItem(SETTINGS_KEY) : null;
    return normalizeSettings(text ? JSON.parse(text) : undefined);
  } catch {
    return defaultSettings();
  }
}

/** Saves into the workbook (Office document settings), else into the browser's local storage. */
export function saveSettings(settings: PaneSettings): Promise<void> {
  const doc = documentSettings();
  if (!doc) {
    if (typeof localStorage !== "undefined")
      localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return Promise.resolve();
  }
  doc.set(SETTINGS_KEY, settings);
  return new Promise((resolve, reject) =>
    doc.saveAsync((result) =>
      // "failed" is Office.AsyncResultStatus.Failed (compared as text: no enum lookup needed)
      String(result.status) === "failed"
        ? reject(new Error(result.error?.message ?? "设置未能保存"))
        : resolve()
    )
  );
}

/** The 公开表格式 the settings pick (as `juesuan init --profile` / `--province --year`), or why none. */
export function chosenProfile(settings: PaneSettings): FormatProfile | string {
  const chosen = settings.profile ? findProfile(settings.profile) : undefined;
  if (chosen) {
    const { from, to } = chosen.years;
    return settings.year >= from && settings.year <= to
      ? chosen
      : `公开表格式“${chosen.name}”适用于${from}—${to}年度，与年度${settings.year}不符`;
  }
  try {
    return profileFor(settings.province, settings.year);
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
}

/** Why the settings are not enough to insert the templates, or undefined. */
export function settingsProblem(settings: PaneSettings): string | undefined {
  if (!settings.department.trim()) return "请先在“设置”中填写部门名称";
  if (!Number.isInteger(settings.year) || settings.year < 2000 || settings.year > 2100)
    return "请在“设置”中填写正确的年度（如 2021）";
  // As `juesuan init`: the format for the province and year first, then that year's catalog.
  const profile = chosenProfile(settings);
  if (typeof profile === "string") return profile;
  if (!hasCatalog(settings.year)) return missingCatalogMessage(settings.year);
  if (!settings.units.some((u) => u.name.trim())) return "请在“设置”中至少填写一个单位名称";
  const names = settings.units.map((u) => u.name.trim()).filter(Boolean);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) return `单位「${twice}」填写了两次`;
  return undefined;
}
