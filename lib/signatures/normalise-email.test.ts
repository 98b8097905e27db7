import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { normaliseEmail } from "./normalise-email";

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
    assert.equal(normaliseEmail("Oil.Worker+zhanaozen@gmail.com"), "oilworker@gmail.com");
    assert.equal(normaliseEmail("oil.worker@googlemail.com"), "oilworker@gmail.com");
    assert.equal(normaliseEmail("OILWORKER@GoogleMail.com"), "oilworker@gmail.com");
  });

  it("does not turn a leading + into an empty local part", () => {
    assert.equal(normaliseEmail("+tag@example.org"), "+tag@example.org");
  });

  it("treats the same person's variants as one address", () => {
    const variants = ["o.w@gmail.com", "ow+1@gmail.com", "O.W+2@googlemail.com", "ow@GMAIL.COM"];
    assert.equal(new Set(variants.map(normaliseEmail)).size, 1);
  });
});
