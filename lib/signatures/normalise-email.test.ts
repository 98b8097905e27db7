import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { GMAIL_DOMAINS, normaliseEmail } from "./normalise-email";

// The Gmail rule only applies at Gmail's own domains, so these tests must name them. Their local parts
// hold a hyphen, which Gmail does not allow in an address: no real mailbox can be meant. Nothing here is
// ever sent anywhere.
const [GMAIL, GOOGLEMAIL] = GMAIL_DOMAINS;
const at = (local: string, domain: string) => `${local}@${domain}`;

describe("normaliseEmail: one mailbox, one form", () => {
  it("ignores case and surrounding spaces", () => {
    assert.equal(normaliseEmail("  Aigul.Sarsen@Example.ORG "), "aigul.sarsen@example.org");
  });

  it("drops a +tag from the local part", () => {
    assert.equal(normaliseEmail("worker+petition@example.org"), "worker@example.org");
    assert.equal(normaliseEmail("worker+a+b@example.org"), "worker@example.org");
  });

  it("keeps dots at providers other than Gmail", () => {
    assert.equal(normaliseEmail("a.b.c@example.com"), "a.b.c@example.com");
  });

  it("removes dots for Gmail and maps googlemail.com to gmail.com", () => {
    assert.equal(normaliseEmail(at("Placard-Oil.Worker+zhanaozen", GMAIL)), at("placard-oilworker", GMAIL));
    assert.equal(normaliseEmail(at("placard-oil.worker", GOOGLEMAIL)), at("placard-oilworker", GMAIL));
    assert.equal(normaliseEmail(at("PLACARD-OILWORKER", "GoogleMail.com")), at("placard-oilworker", GMAIL));
  });

  it("does not turn a leading + into an empty local part", () => {
    assert.equal(normaliseEmail("+tag@example.org"), "+tag@example.org");
  });

  it("treats the same person's variants as one address", () => {
    const variants = [at("pl-o.w", GMAIL), at("pl-ow+1", GMAIL), at("PL-O.W+2", GOOGLEMAIL), at("pl-ow", GMAIL.toUpperCase())];
    assert.equal(new Set(variants.map(normaliseEmail)).size, 1);
  });
});
