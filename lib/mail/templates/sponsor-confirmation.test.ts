import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { sponsorConfirmationEmail } from "./sponsor-confirmation";

const data = {
  campaignTitle: "Justice for <Zhanaozen's> workers",
  confirmUrl: "http://localhost:3000/en/sponsors/confirm?token=abc",
  expiresAt: new Date("2026-11-30T12:00:00Z"),
};

describe("the sponsor confirmation email", () => {
  it("names the campaign (not the typed name), gives the link and its expiry, and says what to do if it was not you", () => {
    const mail = sponsorConfirmationEmail("en", data);
    assert.equal(mail.subject, "Confirm your sponsorship of “Justice for <Zhanaozen's> workers”");
    assert.match(mail.text, /To see the name and confirm it, open this link/);
    assert.match(mail.text, /http:\/\/localhost:3000\/en\/sponsors\/confirm\?token=abc/);
    assert.match(mail.text, /November 30, 2026/);
    assert.match(mail.text, /If this was not you, ignore this email/);
    assert.ok(mail.html.includes("Justice for &lt;Zhanaozen&#39;s&gt; workers"), "the title is escaped in HTML");
    assert.ok(!mail.html.includes("<Zhanaozen's>"));
  });

  it("is written in the sponsor's language", () => {
    assert.match(sponsorConfirmationEmail("ru", data).subject, /^Подтвердите поддержку кампании/);
    assert.match(sponsorConfirmationEmail("de", data).text, /Unterstützung/);
    assert.match(sponsorConfirmationEmail("ru", data).text, /30 ноября 2026/);
  });
});
