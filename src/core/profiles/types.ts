import type { ChartDef } from "../charts/types";
import type { FillDefinitions } from "../fill/definitions";
import type { InputVocabulary } from "../inputs/indicators";
import type { NarrativeContext } from "../narrative/types";
import type { Paragraph } from "../narrative/types";
import type { PlausibilityDef } from "../rules/plausibility";
import type { RuleDef } from "../rules/types";
import type { Profile } from "../templates/types";

/** One 一、… section of the 情况说明: its title and the paragraphs under it. */
export interface NarrativeSection {
  /** Stable key, used in paragraph ids and by derived profiles to find the section. */
  key: string;
  title: string;
  paragraphs(context: NarrativeContext): Paragraph[];
}

/** The 决算情况说明 outline: numbered sections under one part heading, the 人员 sentence before it. */
export interface NarrativeOutline {
  /** "第三部分 2021年度部门决算情况说明". */
  heading(year: number): string;
  /** The 部门基本情况 paragraphs printed before the part heading (人员). */
  preamble(context: NarrativeContext): Paragraph[];
  sections: readonly NarrativeSection[];
}

/**
 * A disclosure format: everything that differs by province and year, in one folder
 * (src/core/profiles/<id>/). The engines (layout, fill, rules, narrative, lint) take it as data.
 */
export interface FormatProfile extends Profile {
  /** "江西". */
  province: string;
  /** The 决算 years filed in this format, inclusive. `year` is the subject catalog's year. */
  years: { from: number; to: number };
  /** Fill definitions by table id: where each cell's figure comes from. */
  fill: FillDefinitions;
  /** Cross-table 勾稽关系 (sums inside a table come from the table definitions). */
  rules: readonly RuleDef[];
  /** Plausibility warnings between figures no 勾稽关系 binds (vehicles, assets vs purchases). */
  plausibility?: readonly PlausibilityDef[];
  narrative: NarrativeOutline;
  /** The figures a 情况说明 states, by the linter's fact names (lint/labels.ts FACT_NAMES), as cell ids summed. */
  lintFacts: Readonly<Record<string, readonly string[]>>;
  /** 指标, 比较项 and 补充信息 items the input sheets offer. */
  vocabulary: InputVocabulary;
  /** 名词解释, one entry per term: "财政拨款收入：指……". */
  glossary: readonly string[];
  /** The charts of the published document (juesuan publish), from the figures the narrative reads. */
  charts?: (context: NarrativeContext) => ChartDef[];
  /** Where the format was taken from (published disclosures, official blank templates). */
  references: readonly string[];
  /** The bundled sample department in this format: samples/<sample>.json (`juesuan demo --profile`). */
  sample?: string;
  /**
   * The sample's data filed as this 决算 year (a format demonstration when no department's figures of
   * the format's years are bundled: samples/README.md says which).
   */
  sampleYear?: number;
}
