import { it, describe } from "node:test";
import assert from "node:assert/strict";
import { composeEmail } from "./layout";

describe("the shared email layout", () => {
  const parts = {
    subject: "Confirm your signature\r\nBcc: victim@example.com",
    paragraphs: ["You signed <b>Justice for Zhanaozen</b> & its demands.", "Line one\nline two"],
    action: { label: "Confirm my signature", url: "https://placard.example.org/en/signatures/confirm?token=abc&x=1" },
    reason: "You got this email because this address was used to sign a petition. If it was not you, ignore it.",
  };

  it("always has a plain-text part with the greeting, paragraphs, link and why the reader got it", () => {
    const email = composeEmail("en", parts);
    assert.match(email.text, /^Hello,\n\nYou signed <b>Justice for Zhanaozen<\/b> & its demands\./);
    assert.ok(email.text.includes("Confirm my signature:\nhttps://placard.example.org/en/signatures/confirm?token=abc&x=1"));
    assert.ok(email.text.includes(parts.reason));
    assert.match(email.text, /Sent by Placard \(https?:\/\/[^)]+\)/);
  });

  it("escapes everything in the HTML part and keeps the subject on one line", () => {
    const email = composeEmail("en", parts);
    assert.ok(email.html.includes("You signed &lt;b&gt;Justice for Zhanaozen&lt;/b&gt; &amp; its demands."));
    assert.ok(!email.html.includes("<b>"));
    assert.ok(email.html.includes(`href="https://placard.example.org/en/signatures/confirm?token=abc&amp;x=1"`));
    assert.ok(email.html.includes("Line one<br>line two"));
    assert.equal(email.subject, "Confirm your signature Bcc: victim@example.com");
  });

  it("speaks the reader's language", () => {
    const email = composeEmail("ru", { ...parts, action: undefined });
    assert.match(email.text, /^Здравствуйте!/);
    assert.ok(email.html.startsWith(`<!doctype html><html lang="ru">`));
  });

  it("refuses an action link that is not http(s)", () => {
    assert.throws(() => composeEmail("en", { ...parts, action: { label: "Click", url: "javascript:alert(1)" } }), /http\(s\)/);
  });
});
