import { importCycles, importGraph, typeScriptFiles } from "../../helpers/codebase";

/**
 * Type-only, left to the narrative rework of issue 16 part B (s18-16b), which owns narrative/source.ts:
 * profiles/types → narrative/source (NarrativeSource) → inputs/types (InputData) → profiles/types.
 * Delete the entry when that cycle is gone (the test below fails until then, so it is not forgotten).
 */
const KNOWN: string[][] = [
  ["src/core/inputs/types.ts", "src/core/narrative/source.ts", "src/core/profiles/types.ts"],
];

test("no import cycle in src/ or scripts/ (type-only imports included)", () => {
  expect(importCycles(importGraph(typeScriptFiles("src", "scripts")))).toEqual(KNOWN);
});

test("the cycle finder finds a cycle, a self-import, and not a diamond", () => {
  const graph = new Map([
    ["a", ["b"]],
    ["b", ["c"]],
    ["c", ["a", "d"]],
    ["d", []],
    ["e", ["e"]],
    ["f", ["g", "h"]],
    ["g", ["i"]],
    ["h", ["i"]],
    ["i", []],
  ]);
  expect(importCycles(graph)).toEqual([["a", "b", "c"], ["e"]]);
});
