import crypto from "node:crypto";
import { test, expect, signInAs } from "./support/fixtures";

// The campaign's admin drafts a protest letter from the demo campaign's demands, tries to save a misspelt
// placeholder and an expression, and is told at the field what is wrong each time; fixed, the letter saves
// with another subject, the preview shows it filled with the sample sender, and once published the public
// letters page lists it.

const CONSOLE = "/en/organise/campaigns/zhanaozen/letters";

test("an admin drafts a letter template from the demands, is refused a bad placeholder, previews and publishes it", async ({ page }) => {
  test.setTimeout(120_000);
  const suffix = crypto.randomBytes(3).toString("hex");
  const title = `Protest to the ministry ${suffix}`;
  await signInAs(page);

  await page.goto(CONSOLE);
  const form = page.getByRole("region", { name: "New template" });
  await form.getByLabel("Kind").selectOption("PROTEST");
  await form.getByLabel("Title", { exact: true }).fill(title);
  await form.getByLabel("Address (slug)").fill(`protest-ministry-${suffix}`);
  await form.getByLabel("Language").selectOption("en");
  await form.getByRole("button", { name: "Draft the template" }).click();
  await expect(page.getByText("The template was drafted from the demands.")).toBeVisible();

  // The body is drafted from the campaign's demands, with the placeholders of a letter.
  const body = page.getByLabel("Letter", { exact: true });
  const drafted = await body.inputValue();
  expect(drafted).toMatch(/^Dear \{\{target_name\}\},/);
  expect(drafted).toContain("{{sender_name}}");
  expect(drafted.split("\n").filter((l) => l.startsWith("- ")).length).toBeGreaterThan(1);

  // A misspelt placeholder is refused at the body, naming it.
  await body.fill(drafted.replace("{{sender_name}}", "{{sender_nmae}}"));
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Unknown placeholder sender_nmae; known: target_name, .*sender_name/)).toBeVisible();

  // An expression in the subject is refused at the subject.
  await page.getByLabel("Letter", { exact: true }).fill(drafted);
  await page.getByLabel("Subject", { exact: true }).fill("Answer us {{ 7*7 }}");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Placeholders are names only, never expressions: {{ 7*7 }}.")).toBeVisible();

  // Fixed, with another subject, it saves.
  await page.getByLabel("Subject", { exact: true }).fill("Justice for the Zhanaozen strikers");
  await page.getByLabel("Other subjects").fill("A letter from {{sender_name}} about Zhanaozen");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  // The preview: every subject, the sample sender's name, never a placeholder left unfilled.
  const subjects = page.getByTestId("preview-subjects");
  await expect(subjects).toContainText("Justice for the Zhanaozen strikers");
  await expect(subjects).toContainText("A letter from Alex Example about Zhanaozen");
  await expect(page.getByTestId("preview-letter")).toContainText("Alex Example");
  await expect(page.getByTestId("preview-letter")).not.toContainText("{{");

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Published: it is offered on the letters page.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "State: Published" })).toBeVisible();

  await page.goto("/en/campaigns/zhanaozen/letters");
  await expect(page.getByText(title)).toBeVisible();
});
