import { it } from "node:test";
import assert from "node:assert/strict";
import type { Database } from "../db/client";
import type { AuthConfig } from "../auth/config";
import { pressSignInButton } from "../auth/next-auth-callback.testing";
import { requestSignInLink } from "../auth/request-link";
import { confirmSignature } from "../signatures/confirm";
import { openPetition, signForm } from "../signatures/fixtures";
import { signPetition } from "../signatures/sign";
import { addSponsor } from "../sponsors/add-sponsor";
import { confirmSponsor } from "../sponsors/confirm";
import { liveCampaign, unionBranch } from "../sponsors/test-world";
import { describeOnDatabases } from "../testing/db";
import { startTestSmtpServer } from "../testing/smtp";
import { listMailboxEmails } from "./dev-mailbox";
import { sendPendingEmails } from "./send-pending";
import { createSmtpTransport } from "./transport";

// Issue 9, hole 3: a copy of the database (a backup, a curious reader) must hold no link that works.
// After a signature, a sponsor entry and a sign-in request, the emails really sent over SMTP carry
// working links; no table, in any text column, holds any of their tokens.

const config: AuthConfig = {
  secret: "a-test-secret-that-is-long-enough-0123456789",
  appUrl: "http://localhost:3000",
  adminEmails: [],
  rateLimits: { perIp: [{ count: 5, seconds: 600 }] },
  linkSpacingSeconds: 60,
};

/** Every row of every table of the app, as JSON text (so every text, JSON and array column is read). */
async function everyRowAsText(db: Database): Promise<string[]> {
  const tables = await db.sql.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  assert.ok(tables.length >= 20, "all the app's tables are read");
  const rows: string[] = [];
  for (const { name } of tables) {
    const found = await db.sql.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${name.replace(/"/g, '""')}" t`);
    rows.push(...found.map((r) => `${name}: ${r.row}`));
  }
  return rows;
}

const linkIn = (text: string, path: RegExp) => {
  const match = new RegExp(String.raw`https?://\S+${path.source}\S*`).exec(text);
  assert.ok(match, `the email holds a link to ${path.source}`);
  return new URL(match[0]);
};

describeOnDatabases("a copy of the database holds no working link", (db) => {
  it("after a signature, a sponsor entry and a sign-in request: the tokens of the emails received are nowhere in any table, and the links work", async () => {
    const smtp = await startTestSmtpServer();
    const smtpTransport = createSmtpTransport({ url: smtp.url, from: "Placard <placard@example.org>", name: "test" });
    try {
      const petition = await openPetition(db());
      const form = signForm(petition.id, { email: "signer-sealed@example.org" });
      assert.equal((await signPetition(db(), petition.address, form, { ip: "192.0.2.201", locale: "en", limits: [] })).ok, true);
      const campaign = await liveCampaign(db());
      await addSponsor(db(), { campaignId: campaign.id, sponsor: unionBranch({ email: "secretary-sealed@example.org" }) }, { ip: "192.0.2.202", locale: "de" });
      await db().prisma.user.create({ data: { email: "organiser-sealed@example.org" } });
      await requestSignInLink(db(), { email: "organiser-sealed@example.org", locale: "ru", ip: "192.0.2.203" }, config);

      assert.equal((await sendPendingEmails(db(), { transport: smtpTransport })).sent, 3);
      const received = async (to: string) => (await smtp.waitFor((m) => m.to.includes(to))).text;
      const signatureLink = linkIn(await received("signer-sealed@example.org"), /\/en\/signatures\/confirm\?/);
      const sponsorLink = linkIn(await received("secretary-sealed@example.org"), /\/de\/sponsors\/confirm\?/);
      const signInLink = linkIn(await received("organiser-sealed@example.org"), /\/ru\/auth\/confirm\?/);
      const tokens = [signatureLink, sponsorLink, signInLink].map((link) => link.searchParams.get("token")!);
      for (const token of tokens) assert.ok(token.length >= 43, "each email carries its token");

      for (const row of await everyRowAsText(db())) {
        for (const token of tokens) assert.ok(!row.includes(token), `a token of a sent email is stored in ${row.slice(0, row.indexOf(":"))}`);
      }

      // The development mailbox renders the rows too: its links work.
      const mailbox = await listMailboxEmails(db(), { to: "organiser-sealed@example.org" });
      assert.equal(linkIn(mailbox.emails[0]!.text, /\/ru\/auth\/confirm\?/).searchParams.get("token"), tokens[2]);

      assert.equal((await confirmSignature(db(), tokens[0], { locale: "en" })).kind, "confirmed");
      assert.equal((await confirmSponsor(db(), tokens[1])).state, "confirmed");
      const signedIn = await pressSignInButton(db(), config, { token: tokens[2]!, email: signInLink.searchParams.get("email")! });
      assert.equal(signedIn.signedIn, true);
    } finally {
      smtpTransport.close();
      await smtp.close();
    }
  });
});
