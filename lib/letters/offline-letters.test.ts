import { before, it } from "node:test";
import assert from "node:assert/strict";
import { PDFParse } from "pdf-parse";
import { describeOnDatabases } from "../testing/db";
import { countLetterOpenings } from "./offline-letters";
import { openInMailApp } from "./offline-mailto";
import { answerMailAppPageRequest } from "./offline-mail-app-page";
import { answerPrintRequest } from "./offline-print";

// The supporter's own mail app and paper: the same form as a letter through Placard, counted as opened.

describeOnDatabases("sending a letter from my own mail app and on paper", (db) => {
  let tag = "";
  let campaignId = "";
  const ids: Record<string, string> = {};
  before(async () => {
    tag = Math.random().toString(36).slice(2, 8);
    const p = db().prisma;
    const campaign = await p.campaign.create({
      data: {
        slug: `offline-${tag}`, status: "LIVE", locales: ["en", "ru"], copyToEmails: ["copies@example.org"],
        translations: { create: [{ locale: "en", title: "Justice for the oil workers", summary: "x", appeal: "x" }] },
        demands: { create: [{ position: 1, translations: { create: [{ locale: "en", text: "Release the workers" }, { locale: "ru", text: "Освободить рабочих" }] } }] },
      },
    });
    campaignId = campaign.id;
    const embassy = await p.target.create({ data: { campaignId, slug: "embassy-berlin", kind: "EMBASSY", name: "Embassy of Kazakhstan in Berlin", country: "DE", city: "Berlin", postalAddress: "Nordendstraße 14–17\n13156 Berlin", fax: "+49 30 000000", emails: ["embassy@example.org"], phones: [] } });
    const company = await p.target.create({ data: { campaignId, slug: "oil-company", kind: "COMPANY", name: "Oil Company", country: "KZ", city: "Aktau", postalAddress: "1 Oil Road\nAktau 130000", emails: ["dead@example.org", "ceo@example.org"], failingEmails: ["dead@example.org"], phones: [] } });
    const nomail = await p.target.create({ data: { campaignId, slug: "ministry", kind: "GOVERNMENT_OFFICE", name: "Ministry of Labour", country: "KZ", city: "Astana", emails: [], phones: [] } });
    Object.assign(ids, { embassy: embassy.id, company: company.id, nomail: nomail.id });
    const template = (slug: string, body: string) =>
      p.letterTemplate.create({
        data: {
          campaignId, slug, kind: "PROTEST", status: "PUBLISHED", editable: false, maxLength: 5000,
          translations: { create: [
            { locale: "en", title: "Protest", subject: "Free the workers, {{target_name}}", body },
            { locale: "ru", title: "Протест", subject: "Освободите рабочих", body: "Уважаемые {{target_name}}!\n\n{{demands}}\n\n{{sender_name}}" },
          ] },
          targets: { create: [{ targetId: embassy.id }, { targetId: company.id }, { targetId: nomail.id }] },
        },
      });
    await template("protest", "Dear {{target_name}},\n\n{{demands}} & answer? #now\n\n{{sender_name}}, {{sender_city}}");
    await template("long", `Dear {{target_name}},\n\n${"We demand justice for the workers. ".repeat(60)}\n\n{{sender_name}}`);
  });

  const form = (fields: Record<string, string | string[]>) => {
    const data = new FormData();
    const all = { locale: "en", campaign: `offline-${tag}`, template: "protest", name: "Anna Example", email: "anna@example.org", city: "Cologne", country: "DE", targets: ["embassy-berlin", "oil-company"], website: "", ...fields };
    for (const [k, v] of Object.entries(all)) for (const one of Array.isArray(v) ? v : [v]) data.append(k, one);
    return data;
  };
  let n = 0;
  const ip = () => `198.51.100.${++n}`;
  const openings = () => db().prisma.letterOpening.count({ where: { campaignId } });

  it("gives one mail-app message per target, the campaign's copies in Cc, as a link with the same text, counted as opened", async () => {
    const state = await openInMailApp(db(), form({}), { ip: ip() });
    assert.equal(state.formError, undefined, JSON.stringify(state));
    assert.equal(state.messages?.length, 2);
    const [embassy, company] = state.messages!;
    assert.deepEqual([embassy!.to, embassy!.cc], [["embassy@example.org"], ["copies@example.org"]]);
    assert.deepEqual(company!.to, ["ceo@example.org"], "a failing address is passed over");
    assert.equal(embassy!.body, "Dear Embassy of Kazakhstan in Berlin,\n\n1. Release the workers & answer? #now\n\nAnna Example, Cologne");
    const url = new URL(embassy!.href!);
    assert.equal(url.protocol, "mailto:");
    assert.equal(url.pathname, "embassy@example.org");
    assert.equal(url.searchParams.get("cc"), "copies@example.org");
    assert.equal(url.searchParams.get("subject"), embassy!.subject);
    assert.equal(url.searchParams.get("body"), embassy!.body.replace(/\n/g, "\r\n"));
    assert.equal(state.labels?.openTo[0], "Open in my mail app: to Embassy of Kazakhstan in Berlin");
    const counts = await countLetterOpenings(db(), campaignId);
    assert.deepEqual(counts[ids.embassy!], { mailto: 1, print: 0 });
    assert.deepEqual(counts[ids.company!], { mailto: 1, print: 0 });
    assert.equal(await db().prisma.letter.count({ where: { campaignId } }), 0, "nothing is counted as sent");
  });

  it("gives the text to copy with the addresses beside it when the link would be too long, or when the target has no email address", async () => {
    const state = await openInMailApp(db(), form({ template: "long", targets: ["embassy-berlin", "ministry"] }), { ip: ip() });
    const [embassy, ministry] = state.messages!;
    assert.equal(embassy!.href, undefined);
    assert.deepEqual([embassy!.to, embassy!.cc], [["embassy@example.org"], ["copies@example.org"]]);
    assert.match(embassy!.body, /^Dear Embassy of Kazakhstan in Berlin,/);
    assert.match(state.labels!.tooLong[0]!, /too long for a mail link/);
    assert.equal(ministry!.href, undefined);
    assert.deepEqual(ministry!.to, []);
  });

  it("refuses a bad form, a recipient of its own, or an unknown target, recording nothing, and keeps what was typed", async () => {
    const before = await openings();
    const bad = await openInMailApp(db(), form({ email: "not-an-address" }), { ip: ip() });
    assert.ok(bad.fieldErrors?.email, JSON.stringify(bad));
    assert.equal(bad.values?.name, "Anna Example");
    const forged = await openInMailApp(db(), form({ to: "victim@example.com" }), { ip: ip() });
    assert.ok(forged.formError);
    const unknown = await openInMailApp(db(), form({ targets: ["embassy-berlin", "victim@example.com"] }), { ip: ip() });
    assert.ok(unknown.fieldErrors?.targets, JSON.stringify(unknown));
    assert.equal(unknown.messages, undefined);
    assert.equal(await openings(), before);
  });

  it("is rate limited per client address", async () => {
    const address = ip();
    for (let i = 0; i < 20; i++) assert.equal((await openInMailApp(db(), form({ targets: ["ministry"] }), { ip: address })).formError, undefined);
    const limited = await openInMailApp(db(), form({ targets: ["ministry"] }), { ip: address });
    assert.match(limited.formError ?? "", /Too many letters/);
    assert.equal((await openInMailApp(db(), form({ targets: ["ministry"] }), { ip: ip() })).formError, undefined, "another address is not held back");
  });

  const post = (body: FormData, headers: Record<string, string> = {}) =>
    answerPrintRequest(
      new Request("http://localhost:4800/api/letters/print", { method: "POST", body: new URLSearchParams([...body.entries()] as [string, string][]), headers: { host: "localhost:4800", "x-placard-client-ip": ip(), ...headers } }),
      { db: async () => db(), appUrl: "http://localhost:4800", trustedProxy: "none", now: new Date("2026-12-03T10:00:00Z") },
    );

  it("prints the letter as a PDF, one page per target, with the postal address and the text, Cyrillic included, counted as printed", async () => {
    const before = await countLetterOpenings(db(), campaignId);
    const response = await post(form({ locale: "ru" }));
    assert.equal(response.status, 200, await response.clone().text());
    assert.equal(response.headers.get("content-type"), "application/pdf");
    assert.match(response.headers.get("content-disposition") ?? "", /^inline; filename="letter-offline-[a-z0-9]+-protest\.pdf"$/);
    const parser = new PDFParse({ data: new Uint8Array(await response.arrayBuffer()) });
    const { text, total } = await parser.getText();
    await parser.destroy();
    assert.equal(total, 2);
    for (const expected of ["Embassy of Kazakhstan in Berlin", "13156 Berlin", "По факсу: +49 30 000000", "Освободите рабочих", "Уважаемые Oil Company!", "1. Освободить рабочих", "1 Oil Road", "Aktau 130000"]) assert.ok(text.includes(expected), `${expected} in:\n${text}`);
    assert.doesNotMatch(text, /anna@example\.org/);
    const after = await countLetterOpenings(db(), campaignId);
    assert.equal(after[ids.embassy!]!.print, (before[ids.embassy!]?.print ?? 0) + 1);
    assert.equal(after[ids.company!]!.print, (before[ids.company!]?.print ?? 0) + 1);
    assert.equal(after[ids.embassy!]!.mailto, before[ids.embassy!]!.mailto);
  });

  it("answers a bad form with a plain-text 400 that says what is wrong, a post from another site with 403, and records nothing", async () => {
    const before = await openings();
    const bad = await post(form({ email: "nope", targets: [] }));
    assert.equal(bad.status, 400);
    assert.match(bad.headers.get("content-type") ?? "", /^text\/plain/);
    const body = await bad.text();
    assert.match(body, /^The letter could not be prepared: check the form\./);
    assert.match(body, /\nemail: \S/);
    assert.match(body, /targets: /);
    const header = await post(form({ name: "Anna\r\nBcc: victim@example.com" }));
    assert.equal(header.status, 400);
    const unknown = await post(form({ targets: ["somewhere-else"] }));
    assert.equal(unknown.status, 400);
    assert.match(await unknown.text(), /\ntargets: \S/);
    const missing = await post(form({ campaign: [] }));
    assert.match(await missing.text(), /\ncampaign: missing or not valid$/m);
    const cross = await post(form({}), { origin: "https://attacker.example" });
    assert.equal(cross.status, 403);
    assert.equal(await openings(), before);
  });

  const postMailApp = (body: FormData, headers: Record<string, string> = {}) =>
    answerMailAppPageRequest(
      new Request("http://localhost:4800/api/letters/mail-app", { method: "POST", body: new URLSearchParams([...body.entries()] as [string, string][]), headers: { host: "localhost:4800", "x-placard-client-ip": ip(), ...headers } }),
      { db: async () => db(), appUrl: "http://localhost:4800", trustedProxy: "none" },
    );

  it("without JavaScript, answers a page of its own with the links, the text to copy where too long, and a way back", async () => {
    const response = await postMailApp(form({ targets: ["embassy-berlin", "ministry"] }));
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /<a href="mailto:embassy@example\.org\?cc=copies@example\.org&amp;subject=/);
    assert.match(html, />Open in my mail app: to Embassy of Kazakhstan in Berlin</);
    assert.match(html, /Ministry of Labour has no email address in the directory/);
    assert.match(html, /<textarea[^>]*>Dear Ministry of Labour,/);
    assert.match(html, new RegExp(`href="/en/campaigns/offline-${tag}/letters/protest">Back to the letter`));
    assert.ok(html.length < 30_000);
    const bad = await postMailApp(form({ email: "nope" }));
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /role="alert"/);
    const cross = await postMailApp(form({}), { origin: "https://attacker.example" });
    assert.equal(cross.status, 403);
  });
});
