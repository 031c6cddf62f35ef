import { Decimal, ZERO } from "../money";
import { requireKnownCell } from "../profiles/cellIds";
import type { LintOutline } from "../lint/types";
import type { FormatProfile } from "../profiles/types";
import type { ReadTables } from "../tables/types";

/** The figures a 情况说明 states, by the linter's fact names, from the profile's tables. */
export function factsFromTables(tables: ReadTables, profile: FormatProfile): Map<string, Decimal> {
  const facts = new Map<string, Decimal>();
  for (const [name, ids] of Object.entries(profile.lintFacts)) {
    for (const id of ids) requireKnownCell(profile, id, `核对事实「${name}」`);
    const cells = ids.map((id) => tables.cells.get(id));
    // A figure the workbook does not show (missing table or line) is not a fact to compare with.
    if (cells.every((c) => !c?.at)) continue;
    facts.set(
      name,
      cells.reduce((acc: Decimal, c) => acc.plus(c?.value ?? ZERO), ZERO)
    );
  }
  return facts;
}

/** What lint checks a draft's completeness against: the titles of the format's 情况说明 sections. */
export function outlineOf(profile: FormatProfile): LintOutline {
  return { sections: profile.narrative.sections.map((s) => s.title) };
}
