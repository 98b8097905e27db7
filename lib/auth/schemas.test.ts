import assert from "node:assert/strict";
import { it } from "node:test";
import { signInFormSchema } from "./schemas";

it("the sign-in form takes an address, the page's language and where to go next, and nothing else", () => {
  const good = { email: " organiser@example.org ", locale: "ru", callbackUrl: "/ru/organise" };
  const parsed = signInFormSchema.safeParse(good);
  assert.equal(parsed.success, true);
  assert.equal(parsed.data?.email, "organiser@example.org");
  for (const bad of [
    { ...good, email: "organiser" },
    { ...good, email: "" },
    { ...good, locale: "fr" },
    { ...good, role: "ADMIN" },
  ]) {
    assert.equal(signInFormSchema.safeParse(bad).success, false, JSON.stringify(bad));
  }
  assert.equal(signInFormSchema.safeParse({ ...good, email: "x" }).error?.issues[0]?.message, "auth.signIn.invalidEmail");
});
