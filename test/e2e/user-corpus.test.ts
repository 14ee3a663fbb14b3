// The reader's own corpus in real Chromium and Firefox ESR: save a page,
// see it ranked beside a later page on the same story, export, delete,
// import, see it again; and an export before an extension update equals one
// after it.

import { describe, expect, it } from 'vitest';
import { BROWSERS, askBackgroundFrom as ask, backgroundReplyFrom as reply, clickOn, passagesOf, until } from './support/browsers.ts';
import { useExtensionBrowser } from './support/extension-browser.ts';
import type { TestTab } from './harness/index.ts';

/** Types `query` into the sidebar's search box and returns the passages it answers with. */
async function searchFor(tab: TestTab, query: string): Promise<string[]> {
  const ui = tab.ui();
  await ui.type('input[data-testid="search"]', query, { delayMs: 20 });
  await until('the search has answered', async () => {
    const status = await ui.text('[data-testid="search-status"]');
    return status !== '' && !/Searching|搜索中|搜尋中/.test(status);
  });
  return ui.evaluate((root) => Array.from(root.querySelectorAll('[data-testid="passage"]'), (e) => e.getAttribute('data-passage-id') ?? ''));
}

describe.each(BROWSERS)('%s', (name) => {
  const env = useExtensionBrowser(name, { reset: 'end' });

  it('saves a page, ranks it beside a related page, and survives export, delete and import', async () => {
    // Save: the save page reads the tab and shows the article for checking.
    const source = await env.h.openTab(env.srv.url('/to-save'));
    await passagesOf(source);
    const save = await env.h.openExtensionPage(`save.html?tab=${await source.tabId()}`);
    await until('the article is ready to check', () =>
      save.evaluate(() => (document.querySelector('[data-testid="field-headline"]') as HTMLInputElement | null)?.value ?? ''),
    );
    expect(await save.evaluate(() => (document.querySelector('[data-testid="field-published"]') as HTMLInputElement).value)).toBe('2025-11-07');
    expect(await save.evaluate(() => document.querySelectorAll('[data-testid="paragraph"]').length)).toBe(3);
    await clickOn(save, '[data-testid="save"]');
    await until('it is saved', () => save.evaluate(() => /Saved|已保存/.test(document.body.textContent ?? '')));
    await save.close();

    // The saved page itself, opened again (a tracking parameter and a fragment on its address):
    // its own paragraphs are not related coverage of itself.
    const again = await env.h.openTab(env.srv.url('/to-save?utm_source=newsletter#top'));
    expect((await passagesOf(again)).some((id) => id.startsWith('user-quokka'))).toBe(false);
    // Nor is it a search result there; on another page the same search finds it.
    expect((await searchFor(again, 'quokka')).some((id) => id.startsWith('user-quokka'))).toBe(false);
    await again.close();

    // A later page on the same story gets the saved article first, marked as the reader's.
    const related = await env.h.openTab(env.srv.url('/related-to-saved'));
    expect((await passagesOf(related))[0]).toMatch(/^user-quokka-delegation/);
    expect(await related.ui().count('[data-testid="your-article"]')).toBeGreaterThan(0);
    expect((await searchFor(related, 'quokka')).some((id) => id.startsWith('user-quokka'))).toBe(true);
    await related.close();

    // A background started afresh (Chrome stops an idle worker; Firefox's page
    // starts again on an update) still reads the saved article before it answers.
    if (name === 'chromium') await env.h.stopBackground();
    else await env.h.reloadExtension();
    const afresh = await env.h.openTab(env.srv.url('/related-to-saved'));
    expect((await passagesOf(afresh))[0]).toMatch(/^user-quokka-delegation/);
    await afresh.close();

    // Export, delete in the options page, import the export back.
    const options = await env.h.openExtensionPage('options.html');
    const exported = await ask<string>(options, 'exportArticles', { kind: 'json' });
    expect(JSON.parse(exported).articles).toHaveLength(1);
    await until('the list shows the article', () => options.evaluate(() => document.querySelectorAll('[data-testid="article-row"]').length === 1));
    await clickOn(options, '[data-testid="delete"]');
    await clickOn(options, '[data-testid="confirm-delete"]');
    await until('the list is empty', () => options.evaluate(() => document.querySelectorAll('[data-testid="article-row"]').length === 0));
    const gone = await env.h.openTab(env.srv.url('/related-to-saved'));
    expect((await passagesOf(gone)).some((id) => id.startsWith('user-'))).toBe(false);
    await gone.close();

    const outcome = await ask<{ imported: string[]; rejected: unknown[] }>(options, 'importArticles', { text: exported, decisions: {} });
    expect(outcome.imported).toHaveLength(1);
    expect(outcome.rejected).toEqual([]);
    const stamp = /"exportedAt": "[^"]+"/;
    expect((await ask<string>(options, 'exportArticles', { kind: 'json' })).replace(stamp, '')).toBe(exported.replace(stamp, ''));
    const back = await env.h.openTab(env.srv.url('/related-to-saved'));
    expect((await passagesOf(back))[0]).toMatch(/^user-quokka-delegation/);
    await back.close();

    // An import never overwrites a different saved version without asking.
    const changed = JSON.parse(exported);
    changed.articles[0].article.note = 'edited elsewhere';
    changed.articles[0].updatedAt = new Date().toISOString();
    const conflict = await ask<{ imported: string[]; conflicts: Array<{ id: string }> }>(options, 'importArticles', {
      text: JSON.stringify(changed),
      decisions: {},
    });
    expect(conflict.imported).toEqual([]);
    expect(conflict.conflicts.map((c) => c.id)).toEqual([changed.articles[0].article.id]);

    // What went wrong reaches the page as data, for it to word in the reader's language.
    const refused = await reply(options, 'importArticles', { text: 'not json', decisions: {} });
    expect(refused.res).toBeUndefined();
    expect(refused.err?.problem?.code).toBe('notJson');
    // The Markdown export is written in the interface's words, dates as a reader writes them.
    const markdown = await ask<string>(options, 'exportArticles', { kind: 'markdown' });
    expect(markdown).toMatch(/^# Your Related Coverage articles\n\nExported [A-Z][a-z]{2} \d{1,2}, \d{4}: 1 article\.\n/);
    expect(markdown).toContain('- Published: Nov 7, 2025');
    expect(markdown).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    await options.close();
    await source.close();
  });

  it('exports the same articles before and after the extension is updated', async () => {
    let options = await env.h.openExtensionPage('options.html');
    const raw = await ask<string>(options, 'exportArticles', { kind: 'json' });
    expect(JSON.parse(raw).articles.length).toBeGreaterThan(0);
    const before = raw.replace(/"exportedAt": "[^"]+"/, '');
    await options.close();
    await env.h.reloadExtension();
    options = await env.h.openExtensionPage('options.html');
    const after = (await ask<string>(options, 'exportArticles', { kind: 'json' })).replace(/"exportedAt": "[^"]+"/, '');
    expect(after).toBe(before);
    await options.close();
  });
});
