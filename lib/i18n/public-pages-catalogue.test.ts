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
// Every other message a catalogue holds, in every namespace (the organiser console, moderation, the
// emails...), must be valid too and use the same arguments as English: a renamed placeholder would show
// as a raw "{name}" or throw, a translated select key would never match.

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

// The node types of intl-messageformat's parsed form (its TYPE enum).
const LITERAL = 0;
const ARGUMENT = 1;
const NUMBER = 2;
const DATE = 3;
const TIME = 4;
const SELECT = 5;
const PLURAL = 6;
const POUND = 7;
const TAG = 8;

type AstNode = { type: number; value?: string; options?: Record<string, { value: AstNode[] }>; children?: AstNode[]; pluralType?: string };

/**
 * A message's argument names, its rich-text tags ("<link>") and select keys ("kind=UNION"). Only names
 * are compared: a language may say "Ждут решения: {awaiting}" where English needs a plural.
 */
function shapeOf(source: string, locale: string) {
  const args = new Map<string, string>();
  const tags = new Set<string>();
  const selectKeys = new Set<string>();
  const pluralKeys: string[] = [];
  const walk = (nodes: AstNode[]) => {
    for (const node of nodes) {
      if (node.type === LITERAL || node.type === POUND) continue;
      if (node.type === TAG) {
        tags.add(`<${node.value}>`);
        walk(node.children ?? []);
        continue;
      }
      const kind = { [ARGUMENT]: "argument", [NUMBER]: "number", [DATE]: "date", [TIME]: "time", [SELECT]: "select", [PLURAL]: "plural" }[node.type] ?? `type ${node.type}`;
      args.set(node.value as string, kind);
      if (node.type === SELECT) for (const option of Object.keys(node.options ?? {})) selectKeys.add(`${node.value}=${option}`);
      if (node.type === PLURAL && node.pluralType !== "ordinal") pluralKeys.push(...Object.keys(node.options ?? {}));
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(source, locale).getAst() as AstNode[]);
  return {
    args: [...args.keys()].sort(),
    tags: [...tags].sort(),
    selectKeys: [...selectKeys].sort(),
    pluralKeys,
    /** A value for each argument, to format the message with. */
    values: Object.fromEntries(
      [...args].map(([name, kind]) => [name, kind === "plural" || kind === "number" ? 3 : kind === "date" || kind === "time" ? new Date(Date.UTC(2027, 4, 1)) : "X"]),
    ),
  };
}

const publicKeys = PUBLIC_NAMESPACES.flatMap((ns) => keysOf(en[ns], ns));
const allKeys = keysOf(en, "");

describe("the public pages' messages", () => {
  for (const locale of locales) {
    it(`are all there in ${locale}`, () => {
      const missing = publicKeys.filter((key) => !hasMessage(locale, key));
      assert.deepEqual(missing, []);
    });
  }
});

describe("every message of every namespace", () => {
  for (const locale of locales) {
    it(`is, in ${locale}, a valid ICU message with the same arguments, tags and select keys as in English`, () => {
      const categories = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[]);
      let checked = 0;
      for (const key of allKeys) {
        if (!hasMessage(locale, key)) continue; // a partial catalogue falls back to English
        const source = lookup(locale, key);
        const shape = shapeOf(source, locale);
        const reference = shapeOf(lookup("en", key), "en");
        assert.deepEqual(shape.args, reference.args, `${locale} ${key}: arguments`);
        assert.deepEqual(shape.tags, reference.tags, `${locale} ${key}: rich-text tags`);
        assert.deepEqual(shape.selectKeys, reference.selectKeys, `${locale} ${key}: select keys`);
        const strayPluralKeys = shape.pluralKeys.filter((k) => !k.startsWith("=") && !categories.has(k));
        assert.deepEqual(strayPluralKeys, [], `${locale} ${key}: plural forms ${locale} does not have`);
        const tagValues = Object.fromEntries(reference.tags.map((tag) => [tag.slice(1, -1), (chunks: unknown[]) => chunks.join("")]));
        assert.doesNotThrow(() => new IntlMessageFormat(source, locale).format({ ...reference.values, ...tagValues }), `${locale} ${key}: formatting`);
        checked += 1;
      }
      assert.ok(checked >= publicKeys.length, `${locale}: only ${checked} messages checked`);
    });
  }
});
