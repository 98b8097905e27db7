import { test, expect, signInAs } from "./support/fixtures";

// An editor rewrites the German call script of the demo campaign on the texts page: a placeholder the
// letters do not know is refused at the field, the text kept; the saved script is on the German call page,
// filled for the office a caller in Germany is shown first. The story puts the original script back.

const EMBASSY = "Embassy of the Republic of Kazakhstan in Germany";

test("an editor writes the call script, and callers in Germany read it filled for the embassy in Berlin", async ({ page, browser, baseURL }) => {
  const tag = `Anruf-${Math.random().toString(36).slice(2, 8)}`;
  await signInAs(page);
  await page.goto("/en/organise/campaigns/zhanaozen/texts?lang=de");
  const script = page.getByLabel("Call script (what callers say on the phone)");
  const original = await script.inputValue();
  expect(original).toContain("Schanaosen");

  try {
    await script.fill(`Guten Tag, ich heiße ___ ({{caller_phone}}).`);
    await page.getByRole("button", { name: "Save the texts" }).click();
    await expect(page.getByText(/^Unknown placeholder caller_phone; known: target_name/)).toBeVisible();
    await expect(script).toHaveValue(`Guten Tag, ich heiße ___ ({{caller_phone}}).`);

    const written = `Guten Tag, ich heiße ___ und rufe bei der Stelle {{target_name}} in {{target_city}} an (${tag}).\n\nIch bitte Sie:\n{{demands}}`;
    await script.fill(written);
    await page.getByRole("button", { name: "Save the texts" }).click();
    await expect(page.getByText("The texts were saved.")).toBeVisible();

    const caller = await browser.newContext({ baseURL, locale: "de-DE", javaScriptEnabled: false });
    const call = await caller.newPage();
    await call.goto("/de/campaigns/zhanaozen/call");
    const card = call.getByRole("article", { name: EMBASSY });
    await expect(card).toContainText(`rufe bei der Stelle ${EMBASSY} in Berlin an (${tag}).`);
    await expect(card).toContainText(/Ich bitte Sie:\s+1\. /);
    await expect(card).not.toContainText("{{");
    await caller.close();
  } finally {
    await page.goto("/en/organise/campaigns/zhanaozen/texts?lang=de");
    await page.getByLabel("Call script (what callers say on the phone)").fill(original);
    await page.getByRole("button", { name: "Save the texts" }).click();
    await expect(page.getByText("The texts were saved.")).toBeVisible();
  }
});
