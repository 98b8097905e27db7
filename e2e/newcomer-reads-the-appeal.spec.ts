import { test, expect } from "./support/fixtures";
import type { Page } from "@playwright/test";

// A newcomer hears about Zhanaozen, opens Placard, finds the campaign, reads what the strikers demand,
// switches to Russian to read it again (or to send it to a Russian-speaking friend), and finds every
// action one click away. The same pages work with JavaScript switched off, and the news has a feed.

const demandsEn = [
  "Renegotiate the collective agreement with representatives the workers choose themselves.",
  "Release the strikers' lawyer, Natalia Sokolova, who was sentenced to six years in prison.",
];
const demandsRu = [
  "Пересмотреть коллективный договор вместе с представителями, которых рабочие выберут сами.",
  "Освободить юриста бастующих Наталью Соколову, приговорённую к шести годам лишения свободы.",
];

function demandItems(page: Page, heading: string) {
  return page.getByRole("region", { name: heading }).getByRole("listitem");
}

test.describe("a newcomer reads the appeal", () => {
  test("from the home page to the campaign's demands in English, then in Russian", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "Justice for the oil workers of Zhanaozen" }).first().click();
    await expect(page).toHaveURL(/\/en\/campaigns\/zhanaozen$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Justice for the oil workers of Zhanaozen");
    await expect(page).toHaveTitle(/Justice for the oil workers of Zhanaozen/);

    const itemsEn = demandItems(page, "Our demands");
    await expect(itemsEn).toHaveCount(8);
    await expect(itemsEn.first()).toHaveText(demandsEn[0]!);
    await expect(itemsEn.nth(5)).toHaveText(demandsEn[1]!);

    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(/\/ru\/campaigns\/zhanaozen$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    const itemsRu = demandItems(page, "Наши требования");
    await expect(itemsRu).toHaveCount(8);
    await expect(itemsRu.first()).toHaveText(demandsRu[0]!);
    await expect(itemsRu.nth(5)).toHaveText(demandsRu[1]!);
  });

  test("every action the appeal asks for is one click away", async ({ page }) => {
    await page.goto("/en/campaigns/zhanaozen");
    const actions = page.getByRole("region", { name: "What you can do" });
    // Other stories open petitions of their own on the demo campaign: the demo petition's button is the one named by its title.
    const signNow = actions.locator('a[aria-describedby="petition-justice-for-zhanaozen"]');
    await expect(signNow).toHaveText("Sign now");
    await expect(signNow).toHaveAttribute("href", "/en/campaigns/zhanaozen/petitions/justice-for-zhanaozen");
    await expect(actions.getByRole("link", { name: "Add your name" })).toHaveAttribute("href", "/en/campaigns/zhanaozen/sponsors/new");
    await expect(actions.getByRole("link", { name: /See the list/ })).toHaveAttribute("href", "/en/campaigns/zhanaozen/sponsors");
    await expect(actions.getByRole("link", { name: "Read the protest letters" })).toHaveAttribute("href", "/en/campaigns/zhanaozen/letters");
    await expect(actions.getByRole("link", { name: "Write a letter of solidarity" })).toHaveAttribute("href", "/en/campaigns/zhanaozen/letters#solidarity");
    await expect(actions.getByRole("link", { name: "Call script and numbers" })).toHaveAttribute("href", "/en/campaigns/zhanaozen/call");
    await expect(actions.getByRole("link", { name: "Pickets and reports" })).toHaveAttribute("href", "/en/campaigns/zhanaozen/events");
    await expect(actions.getByRole("link", { name: /^Donate/ })).toHaveAttribute("rel", /noopener/);

    await actions.getByRole("link", { name: "Read the protest letters" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Letters to send");
    await expect(page.locator("#solidarity")).toBeVisible();
    // Each letter opens its composer, where the supporter writes it.
    await page.locator("#protest").getByRole("link").first().click();
    await expect(page.getByLabel("Your name")).toBeVisible();
  });

  test("an address that does not exist says so calmly, in the reader's language, with a 404", async ({ page }) => {
    const response = await page.goto("/ru/campaigns/no-such-campaign");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Страница не найдена");
    const unknown = await page.goto("/de/nothing/here");
    expect(unknown?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  });

  test("the news has a valid Atom feed in each language", async ({ page, request }) => {
    const response = await request.get("/feeds/ru/news.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    await page.goto("/ru/news");
    // The browser's own XML parser is strict: any malformed byte gives a <parsererror>.
    const feed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "application/xml");
      const ns = "http://www.w3.org/2005/Atom";
      return {
        error: doc.getElementsByTagName("parsererror").length > 0,
        root: doc.documentElement.namespaceURI,
        titles: [...doc.getElementsByTagNameNS(ns, "entry")].map((e) => e.getElementsByTagNameNS(ns, "title")[0]?.textContent),
        links: [...doc.getElementsByTagNameNS(ns, "entry")].map((e) => e.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href")),
      };
    }, xml);
    expect(feed.error).toBe(false);
    expect(feed.root).toBe("http://www.w3.org/2005/Atom");
    expect(feed.titles.length).toBeGreaterThanOrEqual(4);
    expect(feed.links.every((href) => /\/ru\/news\/[a-z0-9-]+$/.test(href ?? ""))).toBe(true);
    expect((await request.get("/feeds/xx/news.xml")).status()).toBe(404);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the newcomer can still read the appeal, the letters, the call script, the pickets and the news", async ({ page }) => {
    await page.goto("/en");
    await page.getByRole("link", { name: "Justice for the oil workers of Zhanaozen" }).first().click();
    await expect(demandItems(page, "Our demands").first()).toHaveText(demandsEn[0]!);

    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
    await expect(demandItems(page, "Наши требования").nth(5)).toHaveText(demandsRu[1]!);

    await page.getByRole("link", { name: "Текст и номера телефонов" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Позвоните в посольство");
    await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();

    await page.goto("/en/campaigns/zhanaozen/letters");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Letters to send");
    // Without JavaScript the composer is a plain form, ready to send.
    await page.locator("#protest").getByRole("link").first().click();
    await expect(page.getByLabel("Your name")).toBeVisible();
    await expect(page.getByRole("button", { name: /Send through Placard/ })).toBeVisible();

    await page.goto("/en/campaigns/zhanaozen/events");
    await expect(page.getByRole("heading", { name: "Vigil and protest at the Brandenburg Gate for the victims of Zhanaozen" })).toBeVisible();
    await expect(page.getByText(/people took part/).first()).toBeVisible();

    await page.goto("/en/news");
    await page.getByRole("link", { name: "About fifty people protest at the Brandenburg Gate" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("About fifty people protest at the Brandenburg Gate");
  });

  test("a broken link still says, in the reader's language, that the page is not there, and leads home", async ({ page }) => {
    for (const [path, heading, home] of [
      ["/ru/campaigns/no-such-campaign", "Страница не найдена", "/ru"],
      ["/en/campaigns/zhanaozen/petitions/no-such-petition", "Page not found", "/en"],
      ["/de/news/no-such-post", "Seite nicht gefunden", "/de"],
      ["/en/nothing/here", "Page not found", "/en"],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page.getByRole("navigation", { name: /Main navigation|Основная навигация|Hauptnavigation/ })).toBeVisible();
      await expect(page.getByRole("main").locator(`a[href="${home}"]`)).toBeVisible();
    }
    await page.getByRole("main").getByRole("link").click();
    await expect(page).toHaveURL(/\/en$/);
  });
});
