/* global Excel, Office */

/**
 * The few Office.js calls the pane makes itself; everything that reads or writes the workbook goes
 * through OfficeWorkbookPort (src/excel/port.ts).
 */

/** Splits "公开01表!C8" into sheet and address (sheet names may contain "!" only before the last). */
export function splitCell(label: string): { sheet: string; address: string } | undefined {
  const at = label.lastIndexOf("!");
  if (at <= 0 || at === label.length - 1) return undefined;
  return { sheet: label.slice(0, at).replace(/^'(.*)'$/, "$1"), address: label.slice(at + 1) };
}

/** The cells of a finding that lie on the sheet of its first cell. */
export function selectionOf(
  cells: readonly string[]
): { sheet: string; addresses: string[] } | undefined {
  const parsed = cells.map(splitCell).filter((c) => c !== undefined);
  if (!parsed.length) return undefined;
  const sheet = parsed[0].sheet;
  const addresses = [...new Set(parsed.filter((c) => c.sheet === sheet).map((c) => c.address))];
  return { sheet, addresses };
}

function supports(version: string): boolean {
  try {
    return Boolean(Office.context?.requirements?.isSetSupported("ExcelApi", version));
  } catch {
    return false;
  }
}

/**
 * Shows cells in Excel: the sheet of the first cell, with all the listed cells of that sheet selected
 * (several areas need ExcelApi 1.9; older versions select the first cell). One round trip.
 */
export async function selectCells(cells: readonly string[]): Promise<void> {
  const target = selectionOf(cells);
  if (!target) return;
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(target.sheet);
    ws.activate();
    if (target.addresses.length > 1 && supports("1.9"))
      ws.getRanges(target.addresses.join(", ")).select();
    else ws.getRange(target.addresses[0]).select();
    await context.sync();
  });
}
