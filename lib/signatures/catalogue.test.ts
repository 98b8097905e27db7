import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { IntlMessageFormat } from "intl-messageformat";
import { catalogues } from "../i18n/catalogues";
import { locales } from "../i18n/config";
import { en } from "../i18n/messages/en";

// Supporters sign in their own language: every message of the petition page, the sign form, its emails
// and the confirmation pages exists in English, Russian and German, and formats there with the same
// placeholders as in English (a broken plural would throw in front of a signer, or in an email).

const NAMESPACES = ["petition", "signature"] as const;

function keysOf(node: unknown, prefix: string): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, `${prefix}.${k}`));
}

function lookup(locale: string, key: string): string | undefined {
  let node: unknown = catalogues[locale as keyof typeof catalogues];
  for (const part of key.split(".")) node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

function placeholders(source: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as { type: number; value?: unknown; options?: Record<string, { value: unknown[] }> }[]) {
      if (node.type !== 0 && typeof node.value === "string") names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(source, locale).getAst());
  return [...names].sort();
}

const keys = NAMESPACES.flatMap((ns) => keysOf(en[ns], ns));
const values = { count: 1234, goal: 10000, date: "1 May 2027", title: "T", addressee: "A", campaign: "C", country: "C", name: "N", days: 7, method: "POST", target: "T" };

describe("the supporter's messages", () => {
  for (const locale of locales) {
    it(`are complete and format in ${locale}`, () => {
      assert.deepEqual(keys.filter((key) => lookup(locale, key) === undefined), [], `missing in ${locale}`);
      for (const key of keys) {
        const source = lookup(locale, key)!;
        assert.doesNotThrow(() => new IntlMessageFormat(source, locale).format(values), `${locale} ${key}`);
        assert.deepEqual(placeholders(source, locale), placeholders(lookup("en", key)!, "en"), `${locale} ${key}`);
      }
    });
  }

  it("say 'signature' in the Russian plural forms a reader expects", () => {
    const format = (count: number) => new IntlMessageFormat(lookup("ru", "petition.count")!, "ru").format({ count });
    assert.deepEqual([1, 3, 5, 21].map(format), ["1 подпись", "3 подписи", "5 подписей", "21 подпись"]);
  });
});
