import { importCycles, importGraph, typeScriptFiles } from "../../helpers/codebase";

test("no import cycle in src/ or scripts/ (type-only imports included)", () => {
  expect(importCycles(importGraph(typeScriptFiles("src", "scripts")))).toEqual([]);
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
