// Writes docs/rules.md (one section per 公开表格式) from the rule data: npm run docs:rules
import { writeFileSync } from "fs";
import * as path from "path";
import { rulesDocuments } from "../src/core/rules/document";

const file = path.resolve(__dirname, "../docs/rules.md");
writeFileSync(file, rulesDocuments());
console.log(`已生成 ${file}`);
