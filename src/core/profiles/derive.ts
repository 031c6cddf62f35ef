import type { TableTemplate } from "../templates/types";
import type { FormatProfile, NarrativeSection } from "./types";

/** How a format differs from the one it builds on; everything not named is the base's. */
type Required = "id" | "name" | "years" | "references";

export interface ProfileChanges
  extends
    Partial<Omit<FormatProfile, "tables" | "narrative" | Required>>,
    Pick<FormatProfile, Required> {
  tables?: {
    /** Table ids in the new order; tables not listed are dropped. */
    order?: readonly string[];
    /** Title, note, 空表 wording … per table id. */
    change?: Readonly<Record<string, Partial<Omit<TableTemplate, "id">>>>;
    /** 表号 from the position: 1 → "公开01表". Omit to keep the base's codes. */
    code?: (position: number) => string;
  };
  narrative?: {
    heading?: FormatProfile["narrative"]["heading"];
    /** Sections replaced by key (title and sentences). */
    replace?: Readonly<Record<string, NarrativeSection>>;
    /** Section keys in the new order; sections not listed are dropped. */
    order?: readonly string[];
  };
}

/**
 * What names a format filed for one year: id, name and province, that year both as the years it
 * covers and as its subject catalog's, amounts in 万元.
 */
export const oneYearFormat = (
  id: string,
  name: string,
  province: string,
  year: number
): Pick<FormatProfile, "id" | "name" | "province" | "years" | "year" | "unitLabel"> => ({
  id,
  name,
  province,
  years: { from: year, to: year },
  year,
  unitLabel: "万元",
});

/**
 * A format built on another by data (江西 since 2022 on 江西 2021): tables reordered, renumbered and
 * retitled, narrative sections replaced or reordered. Table ids stay, so every fill, rule and
 * sentence definition of the base keeps naming the same cells.
 */
export function deriveProfile(base: FormatProfile, changes: ProfileChanges): FormatProfile {
  const { tables: tableChanges, narrative: narrativeChanges, ...fields } = changes;
  const byId = new Map(base.tables.map((t) => [t.id, t]));
  const order = tableChanges?.order ?? base.tables.map((t) => t.id);
  const tables = order.map((id, i): TableTemplate => {
    const table = byId.get(id);
    if (!table) throw new Error(`${changes.id}：基础格式「${base.id}」中没有表 ${id}`);
    const code = tableChanges?.code?.(i + 1) ?? table.code;
    return { ...table, code, ...tableChanges?.change?.[id] };
  });
  const sectionsByKey = new Map(base.narrative.sections.map((s) => [s.key, s]));
  for (const [key, section] of Object.entries(narrativeChanges?.replace ?? {})) {
    if (!sectionsByKey.has(key))
      throw new Error(`${changes.id}：基础格式「${base.id}」的情况说明中没有“${key}”一节`);
    sectionsByKey.set(key, section);
  }
  const sectionOrder = narrativeChanges?.order ?? base.narrative.sections.map((s) => s.key);
  const sections = sectionOrder.map((key) => {
    const section = sectionsByKey.get(key);
    if (!section) throw new Error(`${changes.id}：情况说明中没有“${key}”一节`);
    return section;
  });
  return {
    ...base,
    sample: undefined,
    sampleYear: undefined,
    ...fields,
    tables,
    narrative: {
      ...base.narrative,
      heading: narrativeChanges?.heading ?? base.narrative.heading,
      sections,
    },
  };
}

/** "公开01表" … "公开10表". */
export const publicTableCode = (position: number) => `公开${String(position).padStart(2, "0")}表`;
