/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Type-checking is done once by `npm run typecheck`; ts-jest only transpiles.
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testTimeout: 120000,
  // The fast .xlsx reader is checked against a full ExcelJS load on every workbook tests read.
  setupFiles: ["<rootDir>/test/helpers/verifyReads.ts"],
};
