import pkg from "../../package.json";

/** Recorded in the workbook's generated-sheet register (as the CLI records its version). */
export const VERSION: string = pkg.version;
