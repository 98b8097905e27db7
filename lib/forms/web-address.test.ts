import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { containsWebAddress } from "./web-address";

// Issue 9, hole 2: a name that carries a web address turns our pages into someone's advertisement.
// Any top-level domain counts, written with any dot a browser accepts; ordinary names pass.

describe("a web address inside a name", () => {
  it("is found whatever the top-level domain, the dot or the width of the letters", () => {
    const refused = [
      "win-prize.com", "Visit prize.shop now", "sub.domain.berlin", "t.co", "anna@example.org", "EXAMPLE.ORG", "5.de",
      "ｅｘａｍｐｌｅ．ｃｏｍ", "example。com", "example｡com", "example．com", "exam\u00ADple.com", "example.\u200Bcom",
      "иванов.рф", "пример.москва", "例子.中国", "xn--80ak6aa92e.xn--p1ai", "https://x", "www.x", "[url=x]", "<a href=x>",
    ];
    for (const text of refused) assert.equal(containsWebAddress(text), true, text);
  });

  it("is not found in ordinary names, initials, titles and abbreviations", () => {
    const accepted = [
      "J. R. Smith", "St. Petersburg", "Anna-Maria O'Neil", "Dr. Müller", "Наталья Соколова", "И.И.Иванов", "Иванов И.И.",
      "Ph.D.", "e.V.", "U.S.A.", "Union No.5", "Jr.", "李雷", "Mr. J.R. Ewing", "Dr.Müller", "Жаңаөзен", "3.14",
    ];
    for (const text of accepted) assert.equal(containsWebAddress(text), false, text);
  });
});
