import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { blankNames, splitTemplateBlanks } from "./template-blanks";

describe("splitTemplateBlanks: a letter as text and blanks to fill in", () => {
  it("finds each placeholder between the words of the letter", () => {
    assert.deepEqual(splitTemplateBlanks("Dear {{target_name}},\n\nI, {{ sender_name }}, protest."), [
      { kind: "text", text: "Dear " },
      { kind: "blank", name: "target_name" },
      { kind: "text", text: ",\n\nI, " },
      { kind: "blank", name: "sender_name" },
      { kind: "text", text: ", protest." },
    ]);
  });

  it("handles a letter that starts and ends with a blank, and one with none", () => {
    assert.deepEqual(splitTemplateBlanks("{{date}}\n{{sender_name}}"), [
      { kind: "blank", name: "date" },
      { kind: "text", text: "\n" },
      { kind: "blank", name: "sender_name" },
    ]);
    assert.deepEqual(splitTemplateBlanks("No blanks."), [{ kind: "text", text: "No blanks." }]);
  });

  it("leaves text that only looks like a placeholder alone", () => {
    assert.deepEqual(splitTemplateBlanks("{{ 1 }} {single} {{two words}}"), [{ kind: "text", text: "{{ 1 }} {single} {{two words}}" }]);
  });

  it("lists the blanks once each", () => {
    assert.deepEqual(blankNames("{{sender_name}} {{date}} {{sender_name}}"), ["sender_name", "date"]);
  });
});
