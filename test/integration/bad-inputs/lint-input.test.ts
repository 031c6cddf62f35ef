// The entrance to lint: nothing to check, digit runs, pieces of a long draft keep their line numbers.
import { readFileSync } from "fs";
import { lintText } from "../../../src/cli/lintInput";
import { capDigitRuns, emptyDraftReason, splitDraft } from "../../../src/core/lint/input";
import { SEED_DRAFT } from "../../helpers/lint";

const SEED = readFileSync(SEED_DRAFT, "utf8");

test.each(["", "  \n\t　", "。，、", "收入增加", "Income rose 12.5% to 1,583.52"])(
  "%j has nothing to check",
  (text) => expect(emptyDraftReason(text)).toBeDefined()
);

test("a sentence with figures is a draft", () => {
  expect(emptyDraftReason("本年收入合计1579.09万元。")).toBeUndefined();
});

test("digit runs longer than any amount are cut, with their line", () => {
  const { text, capped } = capDigitRuns(`第一行\n收入${"1".repeat(500)}万元\n支出12.50万元`);
  expect(capped).toEqual([{ line: 2, digits: 500 }]);
  expect(text).toBe(`第一行\n收入${"1".repeat(24)}万元\n支出12.50万元`);
});

test("a long draft is cut at paragraph ends into pieces that cover it exactly", () => {
  const text = SEED.repeat(40);
  const pieces = splitDraft(text);
  expect(pieces.length).toBeGreaterThan(2);
  expect(pieces.map((p) => p.text).join("")).toBe(text);
  let offset = 0;
  for (const piece of pieces) {
    expect(piece.firstLine).toBe(text.slice(0, offset).split("\n").length);
    // Cut after a paragraph end (or a sentence end when a paragraph is longer than a piece).
    if (offset > 0) expect(["\n", "。", "；"]).toContain(text[offset - 1]);
    offset += piece.text.length;
  }
});

test("findings of a draft checked in pieces keep the draft's line numbers", () => {
  const lines = SEED.split("\n").length - 1;
  const once = lintText("x", SEED, undefined);
  const many = lintText("x", SEED.repeat(40), undefined);
  const first = once.find((f) => f.severity === "error")!;
  const copies = many.filter((f) => f.rule === first.rule && f.excerpt === first.excerpt);
  expect(copies.map((f) => f.line)).toEqual(
    Array.from({ length: 40 }, (_, k) => first.line + k * lines)
  );
});
