import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { describeOnDatabases } from "../testing/db";
import { enqueueEmail } from "./outbox";
import { listMailboxEmails, splitLinks } from "./dev-mailbox";

describe("making the links of a development-mailbox email clickable", () => {
  it("turns http(s) URLs into links and leaves the rest as text, trailing punctuation included", () => {
    assert.deepEqual(splitLinks("Confirm here: https://placard.example.org/en/confirm?token=a&b=1.\nThanks"), [
      { kind: "text", text: "Confirm here: " },
      { kind: "link", href: "https://placard.example.org/en/confirm?token=a&b=1" },
      { kind: "text", text: ".\nThanks" },
    ]);
    assert.deepEqual(splitLinks("(see http://localhost:3000/en)"), [
      { kind: "text", text: "(see " },
      { kind: "link", href: "http://localhost:3000/en" },
      { kind: "text", text: ")" },
    ]);
  });

  it("never links anything but http(s), and keeps markup as plain text", () => {
    assert.deepEqual(splitLinks(`javascript:alert(1) <a href="x">y</a> data:text/html,hi`), [
      { kind: "text", text: `javascript:alert(1) <a href="x">y</a> data:text/html,hi` },
    ]);
    assert.deepEqual(splitLinks(`https://x.example.org/"onmouseover="alert(1)`), [
      { kind: "link", href: "https://x.example.org/" },
      { kind: "text", text: `"onmouseover="alert(1)` },
    ]);
  });
});

describeOnDatabases("the development mailbox's list", (db) => {
  it("lists the newest email first, and can show only one address's mail", async () => {
    const { prisma } = db();
    for (const [i, to] of ["first@example.org", "second@example.org", "first@example.org"].entries()) {
      await enqueueEmail(prisma, { purpose: "test", to, subject: `Email ${i}`, text: "Hello" });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const all = await listMailboxEmails(db(), { take: 2 });
    assert.equal(all.total, 3);
    assert.deepEqual(all.emails.map((e) => e.subject), ["Email 2", "Email 1"]);
    const first = await listMailboxEmails(db(), { to: " First@Example.org " });
    assert.deepEqual(first.emails.map((e) => e.subject), ["Email 2", "Email 0"]);
  });
});
