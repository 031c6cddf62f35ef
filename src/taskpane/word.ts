import type { Narrative } from "../core/narrative";

/* global document, navigator, Office, setTimeout, URL */

/**
 * Why this host cannot save a file from the task pane, or undefined where it can. Excel on Mac runs
 * the pane in a WKWebView that ignores downloads (`<a download>` on a blob URL does nothing there;
 * OfficeDev/office-js#2700, closed "by design"); Excel on iPad likewise.
 */
export function fileSaveBlocked(): string | undefined {
  let platform: string | undefined;
  try {
    platform = typeof Office === "undefined" ? undefined : String(Office.context?.platform ?? "");
  } catch {
    platform = undefined;
  }
  if (platform === "Mac" || platform === "iOS")
    return `${platform === "Mac" ? "Mac" : "iPad"} 版 Excel 的任务窗格不能保存文件，“下载 Word”在这里无法生成 .docx。`;
  return undefined;
}

/**
 * Saves the 情况说明 as a Word file. The docx library is loaded only now (a separate chunk), so the
 * pane opens without it. Callers check `fileSaveBlocked()` first.
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

/** The 情况说明 as plain text: title, then one paragraph a line (what a clerk pastes into Word). */
export function narrativeText(narrative: Narrative, title: string): string {
  return [title, ...narrative.paragraphs.map((p) => p.text)].join("\n");
}

/**
 * Copies text to the clipboard (on a click): the asynchronous Clipboard API where the web view has
 * it, else a selected text area and the copy command. False if neither worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // refused (no permission, not a secure context): try the older way
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
