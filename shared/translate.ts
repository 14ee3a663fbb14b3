// The interface's words in one object: the locale files' messages (through
// @wxt-dev/i18n's typed `t`) and Intl for what the files do not spell out
// (numbers, plural forms, lists, dates), all in one language. Components get
// it as their `t` prop; shared/i18n.ts makes the browser's, tests make one
// from a locale file.
//
// Ships with shared/i18n.ts; components take only its types.

import type { GeneratedI18nStructure, i18n } from '#i18n';
import { parsePartialDate } from '../core/validate.ts';

/** @wxt-dev/i18n's `t`: a key of locales/en.yml, with exactly its $1…$9. */
export type MessageFunction = typeof i18n.t;
export type MessageKey = keyof GeneratedI18nStructure & string;
/** "mentions" for the plural written as mentions.one / mentions.other. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

export interface Translate extends MessageFunction {
  /** The interface's language (BCP 47): Intl, topic labels and lang attributes follow it. */
  readonly lang: string;
  /** A count in words: the form Intl.PluralRules picks, the number formatted as $1, `more` as $2…. */
  plural(key: PluralKey, count: number, more?: readonly string[]): string;
  number(n: number): string;
  /** "A, B, and C" / "A、B和C". */
  list(items: readonly string[]): string;
  /** An article's date (YYYY, YYYY-MM or YYYY-MM-DD) at the source's precision; "date unknown" for anything else. */
  date(value: unknown): string;
  /** The reader's local calendar day of an ISO timestamp; "date unknown" when it is not one. */
  day(timestamp: unknown): string;
  /** Takes strings formatted elsewhere in this language: date() and list() give them without making a formatter. */
  learn(formatted: Formatted | undefined): void;
}

/**
 * Dates and lists formatted where Intl is already warm (the background), by
 * their input: date() by the value as given, list() by listKey(items). The
 * first Intl formatter a renderer makes costs one native call of 10-24 ms
 * (V8 builds its list of ICU's locales, bench/trace of the sidebar's first
 * render): on the reader's page, the sidebar takes these instead.
 */
export interface Formatted {
  lang: string;
  dates: Record<string, string>;
  lists: Record<string, string>;
}

export const listKey = (items: readonly string[]): string => items.join('\u0000');

/**
 * Whole numbers below 1000 in the interface's languages (English and
 * Chinese locale files, any region) are written in ASCII digits with no
 * grouping: exactly what Intl.NumberFormat gives (unit test, every locale
 * file), without making one on the reader's page. Other languages use Intl.
 */
const PLAIN_DIGITS = /^(en|zh)(-|$)/;

// An article's date is a calendar date, not an instant: formatted in UTC so no time zone moves it.
const UTC = { timeZone: 'UTC' } as const;
const MAKE = {
  number: (lang: string) => new Intl.NumberFormat(lang),
  plural: (lang: string) => new Intl.PluralRules(lang),
  list: (lang: string) => new Intl.ListFormat(lang, { type: 'conjunction' }),
  year: (lang: string) => new Intl.DateTimeFormat(lang, { ...UTC, year: 'numeric' }),
  month: (lang: string) => new Intl.DateTimeFormat(lang, { ...UTC, year: 'numeric', month: 'short' }),
  date: (lang: string) => new Intl.DateTimeFormat(lang, { ...UTC, year: 'numeric', month: 'short', day: 'numeric' }),
  localDay: (lang: string) => new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric' }),
};
type Formats = { [K in keyof typeof MAKE]: ReturnType<(typeof MAKE)[K]> };

// Each made once per language, and only when first used: constructing an
// Intl formatter is slow, and the sidebar renders on the reader's page.
const cache = new Map<string, Partial<Formats>>();

function format<K extends keyof Formats>(lang: string, kind: K): Formats[K] {
  let made = cache.get(lang);
  if (!made) cache.set(lang, (made = {}));
  return (made[kind] ??= MAKE[kind](lang) as Formats[K]) as Formats[K];
}

/**
 * The language to format in: the locale file the browser chose for its UI
 * language (`fileLocale`, the file's own "locale" message), refined by the
 * UI language's region where the file has none: an en-GB browser reads
 * "8 Nov 2022", an en-US one "Nov 8, 2022". Never a language other than the
 * messages', so dates and words cannot disagree.
 */
export function interfaceLanguage(fileLocale: string, uiLanguage: string): string {
  const file = fileLocale || 'en';
  if (file.includes('-')) return file;
  try {
    const [ui] = Intl.getCanonicalLocales(uiLanguage.replace('_', '-'));
    if (ui && ui.split('-')[0] === file) return ui;
  } catch {
    // Not a language tag: the file's language it is.
  }
  return file;
}

export function createTranslator(message: MessageFunction, lang: string): Translate {
  const f = <K extends keyof Formats>(kind: K) => format(lang, kind);
  const unknown = () => message('dateUnknown');
  const plainDigits = PLAIN_DIGITS.test(lang);
  const number = (n: number) => (plainDigits && Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : f('number').format(n));
  const learntDates = new Map<string, string>();
  const learntLists = new Map<string, string>();
  const words = {
    lang,
    plural(key: PluralKey, count: number, more: readonly string[] = []) {
      const form = `${key}.${f('plural').select(count)}`;
      return (message as (k: string, s: string[]) => string)(form, [number(count), ...more]);
    },
    number,
    list: (items: readonly string[]) => learntLists.get(listKey(items)) ?? f('list').format(items),
    date(value: unknown) {
      const learnt = typeof value === 'string' ? learntDates.get(value) : undefined;
      if (learnt !== undefined) return learnt;
      const p = parsePartialDate(value);
      if (!p) return unknown();
      const d = new Date(0);
      d.setUTCFullYear(p.year, (p.month ?? 1) - 1, p.day ?? 1);
      return f(p.month === null ? 'year' : p.day === null ? 'month' : 'date').format(d);
    },
    day(timestamp: unknown) {
      if (typeof timestamp !== 'string' || timestamp.trim() === '') return unknown();
      const ms = Date.parse(timestamp);
      if (Number.isNaN(ms)) return unknown();
      const d = new Date(ms);
      if (d.getFullYear() < 1000 || d.getFullYear() > 9999) return unknown();
      return f('localDay').format(d);
    },
    learn(formatted: Formatted | undefined) {
      // Another language's strings (a browser whose language changed under a long-lived tab) are not ours.
      if (formatted?.lang !== lang) return;
      const take = (into: Map<string, string>, from: Record<string, string>) => {
        for (const [input, text] of Object.entries(from ?? {})) if (typeof text === 'string') into.set(input, text);
      };
      take(learntDates, formatted.dates);
      take(learntLists, formatted.lists);
    },
  };
  const call = ((...args: unknown[]) => (message as (...a: unknown[]) => string)(...args)) as MessageFunction;
  return Object.assign(call, words);
}
