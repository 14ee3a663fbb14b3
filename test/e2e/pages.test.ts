// The save page, the options page and the popup as a reader meets them, in
// real Chromium and Firefox ESR (issue 11): the save form pre-filled from
// what the page shows, problems marked at their fields, dates read as typed;
// thousands of saved articles shown a page at a time; the popup's words;
// axe-core finds nothing on any of them, dialogs and problems included; and
// a heading that takes focus on load shows no focus ring.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestTab } from './harness/index.ts';
import { BROWSERS, ROOT, askBackgroundFrom as ask, clickOn, injectAxe, openPopupFor, resetSettings, settled, until } from './support/browsers.ts';
import { useExtensionBrowser } from './support/extension-browser.ts';

const golden = (name: string) => ({ body: readFileSync(join(ROOT, 'test/golden/save', `${name}.html`), 'utf8') });
const ROUTES = {
  '/outlet-in-footer': golden('en-outlet-in-header-and-footer'),
  '/chinese-byline': golden('zh-title-suffix-and-byline'),
  '/nothing-known': golden('en-nothing-known'),
  // Named elements that shadow document and form members in a real browser (DOM clobbering).
  '/clobbering': {
    body: golden('en-outlet-in-header-and-footer').body.replace(
      '<main>',
      '<img name="querySelectorAll" alt=""><img name="querySelector" alt=""><form name="documentElement"><input name="querySelector"><input id="textContent"></form><main>',
    ),
  },
};

/** axe-core's violations on an extension page, as "rule (count)". */
async function violations(page: TestTab): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

const value = (page: TestTab, testId: string) =>
  page.evaluate((id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | null)?.value ?? null, testId);

/** Sets a field as typing and then leaving it would (input, then change). */
const fill = (page: TestTab, testId: string, text: string) =>
  page.evaluate(
    (a: { id: string; text: string }) => {
      const el = document.querySelector(`[data-testid="${a.id}"]`) as HTMLInputElement;
      el.value = a.text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { id: testId, text },
  );

/** Chooses a file in a file input, as the reader would in the file dialog. */
async function chooseFile(page: TestTab, selector: string, path: string): Promise<void> {
  const raw = page.raw as {
    setInputFiles?(selector: string, files: string): Promise<void>;
    $?(selector: string): Promise<{ uploadFile(path: string): Promise<void> } | null>;
  };
  if (raw.setInputFiles) return raw.setInputFiles(selector, path);
  const input = await raw.$!(selector);
  await input!.uploadFile(path);
}

/** `count` valid saved articles as an export file, one with a paragraph over the limit. */
function exportOf(count: number, longParagraphAt: number | null = null): string {
  const articles = Array.from({ length: count }, (_, i) => {
    const id = `user-saved-article-${i}`;
    const text = i === longParagraphAt ? 'x'.repeat(20_001) : `Saved article ${i} about the World Internet Conference in Wuzhen.`;
    return {
      format: 1,
      article: { id, headline: `Saved article ${String(i).padStart(3, '0')}`, outlet: 'Harbour Ledger', published: '2024-11', url: null, copyUrl: null, language: 'en', author: null, note: null, origin: 'user' },
      passages: [{ id: `${id}#0`, articleId: id, index: 0, section: null, text }],
      savedAt: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
      updatedAt: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString(),
    };
  });
  return JSON.stringify({ kind: 'related-coverage/user-corpus', format: 1, exportedAt: '2024-02-01T00:00:00.000Z', articles });
}

describe.each(BROWSERS)('%s', (name) => {
  const env = useExtensionBrowser(name, { reset: 'end', routes: ROUTES });

  /** The save page for the page at `path`, once its form is filled in. */
  async function savePageFor(path: string): Promise<{ source: TestTab; save: TestTab }> {
    const source = await env.h.openTab(env.srv.url(path));
    await settled(env.h, source);
    const save = await env.h.openExtensionPage(`save.html?tab=${await source.tabId()}`);
    await until('the article is ready to check', () => value(save, 'field-headline'));
    return { source, save };
  }

  it('pre-fills the save form from what the page shows, and marks each problem at its field', async () => {
    const { source, save } = await savePageFor('/outlet-in-footer');
    expect(await value(save, 'field-headline')).toBe('Regulators sketch shared rules for AI models');
    expect(await value(save, 'field-outlet')).toBe('Harbour Ledger');
    expect(await value(save, 'field-author')).toBe('Mara Quist');
    expect(await value(save, 'field-published')).toBe('2024-11-20');
    // Focus starts at the editor's heading, without a ring around it.
    const focused = await save.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused).toEqual({ tag: 'H2', outline: 'none' });
    expect(await violations(save)).toEqual([]);

    // A date as people write it is stored normalised once the field is left.
    await fill(save, 'field-published', '20 Nov 2024');
    expect(await value(save, 'field-published')).toBe('2024-11-20');

    // Problems: at each field (aria-invalid, described by its sentence) and in the summary.
    await fill(save, 'field-outlet', '');
    await fill(save, 'field-published', 'soon');
    await clickOn(save, '[data-testid="save"]');
    await until('the problems are shown', () => save.evaluate(() => document.querySelector('[data-testid="problems"]') !== null));
    const marks = await save.evaluate(() =>
      ['field-outlet', 'field-published', 'field-headline'].map((id) => {
        const el = document.querySelector(`[data-testid="${id}"]`)!;
        const described = (el.getAttribute('aria-describedby') ?? '').split(' ').map((d) => document.getElementById(d)?.textContent ?? '');
        return { id, invalid: el.getAttribute('aria-invalid'), described };
      }),
    );
    const summary = await save.evaluate(() => [...document.querySelectorAll('[data-testid="problems"] li')].map((li) => li.textContent));
    expect(summary).toHaveLength(2);
    expect(marks[0]).toMatchObject({ invalid: 'true' });
    expect(marks[0]!.described).toContain(summary[0]);
    expect(marks[1]).toMatchObject({ invalid: 'true' });
    expect(marks[1]!.described).toContain(summary[1]);
    expect(marks[2]!.invalid).toBeNull();
    expect(await violations(save)).toEqual([]);
    await save.close();
    await source.close();
  });

  it('reads a Chinese byline as the author and date, and says what a page does not give', async () => {
    const zh = await savePageFor('/chinese-byline');
    expect(await value(zh.save, 'field-headline')).toBe('乌镇峰会聚焦人工智能治理');
    expect(await value(zh.save, 'field-outlet')).toBe('东湖日报');
    expect(await value(zh.save, 'field-author')).toBe('周明远');
    expect(await value(zh.save, 'field-published')).toBe('2024-11-20');
    expect(await zh.save.evaluate(() => (document.querySelector('[data-testid="paragraph"]') as HTMLTextAreaElement).value)).toMatch(/^第十一届世界互联网大会/);
    await zh.save.close();
    await zh.source.close();

    const none = await savePageFor('/nothing-known');
    // The host (127.0.0.1) is never taken for the outlet, nor today for the date.
    expect(await value(none.save, 'field-outlet')).toBe('');
    expect(await value(none.save, 'field-published')).toBe('');
    const notFound = await none.save.evaluate(() => [...document.querySelectorAll('.rc-not-found')].map((el) => el.getAttribute('data-testid')));
    expect(notFound).toEqual(['not-found-outlet', 'not-found-author', 'not-found-published']);
    expect(await violations(none.save)).toEqual([]);
    await none.save.close();
    await none.source.close();

    // A page that clobbers document.querySelectorAll is still read, and read right.
    const hostile = await savePageFor('/clobbering');
    expect(await value(hostile.save, 'field-outlet')).toBe('Harbour Ledger');
    expect(await hostile.save.evaluate(() => document.querySelectorAll('[data-testid="paragraph"]').length)).toBe(5);
    await hostile.save.close();
    await hostile.source.close();
  });

  it('words the popup as the save page does, and says the site switch state', async () => {
    const tab = await env.h.openTab(env.srv.url('/outlet-in-footer'));
    await settled(env.h, tab);
    const host = new URL(env.srv.origin).hostname;
    const popup = await openPopupFor(env.h, tab);
    const label = () => popup.evaluate(() => document.querySelector('[data-testid="site-toggle"]')!.closest('label')!.textContent);
    expect(await label()).toBe(`On for ${host}`);
    expect(await popup.evaluate(() => document.querySelector('[data-testid="add-page"]')?.textContent)).toBe('Save this page to your corpus');
    expect(await violations(popup)).toEqual([]);
    await clickOn(popup, '[data-testid="site-toggle"]');
    await until('the switch says the site is off', async () => (await label()) === `Off for ${host}`);
    // A site switched off is not read: its pages are not offered for saving.
    expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="add-page"]').length)).toBe(0);
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    await resetSettings(env.h);
    await tab.close();
  });

  it('shows thousands of saved articles a page at a time, refuses what the editor would, and passes axe with its dialogs open', async () => {
    const options = await env.h.openExtensionPage('options.html');
    const outcome = await ask<{ imported: string[]; rejected: Array<{ problem: { code: string } }> }>(options, 'importArticles', { text: exportOf(120, 7), decisions: {} });
    expect(outcome.imported).toHaveLength(119);
    expect(outcome.rejected.map((r) => r.problem.code)).toEqual(['passageTooLong']);
    await options.close();

    const page = await env.h.openExtensionPage('options.html');
    await until('the first page of rows is shown', () => page.evaluate(() => document.querySelectorAll('[data-testid="article-row"]').length === 50));
    const status = () => page.evaluate(() => document.querySelector('[data-testid="page-status"]')?.textContent);
    expect(await status()).toBe('Page 1 of 3 · showing 1–50 of 119');
    expect(await page.evaluate(() => document.querySelector('[data-testid="article-row"] h3')?.textContent)).toBe('Saved article 119');
    // With the keyboard, as a reader who cannot see the ring would need it.
    await page.evaluate(() => (document.querySelector('[data-testid="page-next"]') as HTMLElement).focus());
    await page.press('Enter');
    await until('the second page', async () => (await status()) === 'Page 2 of 3 · showing 51–100 of 119');
    // The new page is read from its top: focus is on its first headline, with its ring (the reader moved it).
    const focus = await until('focus moved to the new page', () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.tagName === 'H3' ? { text: el.textContent, outline: getComputedStyle(el).outlineStyle } : null;
      }),
    );
    expect(focus).toEqual({ text: 'Saved article 069', outline: 'solid' });
    expect(await violations(page)).toEqual([]);

    // The delete question, then the editor.
    await clickOn(page, '[data-testid="delete"]');
    await until('the delete question is open', () => page.evaluate(() => document.querySelector('[data-testid="confirm-delete"]') !== null));
    expect(await violations(page)).toEqual([]);
    await clickOn(page, '[data-testid="keep"]');
    await clickOn(page, '[data-testid="edit"]');
    await until('the editor is open', () => page.evaluate(() => document.querySelector('[data-testid="article-editor"]') !== null));
    expect(await violations(page)).toEqual([]);
    await clickOn(page, '[data-testid="cancel"]');

    // A topic of the reader's own being written.
    await clickOn(page, '[data-testid="new-topic"]');
    await until('the topic editor is open', () => page.evaluate(() => document.querySelector('[data-testid="topic-name"]') !== null));
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('reports an import of many articles as counts, the lists folded beneath', async () => {
    const page = await env.h.openExtensionPage('options.html');
    await until('the options page has drawn', () => page.evaluate(() => document.querySelector('[data-testid="import-file"]') !== null));
    const file = join(mkdtempSync(join(tmpdir(), 'rc-import-')), 'articles.json');
    writeFileSync(file, exportOf(300, 3).replaceAll('Saved article', 'Imported article').replaceAll('user-saved-article', 'user-imported-article'));
    await chooseFile(page, '[data-testid="import-file"]', file);
    await until('the report is shown', () => page.evaluate(() => document.querySelector('[data-testid="imported-count"]')?.textContent ?? ''));
    const report = await page.evaluate(() => ({
      imported: document.querySelector('[data-testid="imported-count"]')!.textContent,
      rejected: document.querySelector('[data-testid="rejected-count"]')!.textContent,
      folds: [...document.querySelectorAll<HTMLDetailsElement>('[data-testid="import-report"] details')].map((d) => d.open),
      // A folded list is not shown.
      listShown: (document.querySelector('[data-testid="imported"]') as HTMLElement).checkVisibility(),
    }));
    expect(report.imported).toBe('Imported 299 articles:');
    expect(report.rejected).toMatch(/\b1\b/);
    expect(report.folds).toEqual([false, false]);
    expect(report.listShown).toBe(false);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
