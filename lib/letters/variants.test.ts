import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { chooseLetterText, splitOpening } from "./variants";

const text = {
  subject: "Free the oil workers",
  subjectVariants: ["Stop the repression in Zhanaozen", "Release the strikers"],
  body: "I write to protest.\n\nThe demands.\n\nYours",
  openingVariants: ["I am writing to you in protest.", "As a trade unionist, I protest."],
};

describe("subject and opening variants", () => {
  it("splits the first paragraph from the rest", () => {
    assert.deepEqual(splitOpening("A\n\nB\n\nC"), { opening: "A", rest: "\n\nB\n\nC" });
    assert.deepEqual(splitOpening("One paragraph"), { opening: "One paragraph", rest: "" });
  });

  it("gives the same letter the same text, and many letters every subject and opening", () => {
    assert.deepEqual(chooseLetterText(text, "letter-1"), chooseLetterText(text, "letter-1"));
    const chosen = Array.from({ length: 60 }, (_, i) => chooseLetterText(text, `letter-${i}`));
    assert.deepEqual(new Set(chosen.map((c) => c.subject)).size, 3);
    assert.deepEqual(new Set(chosen.map((c) => c.body.split("\n\n")[0])).size, 3);
    assert.ok(chosen.every((c) => c.body.endsWith("\n\nThe demands.\n\nYours")));
  });

  it("without variants, sends the text as written", () => {
    assert.deepEqual(chooseLetterText({ ...text, subjectVariants: [], openingVariants: [] }, "x"), { subject: text.subject, body: text.body, subjectIndex: 0, openingIndex: 0 });
  });
});
