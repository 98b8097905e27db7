import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { buildMailto, isPlainAddress, MAILTO_MAX_LENGTH } from "./mailto";

const hrefOf = (result: ReturnType<typeof buildMailto>) => {
  assert.ok("href" in result, JSON.stringify(result));
  return result.href;
};

/** What a mail app reads back from the link. */
function parse(href: string) {
  const [recipients, query] = href.slice("mailto:".length).split("?") as [string, string];
  const fields = Object.fromEntries(query.split("&").map((pair) => [pair.slice(0, pair.indexOf("=")), decodeURIComponent(pair.slice(pair.indexOf("=") + 1))]));
  return { to: recipients.split(","), ...fields };
}

describe("a mailto: link for the supporter's own mail app", () => {
  it("carries recipients, copy, subject and a Cyrillic body, with CRLF line breaks and no raw spaces", () => {
    const href = hrefOf(buildMailto({ to: ["embassy@example.org"], cc: ["copies@example.org", "press@example.org"], subject: "Освободите рабочих", body: "Уважаемый посол,\nосвободите рабочих.\n\nАнна" }));
    assert.ok(href.startsWith("mailto:embassy@example.org?cc=copies@example.org,press@example.org&subject="), href);
    assert.doesNotMatch(href, /[\s]/);
    assert.match(href, /%0D%0A%0D%0A/);
    assert.deepEqual(parse(href), { to: ["embassy@example.org"], cc: "copies@example.org,press@example.org", subject: "Освободите рабочих", body: "Уважаемый посол,\r\nосвободите рабочих.\r\n\r\nАнна" });
  });

  it("keeps ampersands, question marks, # and = inside the body and subject", () => {
    const body = "Salt & pepper? #1 = yes&bcc=victim@example.com\r\nsecond line";
    const href = hrefOf(buildMailto({ to: ["a@example.org"], cc: [], subject: "Q&A? #now", body }));
    assert.doesNotMatch(href, /bcc=victim/);
    assert.equal(href.split("&").length, 2, "only subject and body are fields");
    assert.equal(href.split("?").length, 2);
    assert.doesNotMatch(href, /#/);
    assert.deepEqual(parse(href), { to: ["a@example.org"], subject: "Q&A? #now", body });
  });

  it("is built up to exactly the limit and not one character beyond", () => {
    const base = hrefOf(buildMailto({ to: ["a@example.org"], cc: [], subject: "S", body: "" })).length;
    const room = MAILTO_MAX_LENGTH - base;
    const atLimit = buildMailto({ to: ["a@example.org"], cc: [], subject: "S", body: "x".repeat(room) });
    assert.equal(hrefOf(atLimit).length, MAILTO_MAX_LENGTH);
    assert.deepEqual(buildMailto({ to: ["a@example.org"], cc: [], subject: "S", body: "x".repeat(room + 1) }), { tooLong: true });
    // A Cyrillic letter takes six characters in the link (two bytes, each %XX).
    assert.deepEqual(buildMailto({ to: ["a@example.org"], cc: [], subject: "S", body: "ж".repeat(Math.floor(room / 6) + 1) }), { tooLong: true });
    assert.equal(hrefOf(buildMailto({ to: ["a@example.org"], cc: [], subject: "S", body: "ж".repeat(Math.floor(room / 6)) })).length <= MAILTO_MAX_LENGTH, true);
  });

  it("never builds a link with an address that is not a plain address", () => {
    for (const bad of ["a@example.org?bcc=victim@example.com", "a@example.org,victim@example.com", "a@example.org\r\nBcc: v@example.com", "Name <a@example.org>", "a b@example.org", "a%40example.org", "a@example.org&body=x", "a@example.org#x", ""]) {
      assert.equal(isPlainAddress(bad), false, bad);
      assert.deepEqual(buildMailto({ to: ["ok@example.org"], cc: [bad], subject: "s", body: "b" }), { badAddress: bad });
      assert.deepEqual(buildMailto({ to: [bad], cc: [], subject: "s", body: "b" }), { badAddress: bad });
    }
    assert.equal(isPlainAddress("first.last+tag@mail.example.org"), true);
  });
});
