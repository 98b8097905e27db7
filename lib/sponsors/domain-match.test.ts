import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { emailMatchesWebsite } from "./domain-match";
import { GMAIL_DOMAINS } from "../signatures/normalise-email";

describe("an organisation's email at its website's domain", () => {
  it("matches the website's host, ignoring www. and case", () => {
    assert.equal(emailMatchesWebsite("secretary@branch.example.org", "https://branch.example.org"), true);
    assert.equal(emailMatchesWebsite("secretary@branch.example.org", "https://www.branch.example.org/about"), true);
    assert.equal(emailMatchesWebsite("Secretary@Branch.Example.ORG", "http://WWW.branch.example.org"), true);
    assert.equal(emailMatchesWebsite("office@www.branch.example.org", "https://branch.example.org"), true);
  });

  it("matches a subdomain of the website's host, not the other way round", () => {
    assert.equal(emailMatchesWebsite("office@mail.branch.example.org", "https://branch.example.org"), true);
    assert.equal(emailMatchesWebsite("office@example.org", "https://branch.example.org"), false);
  });

  it("refuses look-alikes that merely end with the same letters", () => {
    assert.equal(emailMatchesWebsite("office@evilbranch.example.org", "https://branch.example.org"), false);
    assert.equal(emailMatchesWebsite("office@branch.example.org.attacker.example.com", "https://branch.example.org"), false);
  });

  it("never counts free-mail providers, addresses as hosts, or a missing website", () => {
    assert.equal(emailMatchesWebsite(`our-branch@${GMAIL_DOMAINS[0]}`, `https://${GMAIL_DOMAINS[0]}`), false);
    assert.equal(emailMatchesWebsite("office@192.0.2.1", "http://192.0.2.1"), false);
    assert.equal(emailMatchesWebsite("office@branch.example.org", null), false);
    assert.equal(emailMatchesWebsite("office@branch.example.org", "not a url"), false);
    assert.equal(emailMatchesWebsite("office@branch.example.org", "ftp://branch.example.org"), false);
    assert.equal(emailMatchesWebsite("no-at-sign", "https://branch.example.org"), false);
  });
});
