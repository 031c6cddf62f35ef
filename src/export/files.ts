import { Packer } from "docx";
import { promises as fs } from "fs";
import * as path from "path";
import type { Narrative } from "../core/narrative";
import { UserError } from "../core/errors";
import { describeFsError } from "../xlsx/file";
import { narrativeDocument } from "./docx";

/** Writes the narrative as .txt, .md or .docx, by the file's extension. */
export async function writeNarrativeFile(
  narrative: Narrative,
  title: string,
  file: string
): Promise<void> {
  const ext = path.extname(file).toLowerCase();
  let data: Buffer | string;
  if (ext === ".docx") data = await Packer.toBuffer(narrativeDocument(narrative, title));
  else if (ext === ".md") data = markdown(narrative, title);
  else if (ext === ".txt") data = `${title}\n\n${narrative.text}\n`;
  else throw new UserError(`不支持的输出格式「${ext || file}」：请用 .docx、.txt 或 .md`);
  try {
    await fs.writeFile(file, data);
  } catch (error) {
    throw new UserError(`无法写入「${file}」：${describeFsError(error)}`);
  }
}

function markdown(narrative: Narrative, title: string): string {
  const lines = [`# ${title}`, ""];
  for (const { paragraph, text } of narrative.paragraphs) {
    lines.push(
      paragraph.heading === 1 ? `## ${text}` : paragraph.heading === 2 ? `### ${text}` : text,
      ""
    );
  }
  return lines.join("\n");
}

/**
 * Writes a finished document (publish's .docx) atomically, refusing to replace an existing file
 * without `overwrite`. The one place publish writes; the shared output path can take it over.
 */
export async function writeDocumentFile(
  file: string,
  data: Buffer,
  options: { overwrite?: boolean; extension: string }
): Promise<void> {
  if (path.extname(file).toLowerCase() !== options.extension)
    throw new UserError(`输出文件「${file}」应以 ${options.extension} 结尾`);
  const exists = await fs.stat(file).then(
    () => true,
    () => false
  );
  if (exists && !options.overwrite)
    throw new UserError(`「${file}」已存在。为免覆盖已有文件，请换一个文件名，或加 --force 覆盖`);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw new UserError(`无法写入「${file}」：${describeFsError(error)}`);
  }
}
