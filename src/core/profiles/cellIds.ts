import { INPUT_SHEETS } from "../inputs/sheets";
import { moneyItemNames } from "../inputs/supplementaryItems";
import { RECORD_KINDS } from "../inputs/vocabulary";
import { catalogsFor } from "../subjects";
import { sharedLayout } from "../templates/layout";
import type { Profile } from "../templates/types";

/**
 * Which cell ids a profile defines. Fixed lines have one id each; subject lines (公开05表's 项, 公开06表's
 * 款, 公开01表's 类) exist per code, so they are known by shape: "T05[*].合计" stands for every code.
 * Besides table cells, rules may read the input sheets' totals ("收支明细.支出") and the 补充信息
 * amounts ("补充信息.机关运行经费支出").
 */
export interface CellIdIndex {
  has(id: string): boolean;
}

/** "T05[2010301].合计" and "T05[{code}].合计" → "T05[*].合计". */
export const cellIdShape = (id: string) => id.replace(/\[[^\]]*\]/, "[*]");

/** A 项-level code whose ancestors give a region table its 类, 款 and 项 lines, for the shapes. */
export const PROBE_CODE = "2010101";

const indexes = new WeakMap<Profile, CellIdIndex>();

export function cellIdIndex(profile: Profile & { vocabulary?: VocabularyLike }): CellIdIndex {
  const cached = indexes.get(profile);
  if (cached) return cached;
  const catalogs = catalogsFor(profile.year);
  const shapes = new Set<string>();
  for (const table of profile.tables) {
    for (const cell of sharedLayout(table, catalogs, [PROBE_CODE]).amounts)
      shapes.add(cellIdShape(cell.id));
  }
  const extras = new Set<string>([
    // As tables/ledgerTotals.ts and tables/supplementaryCells.ts name them.
    ...RECORD_KINDS.map((kind) => `${INPUT_SHEETS.ledger}.${kind}`),
    ...[...moneyItemNames(profile.vocabulary?.supplementary ?? [])].map(
      (name) => `${INPUT_SHEETS.supplementary}.${name}`
    ),
  ]);
  const index: CellIdIndex = { has: (id) => extras.has(id) || shapes.has(cellIdShape(id)) };
  indexes.set(profile, index);
  return index;
}

interface VocabularyLike {
  supplementary: readonly { name: string; unit: string }[];
}

/** An id the profile does not define is a bug in a definition: never read it as 0. */
export function requireKnownCell(
  profile: Profile & { vocabulary?: VocabularyLike },
  id: string,
  where: string
): void {
  if (!cellIdIndex(profile).has(id))
    throw new Error(`${where}引用了公开表格式「${profile.id}」中不存在的单元格：${id}`);
}
