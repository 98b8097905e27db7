import { test, expect, uniqueEmail } from "./support/fixtures";
import { PETITION_PATH } from "./support/signing";

// Each mistake is named beside its field (and tied to it for screen readers), and listed above the form.

const cases: { field: string; value: string; message: string }[] = [
  { field: "Your name", value: "", message: "Enter your name." },
  { field: "Your name", value: "Visit https://spam.example", message: "A name cannot contain a link or a web address." },
  { field: "Your name", value: "=SUM(A1:A9)", message: "A name cannot start with =, +, - or @." },
  { field: "Email address", value: "not-an-address", message: "Enter an email address such as name@example.org." },
  { field: "Organisation or union", value: "www.spam.example", message: "This answer cannot contain a link or a web address." },
  { field: "Comment", value: "<b>Solidarity</b>", message: "Your comment cannot contain HTML tags. Please write plain text." },
];

for (const { field, value, message } of cases) {
  test(`${field} "${value}" is refused in place: ${message}`, async ({ page }) => {
    await page.goto(PETITION_PATH);
    const form = page.locator("#sign");
    await form.getByLabel("Your name").fill("Dana Test");
    await form.getByLabel("Email address").fill(uniqueEmail("dana"));
    await form.getByLabel("Country").selectOption("DE");
    await form.getByLabel(new RegExp(`^${field}`)).fill(value);
    await form.getByRole("button", { name: "Sign the petition" }).click();

    const input = form.getByLabel(new RegExp(`^${field}`));
    await expect(input).toHaveAttribute("aria-invalid", "true");
    const describedBy = (await input.getAttribute("aria-describedby")) ?? "";
    const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
    expect(errorId).toBeTruthy();
    await expect(page.locator(`#${errorId}`)).toHaveText(message);
    await expect(form.getByRole("alert")).toContainText(message);
    await expect(page).not.toHaveURL(/thanks/);
  });
}

test("a country must be chosen, and what was typed stays in the form", async ({ page }) => {
  await page.goto(PETITION_PATH);
  const form = page.locator("#sign");
  await form.getByLabel("Your name").fill("Dana Test");
  await form.getByLabel("Email address").fill("dana@example.org");
  await form.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.locator("#sign-country-error")).toHaveText("Choose your country from the list.");
  await expect(form.getByLabel("Your name")).toHaveValue("Dana Test");
  await expect(form.getByLabel("Email address")).toHaveValue("dana@example.org");
});
