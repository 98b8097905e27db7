import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { PDFParse } from "pdf-parse";
import { renderLetterPdf, type LetterPdfInput } from "./letter-pdf";

const target = (over: Partial<LetterPdfInput["messages"][number]["target"]>): LetterPdfInput["messages"][number]["target"] => ({
  id: "t", slug: "t", kind: "EMBASSY", name: "Embassy", country: "DE", city: "Berlin", postalAddress: null, emails: [], failingEmails: [],
  pausedAt: null, fax: null, hourlyCap: null, sendInOfficeHoursOnly: false, officeHours: null, timeZone: null, ...over,
});

const letter = (messages: LetterPdfInput["messages"], locale: LetterPdfInput["locale"] = "en"): LetterPdfInput => ({
  locale,
  campaign: { id: "c", slug: "c", title: "Justice", copyToEmails: [], letterHourlyCap: 30 },
  sender: { name: "Anna Example", email: "anna@example.org", organisation: "Solidarity Circle", city: "Cologne", country: "DE" },
  messages,
});

async function read(pdf: Buffer) {
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  const result = await parser.getText();
  await parser.destroy();
  return { text: result.text, pages: result.total, perPage: result.pages.map((p) => p.text) };
}

describe("the letter on paper", () => {
  it("puts the target's postal address, the fax number, the subject and a Cyrillic body on the page, and no email address", async () => {
    const pdf = await renderLetterPdf(
      letter(
        [{
          target: target({ name: "Посольство Республики Казахстан", postalAddress: "Nordendstraße 14–17\n13156 Berlin", fax: "+49 30 000000" }),
          subject: "Освободите рабочих",
          body: "Уважаемый посол,\n\nмы требуем освободить рабочих Жанаозена.\n\nС уважением",
        }],
        "ru",
      ),
      { now: new Date("2026-12-03T10:00:00Z") },
    );
    const { text, pages } = await read(pdf);
    assert.equal(pages, 1);
    for (const expected of ["Посольство Республики Казахстан", "Nordendstraße 14–17", "13156 Berlin", "По факсу: +49 30 000000", "Освободите рабочих", "мы требуем освободить рабочих Жанаозена.", "Anna Example", "Solidarity Circle", "Cologne", "Германия", "2026"]) {
      assert.ok(text.includes(expected), `${expected} in:\n${text}`);
    }
    assert.doesNotMatch(text, /anna@example\.org/);
  });

  it("gives each target its own page, and a long letter as many pages as it takes", async () => {
    const two = await read(await renderLetterPdf(letter([
      { target: target({ name: "Embassy in Berlin", postalAddress: "Embassy Street 1\n10117 Berlin" }), subject: "To the embassy", body: "Dear Embassy in Berlin," },
      { target: target({ name: "Oil Company", kind: "COMPANY", country: "KZ", city: "Aktau", postalAddress: null }), subject: "To the company", body: "Dear Oil Company," },
    ])));
    assert.equal(two.pages, 2);
    assert.match(two.perPage[0]!, /Embassy Street 1[\s\S]*Dear Embassy in Berlin,/);
    assert.doesNotMatch(two.perPage[0]!, /Oil Company/);
    assert.match(two.perPage[1]!, /Oil Company[\s\S]*Aktau[\s\S]*Kazakhstan[\s\S]*Dear Oil Company,/);

    const long = await read(await renderLetterPdf(letter([{ target: target({}), subject: "Long", body: Array.from({ length: 120 }, (_, i) => `Paragraph ${i + 1} of the letter.`).join("\n") }])));
    assert.ok(long.pages >= 2, `${long.pages} pages`);
    assert.match(long.text, /Paragraph 120 of the letter\./);
  });
});
