import { test, expect, uniqueEmail } from "./support/fixtures";
import { emailsTo, lastSeq, waitForEmail, type ReceivedEmail } from "./support/mailbox";
import { builtActions, callAction } from "./support/server-actions";

// Someone types line breaks and a "Bcc:" line into a name or an address, hoping that Placard writes them
// into the headers of the email it sends, so that it mails a stranger, or rewrites the subject. The SMTP
// server of the e2e run keeps every header line it received: none is added, and nobody else is mailed.

const SIGN = "/api/sign?locale=en&campaign=zhanaozen&petition=justice-for-zhanaozen";
const actions = builtActions();
const action = (name: string) => actions.find((a) => a.name === name)!;

function injected(victim: string): string {
  return `\r\nBcc: ${victim}\r\nSubject: Your account is suspended, call 555-0100`;
}

function expectOnlyOurHeaders(mail: ReceivedEmail, to: string): void {
  expect(mail.envelopeTo).toEqual([to]);
  expect(mail.headers.filter((line) => /^(bcc|cc|reply-to):/i.test(line))).toEqual([]);
  expect(mail.headers.filter((line) => /^subject:/i.test(line))).toHaveLength(1);
  expect(mail.subject).not.toContain("suspended");
}

// The sign endpoint's address (SIGN) names the petition signed (docs/decisions/022).
test("a name carrying a Bcc line, in a signature and in a sponsor form: no header is added and nobody else is mailed", async ({ request, baseURL, clientIp }) => {
  for (const form of ["signature", "sponsor"] as const) {
    const supporter = uniqueEmail(`crlf-${form}`);
    const victim = uniqueEmail("victim");
    const after = lastSeq();
    let accepted: boolean;
    if (form === "signature") {
      const response = await request.post(SIGN, {
        form: { locale: "en", name: `Eve Test${injected(victim)}`, email: supporter, country: "KZ" },
        headers: { Accept: "application/json", Origin: new URL(baseURL!).origin, "X-Forwarded-For": clientIp },
      });
      accepted = response.status() === 200;
      if (!accepted) expect(response.status()).toBeGreaterThanOrEqual(400);
    } else {
      const answer = await callAction(baseURL!, action("addSponsorAction"), { bound: ["zhanaozen", "en"], state: true }, {
        kind: "INDIVIDUAL",
        name: `Eve Test${injected(victim)}`,
        email: supporter,
        country: "DE",
        consent: "on",
      });
      accepted = /check-email/.test(answer.redirect);
      if (!accepted) expect(answer.body).toMatch(/"fieldErrors":\{"|"formError":"[^$]/);
    }
    if (accepted) expectOnlyOurHeaders(await waitForEmail(supporter, { after }), supporter);
    expect(emailsTo(victim), `${form}: the victim was mailed`).toEqual([]);
  }
});

test("an address carrying a Bcc line is refused by the sign, sponsor and sign-in forms, and nobody is mailed", async ({ request, baseURL, clientIp }) => {
  const victim = uniqueEmail("victim");
  const after = lastSeq();

  const signed = await request.post(SIGN, {
    form: { locale: "en", name: "Eve Test", email: `${uniqueEmail("crlf")}${injected(victim)}`, country: "KZ" },
    headers: { Accept: "application/json", Origin: new URL(baseURL!).origin, "X-Forwarded-For": clientIp },
  });
  expect(signed.status()).toBe(422);

  const sponsored = await callAction(baseURL!, action("addSponsorAction"), { bound: ["zhanaozen", "en"], state: true }, {
    kind: "INDIVIDUAL",
    name: "Eve Test",
    email: `${uniqueEmail("crlf")}${injected(victim)}`,
    country: "DE",
    consent: "on",
  });
  expect(sponsored.redirect).toBe("");
  expect(sponsored.body).toMatch(/"fieldErrors":\{"|"formError":"[^$]/);

  const signIn = await callAction(baseURL!, action("requestSignInLinkAction"), { state: true }, { locale: "en", email: `organiser@example.org${injected(victim)}` });
  expect(signIn.redirect).toBe("");
  expect(signIn.body).toMatch(/"fieldErrors":\{"email":"/);

  // A clean signature after them: once its email is here, any email queued before it would be too.
  const marker = uniqueEmail("after-crlf");
  const clean = await request.post(SIGN, {
    form: { locale: "en", name: "Clean Test", email: marker, country: "KZ" },
    headers: { Accept: "application/json", Origin: new URL(baseURL!).origin, "X-Forwarded-For": clientIp },
  });
  expect(clean.status()).toBe(200);
  await waitForEmail(marker, { after });
  expect(emailsTo(victim)).toEqual([]);
});
