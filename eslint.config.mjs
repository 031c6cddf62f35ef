import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// office-addin-lint's own config, plus: TypeScript already checks undefined names (typescript-eslint
// advises turning no-undef and no-redeclare off for .ts: a const and a type may share a name), and src/cli, src/xlsx and tests legitimately use Node globals.
export default [
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: { "no-undef": "off", "no-redeclare": "off" },
  },
  {
    // ExcelJS code: the Office.js load/sync rules misread its getCell()/value as Office proxies.
    files: ["src/xlsx/**", "src/cli/**", "test/**", "scripts/**", "bench/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
    },
  },
];
