import { OverwriteConflict } from "../errors";
import { META_SHEET, fingerprintSnapshot, readMetaSheet } from "../workbook/meta";
import type { WorkbookMeta } from "../workbook/meta";
import type { WorkbookRead } from "../workbook";

/**
 * Which of the sheets we are about to generate may be replaced without asking: those that do not
 * exist yet, and those we generated before and nobody has edited since.
 */
export function checkOverwrite(
  read: WorkbookRead,
  targets: readonly string[],
  confirmed: boolean
): WorkbookMeta | undefined {
  const meta = readMetaSheet(read.sheets.find((s) => s.name === META_SHEET));
  if (confirmed) return meta;
  const conflicts: string[] = [];
  const details: string[] = [];
  for (const name of targets) {
    if (!read.sheetNames.includes(name)) continue;
    const generated = meta?.generated.find((g) => g.name === name);
    if (!generated) {
      conflicts.push(name);
      details.push(`「${name}」已存在，但不是本工具生成的工作表`);
      continue;
    }
    const snapshot = read.sheets.find((s) => s.name === name);
    if (snapshot && fingerprintSnapshot(snapshot) !== generated.fingerprint) {
      conflicts.push(name);
      details.push(`「${name}」在上次生成后被手工修改过，重新生成会丢失这些修改`);
    }
  }
  if (conflicts.length) throw new OverwriteConflict(conflicts, details);
  return meta;
}
