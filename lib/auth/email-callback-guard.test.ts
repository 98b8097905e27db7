import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkEmailCallback } from "./email-callback-guard";

// A sign-in token is used only by a press of our own confirmation page's button.

const APP_URL = "https://placard.example.org";
const post = (headers: Record<string, string>) => checkEmailCallback("POST", new Headers(headers), APP_URL);

describe("who may use a sign-in link's token", () => {
  it("our confirmation page's button, as a browser sends it", () => {
    assert.equal(post({ origin: APP_URL, "sec-fetch-site": "same-origin" }), "allowed");
    assert.equal(post({ origin: APP_URL }), "allowed");
    assert.equal(post({ "sec-fetch-site": "same-origin" }), "allowed");
  });

  it("not another site's page that posts a token from the victim's browser", () => {
    assert.equal(post({ origin: "https://attacker.example.com", "sec-fetch-site": "cross-site" }), "not-from-our-page");
    assert.equal(post({ origin: "https://attacker.example.com" }), "not-from-our-page");
    assert.equal(post({ origin: "null", "sec-fetch-site": "cross-site" }), "not-from-our-page");
    // A sibling subdomain is another site's page too.
    assert.equal(post({ origin: "https://evil.placard.example.org", "sec-fetch-site": "same-site" }), "not-from-our-page");
    assert.equal(post({ origin: APP_URL, "sec-fetch-site": "cross-site" }), "not-from-our-page");
  });

  it("not a post that does not say where it comes from, nor a plain GET", () => {
    assert.equal(post({}), "not-from-our-page");
    assert.equal(checkEmailCallback("GET", new Headers({ origin: APP_URL }), APP_URL), "not-a-post");
  });
});
