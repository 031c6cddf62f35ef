import { readFileSync } from "fs";
import * as path from "path";
import { PROFILES } from "../../../src/core/profiles";
import { rulesDocuments } from "../../../src/core/rules/document";

test("docs/rules.md is generated from the rule data (run `npm run docs:rules` after changing rules)", () => {
  const committed = readFileSync(path.resolve(__dirname, "../../../docs/rules.md"), "utf8");
  expect(committed).toBe(rulesDocuments());
});

test("docs/rules.md has a section for every format, with that format's table numbers", () => {
  const doc = rulesDocuments();
  for (const profile of PROFILES) {
    expect(doc).toContain(`\`${profile.id}\``);
    for (const table of profile.tables) expect(doc).toContain(`### ${table.code} ${table.title}`);
  }
});
