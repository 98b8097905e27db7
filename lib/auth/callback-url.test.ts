import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { localeOfPath, redirectWithinOrigin, safeCallbackPath } from "./callback-url";

const APP = "https://placard.example.org";

describe("after signing in, a person lands only on our own site", () => {
  it("keeps a path on our site, with its query", () => {
    assert.equal(safeCallbackPath("/ru/organise/campaigns/zhanaozen?tab=1", APP, "ru"), "/ru/organise/campaigns/zhanaozen?tab=1");
  });

  it("turns an absolute URL on our origin into its path", () => {
    assert.equal(safeCallbackPath(`${APP}/en/organise`, APP, "en"), "/en/organise");
  });

  it("sends anything pointing elsewhere to the console in the page's language", () => {
    for (const evil of [
      "https://evil.example.com/en/organise",
      "//evil.example.com/path",
      "/\\evil.example.com",
      "\\\\evil.example.com",
      "javascript:alert(1)",
      "https://placard.example.org.evil.example.com/",
      "http://placard.example.org/en/organise", // another scheme is another origin
      "/api/auth/signout",
      " ",
    ]) {
      assert.equal(safeCallbackPath(evil, APP, "de"), "/de/organise", evil);
    }
  });

  it("defaults to the console when nothing is given", () => {
    assert.equal(safeCallbackPath(undefined, APP, "en"), "/en/organise");
    assert.equal(safeCallbackPath(null, APP), "/en/organise");
  });

  it("next-auth's redirect callback refuses other origins", () => {
    assert.equal(redirectWithinOrigin({ url: "https://evil.example.com/x", baseUrl: APP }), `${APP}/en/organise`);
    assert.equal(redirectWithinOrigin({ url: "/ru/organise", baseUrl: APP }), `${APP}/ru/organise`);
    assert.equal(redirectWithinOrigin({ url: `${APP}/de/organise`, baseUrl: APP }), `${APP}/de/organise`);
  });

  it("reads the language of a callback path", () => {
    assert.equal(localeOfPath("/ru/organise"), "ru");
    assert.equal(localeOfPath("http://localhost:3000/de/organise?x=1"), "de");
    assert.equal(localeOfPath("/xx/organise"), null);
    assert.equal(localeOfPath(undefined), null);
  });
});
