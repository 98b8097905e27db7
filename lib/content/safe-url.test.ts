import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { safeHttpUrl } from "./safe-url";

describe("safeHttpUrl: which typed-in addresses become links", () => {
  it("keeps web addresses", () => {
    assert.equal(safeHttpUrl("https://donate.example.org/zhanaozen"), "https://donate.example.org/zhanaozen");
    assert.equal(safeHttpUrl(" http://example.com "), "http://example.com/");
  });

  it("refuses scripts, data, relative and malformed addresses", () => {
    for (const link of ["javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,<script>", "//example.com", "/en/x", "not a url", "", null, undefined]) {
      assert.equal(safeHttpUrl(link), null, String(link));
    }
  });
});
