import { it } from "node:test";
import assert from "node:assert/strict";
import { placeholderProblems } from "../../letters/placeholders";
import { splitOpening } from "../../letters/variants";
import { letterTemplates } from "./letters";

// The demo's English templates vary: two other subjects and two other openings each, one line per
// subject, placeholders that the console would accept.

it("gives each demo template in English two other subjects and two other openings, all with known placeholders", () => {
  for (const template of letterTemplates) {
    const en = template.text.en!;
    assert.equal(en.subjectVariants?.length, 2, template.slug);
    assert.equal(en.openingVariants?.length, 2, template.slug);
    for (const text of [en.subject, en.body, ...en.subjectVariants!, ...en.openingVariants!]) assert.deepEqual(placeholderProblems(text), [], text);
    for (const subject of en.subjectVariants!) assert.doesNotMatch(subject, /\n/);
    assert.match(splitOpening(en.body).opening, /^Dear /, `${template.slug} opens with its greeting`);
  }
});
