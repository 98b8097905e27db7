import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { sponsorFieldErrors, sponsorFormValues, sponsorSchema } from "./schema";

const individual = { kind: "INDIVIDUAL", name: "Ingrid Solvang", role: "Shop steward", organisation: "Bergen Workers' Club", country: "NO", email: "ingrid@example.org", consent: "on" };
const organisation = {
  kind: "ORGANISATION",
  organisationName: "Northfield Rail Workers' Branch",
  organisationKind: "UNION_BRANCH",
  website: "https://northfield.example.org",
  contactName: "Branch secretary",
  country: "GB",
  email: "secretary@northfield.example.org",
  consent: "on",
};

function errorsOf(values: Record<string, unknown>) {
  const result = sponsorSchema.safeParse(values);
  assert.equal(result.success, false, `expected ${JSON.stringify(values)} to be refused`);
  return sponsorFieldErrors(result.error!);
}

describe("the sponsor form's schema", () => {
  it("accepts an individual and an organisation, tidying what was typed", () => {
    const person = sponsorSchema.parse({ ...individual, name: "  Ingrid   Solvang ", role: "", country: "no" });
    assert.deepEqual(person, { ...individual, role: undefined, country: "NO" });
    const branch = sponsorSchema.parse({ ...organisation, website: "northfield.example.org", contactName: "" });
    assert.equal(branch.kind, "ORGANISATION");
    assert.equal(branch.kind === "ORGANISATION" && branch.website, "https://northfield.example.org");
    assert.equal(branch.kind === "ORGANISATION" && branch.contactName, undefined);
  });

  it("asks for each required field of an individual, by name", () => {
    assert.equal(errorsOf({ ...individual, kind: undefined }).kind, "sponsors.errors.kindRequired");
    assert.equal(errorsOf({ ...individual, kind: "ROBOT" }).kind, "sponsors.errors.kindRequired");
    assert.equal(errorsOf({ ...individual, name: "   " }).name, "sponsors.errors.nameRequired");
    assert.equal(errorsOf({ ...individual, name: undefined }).name, "sponsors.errors.nameRequired");
    assert.equal(errorsOf({ ...individual, name: "x".repeat(121) }).name, "sponsors.errors.nameTooLong");
    assert.equal(errorsOf({ ...individual, country: undefined }).country, "sponsors.errors.countryRequired");
    assert.equal(errorsOf({ ...individual, country: "XX" }).country, "sponsors.errors.countryRequired");
    assert.equal(errorsOf({ ...individual, email: "" }).email, "sponsors.errors.emailRequired");
    assert.equal(errorsOf({ ...individual, email: "ingrid at example.org" }).email, "sponsors.errors.emailInvalid");
    assert.equal(errorsOf({ ...individual, consent: undefined }).consent, "sponsors.errors.consentRequired");
    assert.equal(errorsOf({ ...individual, role: "x".repeat(121) }).role, "sponsors.errors.textTooLong");
    assert.equal(errorsOf({ ...individual, organisation: "x".repeat(201) }).organisation, "sponsors.errors.textTooLong");
  });

  it("asks for each required field of an organisation, by name", () => {
    assert.equal(errorsOf({ ...organisation, organisationName: "" }).organisationName, "sponsors.errors.organisationNameRequired");
    assert.equal(errorsOf({ ...organisation, organisationKind: undefined }).organisationKind, "sponsors.errors.organisationKindRequired");
    assert.equal(errorsOf({ ...organisation, organisationKind: "CARTEL" }).organisationKind, "sponsors.errors.organisationKindRequired");
    assert.equal(errorsOf({ ...organisation, website: "" }).website, "sponsors.errors.websiteRequired");
    assert.equal(errorsOf({ ...organisation, website: "ftp://northfield.example.org" }).website, "sponsors.errors.websiteInvalid");
    assert.equal(errorsOf({ ...organisation, website: "javascript:alert(1)" }).website, "sponsors.errors.websiteInvalid");
    assert.equal(errorsOf({ ...organisation, website: "https://localhost" }).website, "sponsors.errors.websiteInvalid");
    assert.equal(errorsOf({ ...organisation, email: "nope" }).email, "sponsors.errors.emailInvalid");
  });

  it("refuses names with links or that start like a spreadsheet formula", () => {
    for (const name of ["=HYPERLINK(\"x\")", "+7 999", "-1", "@everyone", "Visit https://spam.example.com", "www.spam.example.com", "cheap.example.com/pills"]) {
      assert.equal(errorsOf({ ...individual, name }).name, "sponsors.errors.nameUnsafe", name);
      assert.equal(errorsOf({ ...organisation, organisationName: name }).organisationName, "sponsors.errors.nameUnsafe", name);
    }
    assert.equal(errorsOf({ ...individual, organisation: "=cmd|' /C calc'!A0" }).organisation, "sponsors.errors.textUnsafe");
    assert.equal(errorsOf({ ...organisation, contactName: "@admin" }).contactName, "sponsors.errors.textUnsafe");
    // Hyphens, apostrophes and dots inside a name are fine.
    assert.equal(sponsorSchema.safeParse({ ...individual, name: "Anne-Marie O'Neil Jr." }).success, true);
  });

  it("refuses a web address with any top-level domain or dot in every name and one-line answer, and keeps ordinary names", () => {
    for (const name of ["Best deals at cheap-pills.shop", "ｃｈｅａｐ．ｃｏｍ", "профсоюз.рф", "union｡org"]) {
      assert.equal(errorsOf({ ...individual, name }).name, "sponsors.errors.nameUnsafe", name);
      assert.equal(errorsOf({ ...organisation, organisationName: name }).organisationName, "sponsors.errors.nameUnsafe", name);
      assert.equal(errorsOf({ ...individual, role: name }).role, "sponsors.errors.textUnsafe", name);
      assert.equal(errorsOf({ ...individual, organisation: name }).organisation, "sponsors.errors.textUnsafe", name);
      assert.equal(errorsOf({ ...organisation, contactName: name }).contactName, "sponsors.errors.textUnsafe", name);
    }
    for (const name of ["J. R. Smith", "St. Petersburg Dockers", "Dr. Müller", "Профсоюз «Жаңаөзен»", "Verein e.V."]) {
      assert.equal(sponsorSchema.safeParse({ ...individual, name, organisation: name }).success, true, name);
      assert.equal(sponsorSchema.safeParse({ ...organisation, organisationName: name }).success, true, name);
    }
  });

  it("refuses fields the form does not have, such as a status, as one form-level problem", () => {
    const errors = errorsOf({ ...individual, status: "APPROVED" });
    assert.deepEqual(errors, { form: "sponsors.errors.invalidForm" });
    assert.equal(sponsorSchema.safeParse({ ...organisation, isDomainVerified: "true" }).success, false);
    // An individual cannot carry an organisation's fields (nor the reverse).
    assert.equal(sponsorSchema.safeParse({ ...individual, website: "https://x.example.org" }).success, false);
  });

  it("reads a posted form: drops the other kind's fields and React's own, keeps anything else for the schema to refuse", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...individual, organisationName: "", organisationKind: "", website: "", contactName: "", homepage: "" })) form.append(k, v);
    form.append("$ACTION_REF_1", "");
    assert.equal(sponsorSchema.safeParse(sponsorFormValues(form)).success, true);

    const forOrg = new FormData();
    for (const [k, v] of Object.entries({ ...organisation, name: "Leftover", role: "", organisation: "" })) forOrg.append(k, v);
    assert.equal(sponsorSchema.safeParse(sponsorFormValues(forOrg)).success, true);

    forOrg.append("status", "APPROVED");
    assert.equal(sponsorSchema.safeParse(sponsorFormValues(forOrg)).success, false);

    const untouched = new FormData();
    for (const [k, v] of Object.entries({ ...organisation, organisationKind: "", country: "" })) untouched.append(k, v);
    const errors = sponsorFieldErrors(sponsorSchema.safeParse(sponsorFormValues(untouched)).error!);
    assert.equal(errors.organisationKind, "sponsors.errors.organisationKindRequired");
    assert.equal(errors.country, "sponsors.errors.countryRequired");
  });
});
