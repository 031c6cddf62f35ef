import type { Narrative } from "../core/narrative";

/* global document, setTimeout, URL */

/**
 * Saves the 情况说明 as a Word file. The docx library is loaded only now (a separate chunk), so the
 * pane opens without it.
 */
export async function downloadWord(narrative: Narrative, title: string): Promise<void> {
  const [{ Packer }, { narrativeDocument }] = await Promise.all([
    import(/* webpackChunkName: "docx" */ "docx"),
    import(/* webpackChunkName: "docx" */ "../export/docx"),
  ]);
  const blob = await Packer.toBlob(narrativeDocument(narrative, title));
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `${title}.docx`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
