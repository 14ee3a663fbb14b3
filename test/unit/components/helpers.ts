// Shared by the component tests: a fake `t` that shows the key and its
// substitutions (so tests do not depend on wording), a real `t` that reads a
// locale file the way Chrome does, a mount helper and a passage builder.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import type { MessageKey, Translate } from '../../../components/i18n-keys.ts';
import type { ArticleMeta } from '../../../core/types.ts';
import type { PassageView } from '../../../shared/messages.ts';

/** "key" or "key(a|b)". */
export const fakeT: Translate = (key, substitutions) =>
  substitutions === undefined ? key : `${key}(${([] as string[]).concat(substitutions).join('|')})`;

export interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleFile = Record<string, LocaleEntry>;

export function readLocale(dir: 'en' | 'zh_CN'): LocaleFile {
  // node:url's parser, not the global URL (happy-dom's, in these tests).
  const here = dirname(fileURLToPath(import.meta.url));
  return JSON.parse(readFileSync(resolve(here, '../../../public/_locales', dir, 'messages.json'), 'utf8')) as LocaleFile;
}

/** browser.i18n.getMessage over one locale file: named placeholders, then $1…$9, "$$" for "$". */
export function localeT(dir: 'en' | 'zh_CN'): Translate {
  const file = readLocale(dir);
  return (key: MessageKey, substitutions?: string | string[]) => {
    const entry = file[key];
    if (!entry) return '';
    const subs = ([] as string[]).concat(substitutions ?? []);
    const named = entry.message.replace(
      /\$([A-Za-z0-9_@]+)\$/g,
      (_m, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '',
    );
    return named.replace(/\$(?:([1-9])|(\$+))/g, (_m, n: string | undefined, dollars: string | undefined) =>
      n ? (subs[Number(n) - 1] ?? '') : dollars!.slice(1),
    );
  };
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
