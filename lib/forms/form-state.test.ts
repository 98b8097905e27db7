import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import { getTranslator, type MessageKey } from "../i18n/translate";
import { errorStateFrom, fieldErrorKeysFrom, fieldErrorsFrom, textValues } from "./form-state";

// The one conversion from a schema's issues to messages, as every form uses it (issue 10).

const schema = z.strictObject({
  email: z.string("signature.errors.emailInvalid" satisfies MessageKey).pipe(z.email("signature.errors.emailInvalid" satisfies MessageKey)),
  name: z.string().min(1, "signature.errors.nameRequired" satisfies MessageKey).max(5),
  tags: z.array(z.string().min(1, "signature.errors.nameRequired" satisfies MessageKey)).optional(),
});
const errorOf = (input: unknown) => schema.safeParse(input).error!;

describe("fieldErrorsFrom", () => {
  const t = getTranslator("en");

  it("puts the first message at each field, translated; a message that is not a key gets the fallback", () => {
    const error = errorOf({ email: "nope", name: "far too long", tags: ["ok", ""] });
    assert.deepEqual(fieldErrorsFrom(error, t), {
      email: t("signature.errors.emailInvalid"),
      name: t("errors.formInvalid"),
      "tags.1": t("signature.errors.nameRequired"),
    });
    assert.deepEqual(fieldErrorsFrom(error, t, "signature.errors.formInvalid").name, t("signature.errors.formInvalid"));
  });

  it("with the form's fields: an unknown field or a message that is not a key becomes one form-level message", () => {
    const error = errorOf({ email: "nope", name: "far too long", status: "APPROVED" });
    const options = { fields: ["email", "name"], fallback: "sponsors.errors.invalidForm" } as const;
    assert.deepEqual(fieldErrorKeysFrom(error, options), { email: "signature.errors.emailInvalid", form: "sponsors.errors.invalidForm" });
    assert.deepEqual(fieldErrorsFrom(error, t, options), { email: t("signature.errors.emailInvalid"), form: t("sponsors.errors.invalidForm") });
    assert.deepEqual(fieldErrorKeysFrom(errorOf({ email: "a@example.org", name: "" }), options), { name: "signature.errors.nameRequired" });
  });

  it("errorStateFrom hands the form-level message apart, and names no slot that has no message", () => {
    const options = { fields: ["email", "name"], fallback: "sponsors.errors.invalidForm" } as const;
    assert.deepEqual(errorStateFrom(errorOf({ email: "nope", name: "Ann", status: "APPROVED" }), t, options), {
      formError: t("sponsors.errors.invalidForm"),
      fieldErrors: { email: t("signature.errors.emailInvalid") },
    });
    assert.deepEqual(errorStateFrom(errorOf({ email: "a@example.org", name: "Ann", status: "APPROVED" }), t, options), { formError: t("sponsors.errors.invalidForm") });
    assert.deepEqual(errorStateFrom(errorOf({ email: "nope", name: "Ann" }), t, options), { fieldErrors: { email: t("signature.errors.emailInvalid") } });
  });

  it("textValues keeps the single answers, for the fields to show again", () => {
    assert.deepEqual(textValues({ email: "a@example.org", demandIds: ["1", "2"] }), { email: "a@example.org" });
    assert.deepEqual(textValues(undefined), {});
  });
});
