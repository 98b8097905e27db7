import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { isHoneypotFilled, signatureSchema } from "./schema";

const form = { petitionId: "p1", locale: "en", name: "  Nurlan   Test ", email: " nurlan@example.org ", country: "kz" };

describe("the sign form's schema", () => {
  it("tidies what people type and leaves both choices unticked unless ticked", () => {
    const data = signatureSchema.parse({ ...form, city: " ", comment: "" });
    assert.equal(data.name, "Nurlan Test");
    assert.equal(data.email, "nurlan@example.org");
    assert.equal(data.country, "KZ");
    assert.equal(data.city, null);
    assert.equal(data.comment, null);
    assert.equal(data.isPublic, false);
    assert.equal(data.wantsUpdates, false);
    const ticked = signatureSchema.parse({ ...form, isPublic: "on" });
    assert.equal(ticked.isPublic, true);
    assert.equal(ticked.wantsUpdates, false, "the two choices are separate");
  });

  it("accepts names in any script, and initials with dots", () => {
    for (const name of ["Наталья Соколова", "J. R. Tolkien", "O'Brien-Smith", "李雷"]) {
      assert.ok(signatureSchema.safeParse({ ...form, name }).success, name);
    }
  });

  it("refuses a web address with any top-level domain or dot in the name and the other one-line answers, each at its field", () => {
    for (const name of ["Prize at win-big.shop", "ｗｉｎ．ｃｏｍ", "мой-сайт.рф", "J.R.Smith"]) {
      const result = signatureSchema.safeParse({ ...form, name });
      assert.equal(result.success ? null : result.error.issues[0]?.message, "signature.errors.nameHasLink", name);
    }
    for (const field of ["city", "organisation", "role"]) {
      const result = signatureSchema.safeParse({ ...form, [field]: "see example。net" });
      assert.equal(result.success ? null : result.error.issues.find((i) => i.path[0] === field)?.message, "signature.errors.textHasLink", field);
    }
    for (const name of ["St. Petersburg", "Anna-Maria O'Neil", "Dr. Müller", "И. И. Иванов"]) assert.ok(signatureSchema.safeParse({ ...form, name, city: name }).success, name);
  });

  it("refuses fields the form does not have", () => {
    assert.equal(signatureSchema.safeParse({ ...form, status: "CONFIRMED" }).success, false);
    assert.equal(signatureSchema.safeParse({ ...form, isSuspect: "false" }).success, false);
  });

  it("knows a filled honeypot", () => {
    assert.equal(isHoneypotFilled({ ...form, homepage: "" }), false);
    assert.equal(isHoneypotFilled({ ...form, homepage: "http://x.example" }), true);
  });
});
