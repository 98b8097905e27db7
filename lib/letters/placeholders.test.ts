import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { fillPlaceholders, placeholderProblems } from "./placeholders";

describe("letter placeholders: filled as plain text, never evaluated", () => {
  it("fills known placeholders with the values as written, HTML and braces included", () => {
    assert.equal(
      fillPlaceholders("Dear {{ target_name }},\nI, {{sender_name}}, protest.", { target_name: "Embassy <b>", sender_name: "{{date}} Ann" }),
      "Dear Embassy <b>,\nI, {{date}} Ann, protest.",
    );
  });

  it("accepts a template that uses only known placeholders", () => {
    assert.deepEqual(placeholderProblems("{{date}}\n\nDear {{target_name}}, {{demands}} — {{sender_name}}, {{sender_city}}"), []);
  });

  it("refuses an unknown placeholder, an expression and a lone brace pair, each once", () => {
    assert.deepEqual(placeholderProblems("{{sender_nmae}} {{sender_nmae}} {{ 7*7 }} {{name|upper}} {{constructor.constructor}}"), [
      { kind: "unknown", name: "sender_nmae" },
      { kind: "expression", text: "{{ 7*7 }}" },
      { kind: "expression", text: "{{name|upper}}" },
      { kind: "expression", text: "{{constructor.constructor}}" },
    ]);
    assert.deepEqual(placeholderProblems("Dear {{target_name"), [{ kind: "unbalanced" }]);
  });
});
