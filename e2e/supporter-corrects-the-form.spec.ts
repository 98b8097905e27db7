import { test, expect, uniqueEmail } from "./support/fixtures";
import { PETITION_PATH } from "./support/signing";

// Each mistake is named beside its field (and tied to it for screen readers), and listed above the form.

const NAME_HAS_LINK = "A name cannot contain a link or a web address such as example.com. If it has initials, put a space after each dot: J. R. Smith.";
const TEXT_HAS_LINK = "This answer cannot contain a link or a web address such as example.com. If it has a dot, put a space after it.";

const cases: { field: string; value: string; message: string }[] = [
  { field: "Your name", value: "", message: "Enter your name." },
  { field: "Your name", value: "Visit https://spam.example", message: NAME_HAS_LINK },
  { field: "Your name", value: "Win at ｐｒｉｚｅ．ｓｈｏｐ", message: NAME_HAS_LINK },
  { field: "Your name", value: "=SUM(A1:A9)", message: "A name cannot start with =, +, - or @." },
  { field: "Email address", value: "not-an-address", message: "Enter an email address such as name@example.org." },
  { field: "Organisation or union", value: "www.spam.example", message: TEXT_HAS_LINK },
  { field: "Organisation or union", value: "профсоюз.рф", message: TEXT_HAS_LINK },
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

test("with JavaScript, a corrected form goes on to the thanks page without leaving the petition page first", async ({ page }) => {
  await page.goto(PETITION_PATH);
  const form = page.locator("#sign");
  await form.getByLabel("Your name").fill("Dana Test");
  await form.getByLabel("Email address").fill(uniqueEmail("dana"));
  await form.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.locator("#sign-country-error")).toHaveText("Choose your country from the list.");
  await expect(page).toHaveURL(new RegExp(`${PETITION_PATH}$`));
  await form.getByLabel("Country").selectOption("DE");
  await form.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page).toHaveURL(/\/thanks$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
});

test("with JavaScript, a lost connection is said in the form, and nothing typed is lost", async ({ page }) => {
  await page.goto(PETITION_PATH);
  await page.route((url) => url.pathname === "/api/sign", (route) => route.abort("internetdisconnected"));
  const form = page.locator("#sign");
  await form.getByLabel("Your name").fill("Dana Test");
  await form.getByLabel("Email address").fill("dana@example.org");
  await form.getByLabel("Country").selectOption("DE");
  await form.getByRole("button", { name: "Sign the petition" }).click();
  await expect(form.getByText("Your signature could not be sent. Check your connection and press the button again.")).toBeVisible();
  await expect(form.getByLabel("Your name")).toHaveValue("Dana Test");
  await expect(form.getByRole("button", { name: "Sign the petition" })).toBeEnabled();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("reloading the address the form was sent to leads back to the form; an address naming no petition is a 404", async ({ page }) => {
    await page.goto(PETITION_PATH);
    const action = await page.locator("#sign form").getAttribute("action");
    expect(action).toMatch(/^\/api\/sign\?/);
    await page.goto(action!);
    await expect(page).toHaveURL(new RegExp(`${PETITION_PATH}#sign$`));
    await expect(page.locator("#sign").getByLabel("Your name")).toBeVisible();
    const bare = await page.goto("/api/sign");
    expect(bare?.status()).toBe(404);
  });

  test("mistakes are shown on a page of their own with what was typed, and the corrected form reaches the thanks page", async ({ page }) => {
    await page.goto(PETITION_PATH);
    const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    const email = uniqueEmail("dana");
    let form = page.locator("#sign");
    await form.getByLabel("Your name").fill("=Dana");
    await form.getByLabel("Email address").fill(email);
    await form.getByLabel(/City or postcode/).fill("Aktau");
    await form.getByLabel(/Show my name/).check();
    await form.getByRole("button", { name: "Sign the petition" }).click();

    await expect(page).toHaveURL(new RegExp(`${PETITION_PATH}/correct$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    form = page.locator("#sign");
    await expect(form.getByRole("alert")).toContainText("2 answers need correcting:");
    await expect(form.getByRole("alert")).toContainText("A name cannot start with =, +, - or @.");
    const name = form.getByLabel("Your name");
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveAttribute("aria-describedby", "sign-name-error");
    await expect(page.locator("#sign-name-error")).toHaveText("A name cannot start with =, +, - or @.");
    await expect(page.locator("#sign-country-error")).toHaveText("Choose your country from the list.");
    await expect(name).toHaveValue("=Dana");
    await expect(form.getByLabel("Email address")).toHaveValue(email);
    await expect(form.getByLabel(/City or postcode/)).toHaveValue("Aktau");
    await expect(form.getByLabel(/Show my name/)).toBeChecked();

    await name.fill("Dana Test");
    await form.getByLabel("Country").selectOption("DE");
    await form.getByRole("button", { name: "Sign the petition" }).click();
    await expect(page).toHaveURL(/\/thanks$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");

    // Signed: nothing is left to correct, and the correct page sends the supporter back to the petition.
    await page.goto(`${PETITION_PATH}/correct`);
    await expect(page).toHaveURL(new RegExp(`${PETITION_PATH}(#sign)?$`));
  });
});
