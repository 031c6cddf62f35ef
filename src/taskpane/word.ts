import type { Narrative } from "../core/narrative";
import type { PublishedDocument } from "../core/publish/document";

/* global Blob, document, Image, navigator, Office, setTimeout, URL */

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
    return `${platform === "Mac" ? "Mac" : "iPad"} 版 Excel 的任务窗格不能保存文件，“下载 Word”“下载公开文档”在这里无法生成 .docx。`;
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
  saveBlob(await Packer.toBlob(narrativeDocument(narrative, title)), `${title}.docx`);
}

/**
 * Saves the whole published document (目录, four parts, tables, charts) as a Word file, as
 * `juesuan publish` writes it: the same document model and Word writer; the charts are the same SVG,
 * rasterized by the browser's canvas (resvg is a native Node module and cannot run here).
 */
export async function downloadPublished(doc: PublishedDocument): Promise<void> {
  const [{ Packer }, { chartImages, publishedWordDocument }] = await Promise.all([
    import(/* webpackChunkName: "docx" */ "docx"),
    import(/* webpackChunkName: "docx" */ "../export/publish"),
  ]);
  const images = await chartImages(doc.charts, svgToPngInBrowser);
  saveBlob(await Packer.toBlob(publishedWordDocument(doc, { images })), `${doc.title}.docx`);
}

/** An SVG drawn on a canvas and read back as PNG bytes. No network: the SVG is a data URL. */
export async function svgToPngInBrowser(
  svg: string,
  width: number,
  height: number
): Promise<Uint8Array> {
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("浏览器不能绘制图表（canvas 不可用）");
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("浏览器不能生成图表图片");
  return new Uint8Array(await blob.arrayBuffer());
}

/** Offers a file for download (Windows and Excel on the web; see fileSaveBlocked for Mac). */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
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
