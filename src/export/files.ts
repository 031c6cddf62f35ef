import { Packer } from "docx";
import * as path from "path";
import type { Narrative } from "../core/narrative";
import { OutputPolicy, checkOutput, writeOutput } from "./outputFile";
import { narrativeDocument } from "./docx";

/** Writes the narrative as .txt, .md or .docx, by the file's extension. */
export async function writeNarrativeFile(
  narrative: Narrative,
  title: string,
  file: string,
  policy: Omit<OutputPolicy, "extensions"> = {}
): Promise<void> {
  const options = { ...policy, extensions: NARRATIVE_EXTENSIONS };
  await checkOutput(file, options);
  const ext = path.extname(file).toLowerCase();
  const data =
    ext === ".docx"
      ? await Packer.toBuffer(narrativeDocument(narrative, title))
      : ext === ".md"
        ? markdown(narrative, title)
        : `${title}\n\n${narrative.text}\n`;
  await writeOutput(file, data, options);
}

export const NARRATIVE_EXTENSIONS = [".docx", ".txt", ".md"];

/** Refuses a narrative output before the work starts (see checkOutput). */
export function checkNarrativeOutput(
  file: string,
  policy: Omit<OutputPolicy, "extensions"> = {}
): Promise<void> {
  return checkOutput(file, { ...policy, extensions: NARRATIVE_EXTENSIONS });
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
