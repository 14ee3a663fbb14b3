// Shared by the component tests: a fake `t` that shows the key and its
// substitutions (so tests do not depend on wording), a real `t` that reads a
// locale file (locales/*.yml) the way the browser reads the built one, a
// mount helper and a passage builder.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, vi } from 'vitest';
import type { SavePageProps, SavePageState } from '../../../components/SavePage.tsx';
import type { SidebarProps } from '../../../components/Sidebar.tsx';
import type { ArticleMeta } from '../../../core/types.ts';
import type { PassageView } from '../../../shared/messages.ts';
import { type MessageFunction, type Translate, createTranslator } from '../../../shared/translate.ts';

export type Locale = 'en' | 'zh_CN' | 'zh_TW';
export const LOCALES: readonly Locale[] = ['en', 'zh_CN', 'zh_TW'];

const subsOf = (args: unknown[]) => (Array.isArray(args[0]) ? (args[0] as unknown[]).map(String) : []);

/**
 * "key", "key(a|b)"; plural "key#3" or "key#3(a)"; dates and lists spelled out
 * as data. English's Intl rules, so a count of 1 still reads "key#1".
 */
export const fakeT: Translate = Object.assign(
  ((key: string, ...args: unknown[]) => {
    const subs = subsOf(args);
    return subs.length ? `${key}(${subs.join('|')})` : key;
  }) as MessageFunction,
  {
    lang: 'en',
    plural: (key: string, n: number, more: readonly string[] = []) => `${key}#${n}${more.length ? `(${more.join('|')})` : ''}`,
    number: (n: number) => String(n),
    list: (items: readonly string[]) => items.join('|'),
    date: (value: unknown) => `date(${String(value)})`,
    day: (timestamp: unknown) => `day(${String(timestamp)})`,
    learn: () => undefined,
  },
);

const here = dirname(fileURLToPath(import.meta.url)); // node:url's parser, not happy-dom's URL

/** A locale file's messages as the build writes them into _locales/<locale>/messages.json. */
export function readLocale(locale: Locale): Record<string, { message: string }> {
  const text = readFileSync(resolve(here, '../../../locales', `${locale}.yml`), 'utf8');
  return generateChromeMessages(parseMessagesText(text, 'YAML'));
}

/**
 * The interface in one locale, as the browser would give it: getMessage over
 * the built messages ($1…$9 substituted, "$$" for "$", the English file for
 * a key the locale lacks), through the same Translate as the extension.
 * `lang`: the language to format in (the file's own, or e.g. en-GB);
 * `used` collects the keys asked for.
 */
export function localeT(locale: Locale, lang?: string, used?: Set<string>): Translate {
  const file = readLocale(locale);
  const fallback = readLocale('en');
  const message = ((key: string, ...args: unknown[]) => {
    used?.add(key);
    const name = key.replaceAll('.', '_');
    const entry = file[name] ?? fallback[name];
    if (!entry) return '';
    const subs = subsOf(args);
    return entry.message.replace(/\$(?:([1-9])|(\$+))/g, (_m, n: string | undefined, dollars: string | undefined) =>
      n ? (subs[Number(n) - 1] ?? '') : dollars!.slice(1),
    );
  }) as MessageFunction;
  return createTranslator(message, lang ?? file.locale!.message);
}

const mounted: HTMLElement[] = [];

/** Renders into a fresh container in the document; unmounted after each test. */
export function mount(vnode: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  act(() => {
    render(vnode, container);
  });
  return container;
}

/** Re-renders into the same container (new props). */
export function rerender(container: HTMLElement, vnode: ComponentChild): void {
  act(() => {
    render(vnode, container);
  });
}

afterEach(() => {
  for (const c of mounted.splice(0)) {
    render(null, c);
    c.remove();
  }
});

export function byTestId<E extends Element = HTMLElement>(root: ParentNode, id: string): E {
  const el = root.querySelector<E>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`no [data-testid="${id}"]`);
  return el;
}

export function allByTestId<E extends Element = HTMLElement>(root: ParentNode, id: string): E[] {
  return [...root.querySelectorAll<E>(`[data-testid="${id}"]`)];
}

export function article(over: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    id: 'a1',
    headline: 'Wuzhen summit opens',
    outlet: 'Example News',
    published: '2023-11-08',
    url: 'https://news.example.com/wic-2023',
    copyUrl: null,
    language: 'en',
    author: null,
    note: null,
    origin: 'bundled',
    ...over,
  };
}

export function passage(over: Partial<PassageView> = {}, articleOver: Partial<ArticleMeta> = {}): PassageView {
  return {
    id: 'a1#0',
    text: 'Leaders met in Wuzhen to discuss cooperation in cyberspace.',
    section: null,
    article: article(articleOver),
    score: 1,
    matched: ['Wuzhen'],
    highlights: [[15, 21]],
    reasons: { names: ['Wuzhen'], event: null, eventTopicId: null, topics: [], topicIds: [], words: [] },
    ...over,
  };
}

/** A sidebar with two topics and two articles' passages; `over` replaces any prop. */
export function sidebarProps(over: Partial<SidebarProps> = {}): SidebarProps {
  return {
    t: fakeT,
    topics: [
      { id: 'wic', label: 'World Internet Conference', count: 5 },
      { id: 'ai-governance', label: 'AI governance', count: 1 },
    ],
    passages: [
      passage({ id: 'a1#0' }),
      passage(
        {
          id: 'a2#3',
          text: 'Delegates debated the oversight of AI systems.',
          reasons: { names: [], event: null, eventTopicId: null, topics: ['AI governance'], topicIds: ['ai-governance'], words: [] },
        },
        { id: 'a2', headline: 'AI oversight debated' },
      ),
    ],
    error: null,
    search: { query: '', results: null, busy: false },
    onSearch: vi.fn(),
    mention: { index: -1, total: 6 },
    onPrevMention: vi.fn(),
    onNextMention: vi.fn(),
    focusedTopic: null,
    onClose: vi.fn(),
    ...over,
  };
}

/** The save page in `state`, every callback a spy; `over` replaces any prop. */
export function saveProps(state: SavePageState, over: Partial<SavePageProps> = {}): SavePageProps {
  return {
    t: fakeT,
    state,
    onChange: vi.fn(),
    onSave: vi.fn(),
    onReplace: vi.fn(),
    onCancel: vi.fn(),
    onClose: vi.fn(),
    onOpenOptions: vi.fn(),
    ...over,
  };
}

export function key(target: EventTarget, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...init });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

export function click(el: HTMLElement): void {
  act(() => {
    el.click();
  });
}

/** Types into an input the way a person does: value, then an input event. */
export function type(input: HTMLInputElement, value: string): void {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Sets a value and fires change: a choice in a select, or a field the reader leaves. */
export function choose(field: HTMLSelectElement | HTMLInputElement, value: string): void {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/**
 * Spies on Intl formatting itself, not only on making a formatter: formatters
 * are kept per language (shared/translate.ts), so one the comparison made
 * would otherwise go unseen.
 */
export function intlFormatting() {
  // The methods first: a spied constructor has a prototype of its own.
  return [
    ['DateTimeFormat#format', vi.spyOn(Intl.DateTimeFormat.prototype as { get format(): unknown }, 'format', 'get')],
    ['NumberFormat#format', vi.spyOn(Intl.NumberFormat.prototype as { get format(): unknown }, 'format', 'get')],
    ['ListFormat#format', vi.spyOn(Intl.ListFormat.prototype, 'format')],
    ['NumberFormat', vi.spyOn(Intl, 'NumberFormat')],
    ['DateTimeFormat', vi.spyOn(Intl, 'DateTimeFormat')],
    ['ListFormat', vi.spyOn(Intl, 'ListFormat')],
  ] as const;
}
