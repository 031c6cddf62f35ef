import { readFileSync } from "fs";
import * as path from "path";
import { rulesDocument } from "../../../src/core/rules/document";
import { PROFILE_RULES } from "../../../src/core/rules/profiles";
import { catalogsFor } from "../../../src/core/subjects";
import { jiangxi2021 } from "../../../src/core/templates/profiles/jiangxi-2021";

test("docs/rules.md is generated from the rule data (run `npm run docs:rules` after changing rules)", () => {
  const committed = readFileSync(path.resolve(__dirname, "../../../docs/rules.md"), "utf8");
  expect(committed).toBe(
    rulesDocument(jiangxi2021, PROFILE_RULES[jiangxi2021.id], catalogsFor(2021))
  );
});
