import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { IntlMessageFormat } from "intl-messageformat";
import { en } from "./messages/en";
import { catalogues } from "./catalogues";
import { hasMessage } from "./translate";
import { locales } from "./config";

// The public pages (home, campaign, its actions, news) are read by supporters in every language the
// site offers: their messages must exist in each catalogue, German included, and every one must be a
// valid ICU message there (a broken plural would throw on a page, in front of a reader).

const PUBLIC_NAMESPACES = ["home", "campaign", "actions", "news"] as const;

function keysOf(node: unknown, prefix: string): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

function lookup(locale: (typeof locales)[number], key: string): string {
  let node: unknown = catalogues[locale];
  for (const part of key.split(".")) node = (node as Record<string, unknown>)[part];
  return node as string;
}

/** The names of a message's arguments ({count}, {title}...), read from its parsed form. */
function argumentsOf(source: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as { value?: unknown; options?: Record<string, { value: unknown[] }> }[]) {
      if (typeof node.value === "string" && "type" in node && (node as { type: number }).type !== 0) names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(source, locale).getAst());
  return [...names].sort();
}

const keys = PUBLIC_NAMESPACES.flatMap((ns) => keysOf(en[ns], ns));

describe("the public pages' messages", () => {
  for (const locale of locales) {
    it(`are all there in ${locale}`, () => {
      const missing = keys.filter((key) => !hasMessage(locale, key));
      assert.deepEqual(missing, []);
    });

    it(`are valid ICU messages in ${locale}, with the same placeholders as in English`, () => {
      for (const key of keys) {
        const source = lookup(locale, key);
        const format = new IntlMessageFormat(source, locale);
        const values = { count: 3, goal: "10,000", upcoming: 1, past: 2, date: "1 May", title: "T", language: "L", url: "U", site: "S", time: "12:00", country: "C" };
        assert.doesNotThrow(() => format.format(values), `${locale} ${key}`);
        assert.deepEqual(argumentsOf(source, locale), argumentsOf(lookup("en", key), "en"), `${locale} ${key}`);
      }
    });
  }
});
