import { it } from "node:test";
import assert from "node:assert/strict";
import type { z } from "zod";
import { describeOnDatabases } from "../testing/db";
import { openPetition } from "../signatures/fixtures";
import { signPetition } from "../signatures/sign";
import { resendConfirmation } from "../signatures/resend";
import { sponsorFieldErrors, sponsorSchema } from "../sponsors/schema";
import { moderationFormSchema } from "../sponsors/moderation-schema";
import { signInFormSchema } from "../auth/schemas";
import { createCampaignSchema } from "../campaigns/create-campaign";
import { createPetitionSchema, recordDeliverySchema, updatePetitionSchema } from "../petitions/organiser-schemas";
import { moderationFilterSchema } from "../signatures/moderation-filter";
import { scheduleEndSchema } from "../campaigns/campaign-end";
import { CONTROL_CHARACTER_MESSAGE, hasControlCharacter, plainTextOnly } from "./plain-text";

// A NUL byte in a sign form's name answered 500 (PostgreSQL cannot store it) and printed the row to the
// log. Every form now refuses control characters at the field, before anything is stored.

const NUL = "\u0000";
const CONTROLS = [NUL, "\u0001", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029", "\ud800", "\udc00"];
const limits = [{ count: 1000, seconds: 60 }];

it("knows printable text from control characters; tab and line breaks only where a form allows several lines", () => {
  for (const c of CONTROLS) assert.equal(hasControlCharacter(`a${c}b`), true, JSON.stringify(c));
  for (const c of ["\t", "\n", "\r"]) {
    assert.equal(hasControlCharacter(`a${c}b`), true);
    assert.equal(hasControlCharacter(`a${c}b`, { multiline: true }), false);
  }
  for (const text of ["Жанар Қасымова", "Anna-Maria O'Neill", "😀 ✊", "שלום", "+49 30 1234"]) assert.equal(hasControlCharacter(text), false, text);
});

describeOnDatabases("control characters in the supporter's forms", (db) => {
  it("the sign form: a control character in any field is refused at that field, and nothing is written", async () => {
    const petition = await openPetition(db());
    const form = { petitionId: petition.id, locale: "en", name: "Aigerim Sadykova", email: "aigerim@example.org", country: "KZ", city: "Aktau", organisation: "Oil workers' union", role: "Driller", comment: "Solidarity" };
    for (const field of ["name", "email", "country", "city", "organisation", "role", "comment"] as const) {
      for (const c of CONTROLS) {
        const result = await signPetition(db(), petition.address, { ...form, [field]: `${form[field]}${c}` }, { ip: "192.0.2.41", locale: "en", limits });
        assert.deepEqual(result, { ok: false, reason: "invalid", fieldErrors: { [field]: CONTROL_CHARACTER_MESSAGE }, formError: null }, `${field} ${JSON.stringify(c)}`);
      }
    }
    for (const field of ["petitionId", "locale", "consentTextId"] as const) {
      const result = await signPetition(db(), petition.address, { ...form, [field]: `x${NUL}` }, { ip: "192.0.2.41", locale: "en", limits });
      assert.deepEqual(result, { ok: false, reason: "invalid", fieldErrors: {}, formError: "signature.errors.formInvalid" }, field);
    }
    assert.equal(await db().prisma.signature.count({ where: { petitionId: petition.id } }), 0);
    assert.equal(await db().prisma.outboxEmail.count(), 0);

    const multiLine = await signPetition(db(), petition.address, { ...form, comment: "Solidarity\r\nfrom\tAktau" }, { ip: "192.0.2.41", locale: "en", limits });
    assert.equal(multiLine.ok, true, "a comment may have several lines");
    assert.equal(await db().prisma.signature.count({ where: { petitionId: petition.id } }), 1);
  });

  it("the resend form: refused at the field, no email queued", async () => {
    const petition = await openPetition(db());
    const before = await db().prisma.outboxEmail.count();
    assert.deepEqual(await resendConfirmation(db(), { locale: "en", petitionId: petition.id, email: `a${NUL}@example.org` }, { ip: "192.0.2.42", locale: "en" }), {
      ok: false, reason: "invalid", fieldErrors: { email: CONTROL_CHARACTER_MESSAGE }, formError: null,
    });
    assert.deepEqual(await resendConfirmation(db(), { locale: "en", petitionId: `${petition.id}${NUL}`, email: "a@example.org" }, { ip: "192.0.2.42", locale: "en" }), {
      ok: false, reason: "invalid", fieldErrors: { petitionId: CONTROL_CHARACTER_MESSAGE }, formError: null,
    });
    assert.equal(await db().prisma.outboxEmail.count(), before);
    assert.equal(await db().prisma.rateLimitBucket.count({ where: { key: { startsWith: "resend:192.0.2.42" } } }), 0, "not even a rate-limit hit");
  });
});

/** The first issue's field and message. */
function firstIssue(schema: z.ZodType, input: unknown): [string, string] | null {
  const parsed = schema.safeParse(input);
  return parsed.success ? null : [parsed.error.issues[0]!.path.join("."), parsed.error.issues[0]!.message];
}

it("the sponsor form: each field, either kind, answers the message at that field", () => {
  const individual = { kind: "INDIVIDUAL", name: "Maria Keller", role: "Shop steward", organisation: "ver.di Berlin", country: "DE", email: "maria@example.org", consent: "on" };
  const organisation = { kind: "ORGANISATION", organisationName: "Unite Bristol", organisationKind: "UNION_BRANCH", website: "unite.example.org", contactName: "Tom", country: "GB", email: "tom@example.org", consent: "on" };
  for (const form of [individual, organisation]) {
    for (const field of Object.keys(form)) {
      const parsed = sponsorSchema.safeParse({ ...form, [field]: `${form[field as keyof typeof form]}${NUL}` });
      assert.equal(parsed.success, false, field);
      assert.deepEqual(sponsorFieldErrors(parsed.error!), { [field]: CONTROL_CHARACTER_MESSAGE }, field);
    }
  }
});

it("the sign-in form and the organisers' forms refuse control characters at the field", () => {
  assert.deepEqual(firstIssue(signInFormSchema, { email: `a${NUL}@example.org`, locale: "en" }), ["email", CONTROL_CHARACTER_MESSAGE]);
  assert.deepEqual(firstIssue(signInFormSchema, { email: "a@example.org", locale: "en", callbackUrl: `/en${NUL}` }), ["callbackUrl", CONTROL_CHARACTER_MESSAGE]);
  assert.deepEqual(firstIssue(plainTextOnly(createCampaignSchema), { slug: "a-campaign", title: "A campaign", summary: "", defaultLocale: "en", ownerEmail: `a@example.org${NUL}` }), ["ownerEmail", CONTROL_CHARACTER_MESSAGE]);
  assert.deepEqual(firstIssue(createPetitionSchema, { demandIds: [`d1${NUL}`], targetIds: [], locales: ["en"], slug: "ok" }), ["demandIds.0", CONTROL_CHARACTER_MESSAGE]);
  assert.deepEqual(firstIssue(updatePetitionSchema, { title: { en: `Free them${NUL}` }, goal: "" }), ["title.en", CONTROL_CHARACTER_MESSAGE]);
  assert.deepEqual(firstIssue(updatePetitionSchema, { title: { en: "Free\tthem" } }), ["title.en", CONTROL_CHARACTER_MESSAGE], "a title is one line");
  assert.deepEqual(firstIssue(updatePetitionSchema, { body: { ru: `Текст${NUL}` } }), ["body.ru", CONTROL_CHARACTER_MESSAGE]);
  assert.equal(firstIssue(updatePetitionSchema, { body: { en: "Two\r\nlines\tand a tab" } }), null, "a petition's text has lines");
  assert.deepEqual(firstIssue(recordDeliverySchema, { deliveredAt: "2026-11-30", method: "EMAIL", notes: `Handed over${NUL}` }), ["notes", CONTROL_CHARACTER_MESSAGE]);
  assert.deepEqual(firstIssue(moderationFormSchema, { decision: "APPROVE:abc", note: `ok${NUL}` }), ["note", CONTROL_CHARACTER_MESSAGE]);
  assert.deepEqual(firstIssue(moderationFilterSchema, { domain: `example.org${NUL}` }), ["domain", CONTROL_CHARACTER_MESSAGE]);
  assert.deepEqual(firstIssue(scheduleEndSchema, { lastDay: `2026-12-31${NUL}` }), ["lastDay", CONTROL_CHARACTER_MESSAGE]);
});
