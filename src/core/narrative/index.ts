import type { NarrativeOutline } from "../profiles/types";
import { ordinal } from "./pieces";
import { renderParagraph, RenderedParagraph } from "./pieceForms";
import type { NarrativeContext, Paragraph } from "./types";

export * from "./types";
export { narrativeContext } from "./context";
export { NARRATIVE_SHEET, renderNarrativeSheet } from "./narrativeSheet";
export { MISSING_REASON } from "./phrases";
export type { RenderedParagraph } from "./pieceForms";

export interface Narrative {
  paragraphs: RenderedParagraph[];
  /** Comparisons whose 主要原因 is not filled in yet. */
  missingReasons: string[];
  text: string;
}

/** The outline's paragraphs: the preamble, one part heading, then 一、… numbered in outline order. */
export function outlineParagraphs(
  outline: NarrativeOutline,
  context: NarrativeContext
): Paragraph[] {
  return [
    ...outline.preamble(context),
    { id: "标题", heading: 1, pieces: [outline.heading(context.year)] },
    ...outline.sections.flatMap((section, i): Paragraph[] => [
      { id: `${section.key}.标题`, heading: 2, pieces: [`${ordinal(i)}、${section.title}`] },
      ...section.paragraphs(context),
    ]),
  ];
}

/** 第四部分 名词解释: the format's terms, numbered. */
export function glossaryParagraphs(glossary: readonly string[]): Paragraph[] {
  if (!glossary.length) return [];
  return [
    { id: "名词解释.标题", heading: 1, pieces: ["第四部分 名词解释"] },
    ...glossary.map((entry, i) => ({
      id: `名词解释.${i + 1}`,
      pieces: [`${ordinal(i)}、${entry}`],
    })),
  ];
}

/** The 决算情况说明 of the workbook's format, rendered from its figures, and its 名词解释. */
export function composeNarrative(
  context: NarrativeContext,
  outline: NarrativeOutline,
  glossary: readonly string[] = []
): Narrative {
  const paragraphs = [...outlineParagraphs(outline, context), ...glossaryParagraphs(glossary)].map(
    (p) => renderParagraph(p, context)
  );
  const missingReasons = [...new Set(paragraphs.flatMap((p) => p.missingReasons))];
  return { paragraphs, missingReasons, text: paragraphs.map((p) => p.text).join("\n") };
}
