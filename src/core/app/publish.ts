import { isVisibleGap } from "../rules/visible";
import { publishedDocument, PublishedDocument } from "../publish/document";
import type { WorkbookPort } from "../workbook";
import { checkTables } from "./checkTables";
import { narrateWorkbook, NarrateResult } from "./narrate";

export interface PublishFromWorkbook {
  /** Force the 尾差 note on or off; by default it is added when printed figures do not add up. */
  tailNote?: boolean;
}

export interface PublishResult {
  doc: PublishedDocument;
  narrated: NarrateResult;
  /** Visible 尾差 (printed two decimals that do not add up). */
  gaps: number;
}

/**
 * The published document's data from a workbook (CLI `juesuan publish` and the pane's 下载公开文档):
 * the narrate read, the visible gaps that decide the 尾差 note, the document model.
 */
export async function publishWorkbook(
  port: WorkbookPort,
  options: PublishFromWorkbook = {}
): Promise<PublishResult> {
  const narrated = await narrateWorkbook(port);
  const gaps = checkTables(narrated.tables, narrated.profile).findings.filter(isVisibleGap).length;
  const doc = publishedDocument(
    narrated.profile,
    narrated.tables,
    narrated.data,
    narrated.context,
    narrated.narrative,
    { tailNote: options.tailNote ?? gaps > 0 }
  );
  return { doc, narrated, gaps };
}
