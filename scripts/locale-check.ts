// The build's check of the locale files (locales/*.yml): every locale has
// every key of the default one and no other, with the same $1…$9, and each
// plural has exactly the forms its language's plural rules (Intl.PluralRules)
// ask for. @wxt-dev/i18n types keys from the default locale only and the
// browser quietly falls back to it, so without this a missing or stale
// translation would ship as English in a Chinese interface.

import { readdirSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';

const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** A locale's messages: dotted key to text. */
export type LocaleMessages = Map<string, string>;

/** zh_CN (a file name) to zh-CN (a BCP 47 tag, as Intl and <html lang> take it). */
export const languageTag = (fileLocale: string) => fileLocale.replace('_', '-');

export function flatten(parsed: readonly ParsedMessage[]): LocaleMessages {
  const out: LocaleMessages = new Map();
  for (const m of parsed) {
    const key = m.key.join('.');
    if (key.startsWith('@@')) continue; // the browser's predefined messages
    out.set(key, m.type === 'simple' ? m.message : m.type === 'chrome' ? m.message : Object.values(m.plurals).join(' | '));
  }
  return out;
}

/** "mentions" for "mentions.one" and "mentions.other": a key whose last part is a plural category. */
function pluralBase(key: string): { base: string; category: string } | null {
  const at = key.lastIndexOf('.');
  if (at < 0) return null;
  const category = key.slice(at + 1);
  return CATEGORIES.has(category) ? { base: key.slice(0, at), category } : null;
}

/** The plain keys, and each plural's categories. */
function shape(messages: LocaleMessages) {
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of messages.keys()) {
    const p = pluralBase(key);
    if (p) plurals.set(p.base, (plurals.get(p.base) ?? new Set()).add(p.category));
    else plain.add(key);
  }
  return { plain, plurals };
}

const substitutions = (text: string) => [...new Set([...text.matchAll(/(?<!\$)\$([1-9])/g)].map((m) => m[1]!))].sort().join(',');

/** Every problem with `locales` (file locale, e.g. zh_CN, to its messages), as "file: what is wrong". */
export function localeProblems(locales: ReadonlyMap<string, LocaleMessages>, defaultLocale: string): string[] {
  const base = locales.get(defaultLocale);
  if (!base) return [`${defaultLocale}: the default locale has no file`];
  const want = shape(base);
  const problems: string[] = [];
  for (const [locale, messages] of locales) {
    const where = `locales/${locale}`;
    const tag = languageTag(locale);
    if (messages.get('locale') !== tag) problems.push(`${where}: "locale" must be "${tag}", the file's own language`);
    const have = shape(messages);
    for (const key of want.plain) if (!have.plain.has(key)) problems.push(`${where}: "${key}" is missing`);
    for (const key of have.plain) if (!want.plain.has(key)) problems.push(`${where}: "${key}" is not in ${defaultLocale}`);
    const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories as string[];
    for (const key of want.plurals.keys()) if (!have.plurals.has(key)) problems.push(`${where}: the plural "${key}" is missing`);
    for (const [key, forms] of have.plurals) {
      if (!want.plurals.has(key)) problems.push(`${where}: the plural "${key}" is not in ${defaultLocale}`);
      const missing = categories.filter((c) => !forms.has(c));
      const extra = [...forms].filter((c) => !categories.includes(c));
      if (missing.length || extra.length) {
        problems.push(
          `${where}: the plural "${key}" needs exactly the forms ${categories.join(', ')} (Intl.PluralRules for ${tag})` +
            (missing.length ? `; missing ${missing.join(', ')}` : '') +
            (extra.length ? `; not used: ${extra.join(', ')}` : ''),
        );
      }
    }
    // The same values in every language: a message that drops or invents one shows a wrong sentence.
    const subsOf = (m: LocaleMessages, key: string) =>
      want.plurals.has(key)
        ? substitutions([...m].filter(([k]) => pluralBase(k)?.base === key).map(([, v]) => v).join(' '))
        : substitutions(m.get(key) ?? '');
    for (const key of [...want.plain, ...want.plurals.keys()]) {
      if (key === 'locale' || !(have.plain.has(key) || have.plurals.has(key))) continue;
      const a = subsOf(base, key);
      const b = subsOf(messages, key);
      if (a !== b) problems.push(`${where}: "${key}" uses $${b || '(none)'} where ${defaultLocale} uses $${a || '(none)'}`);
    }
  }
  return problems;
}

/** Reads every locale file in `dir` (locales/*.yml), keyed by file locale. */
export async function readLocales(dir: string): Promise<Map<string, LocaleMessages>> {
  const files = readdirSync(dir).filter((f) => /\.(ya?ml|json5?|jsonc|toml)$/.test(f));
  const out = new Map<string, LocaleMessages>();
  for (const file of files) out.set(basename(file, extname(file)), flatten(await parseMessagesFile(resolve(dir, file))));
  return out;
}

/** Throws with every problem at once, so one build lists all there is to fix. */
export async function checkLocales(dir: string, defaultLocale: string): Promise<void> {
  const problems = localeProblems(await readLocales(dir), defaultLocale);
  if (problems.length) throw new Error(`The locale files disagree:\n  ${problems.join('\n  ')}`);
}
