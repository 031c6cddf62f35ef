// Writes docs/rules.md from the rule data: npm run docs:rules
import { writeFileSync } from "fs";
import * as path from "path";
import { rulesDocument } from "../src/core/rules/document";
import { PROFILE_RULES } from "../src/core/rules/profiles";
import { catalogsFor } from "../src/core/subjects";
import { jiangxi2021 } from "../src/core/templates/profiles/jiangxi-2021";

const file = path.resolve(__dirname, "../docs/rules.md");
writeFileSync(file, rulesDocument(jiangxi2021, PROFILE_RULES[jiangxi2021.id], catalogsFor(2021)));
console.log(`已生成 ${file}`);
