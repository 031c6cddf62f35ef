import { renderParagraph, RenderedParagraph } from "./render";
import { narrativeParagraphs, peopleParagraph } from "./sections";
import type { NarrativeSource } from "./source";
import type { Paragraph } from "./types";

export * from "./types";
export { narrativeSource } from "./source";
export type { NarrativeSource } from "./source";
export { NARRATIVE_SHEET, renderNarrativeSheet } from "./sheet";
export { MISSING_REASON } from "./render";
export type { RenderedParagraph } from "./render";

export interface Narrative {
  paragraphs: RenderedParagraph[];
  /** Comparisons whose 主要原因 is not filled in yet. */
  missingReasons: string[];
  text: string;
}

/** The 决算情况说明 rendered from the workbook's figures (the 人员 sentence of 第一部分 first). */
export function composeNarrative(source: NarrativeSource): Narrative {
  const people: Paragraph[] = [
    { id: "人员.标题", heading: 2, pieces: ["部门基本情况（人员）"] },
    peopleParagraph(source),
  ];
  const paragraphs = [...people, ...narrativeParagraphs(source)].map((p) =>
    renderParagraph(p, source)
  );
  const missingReasons = [...new Set(paragraphs.flatMap((p) => p.missingReasons))];
  return { paragraphs, missingReasons, text: paragraphs.map((p) => p.text).join("\n") };
}
