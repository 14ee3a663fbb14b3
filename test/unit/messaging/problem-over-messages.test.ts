// A problem thrown in the background reaches the page that asked as data
// (its code and values), so the page can word it in the reader's language.
// @webext-core/messaging serialises a thrown error with its own fields and
// rebuilds an Error on the other side; problemOf reads the `problem` field
// from that. The browser's part is played by a small chrome.runtime that
// copies each message and reply through JSON, as Chrome does (Firefox's
// structured clone keeps more, so JSON is the stricter of the two).

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ProblemError, problemOf, storageProblem } from '../../../core/problem.ts';
import type { PagesToBackground } from '../../../shared/messages.ts';
import { type Handlers, askBackground, receiveFromPages } from '../../../shared/messaging.ts';

type Listener = (message: unknown, sender: object, sendResponse: (reply: unknown) => void) => boolean | undefined;

const listeners = new Set<Listener>();
/** Who the next message comes from: one of our pages unless a test says otherwise. */
let senderUrl = '';
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const chromeRuntime = {
  lastError: undefined as { message: string } | undefined,
  sendMessage(message: unknown, callback: (reply: unknown) => void) {
    const sender = { id: browser.runtime.id, url: senderUrl };
    for (const listener of listeners) {
      if (listener(copy(message), sender, (reply) => callback(reply === undefined ? undefined : copy(reply)))) return;
    }
    chromeRuntime.lastError = { message: 'Could not establish connection. Receiving end does not exist.' };
    callback(undefined);
    chromeRuntime.lastError = undefined;
  },
  onMessage: {
    addListener: (l: Listener) => listeners.add(l),
    removeListener: (l: Listener) => listeners.delete(l),
  },
};

const refuse = (): never => {
  throw new Error('not under test');
};

beforeAll(() => {
  vi.stubGlobal('chrome', { runtime: chromeRuntime });
  senderUrl = browser.runtime.getURL('/options.html');
  receiveFromPages({
    listArticles: refuse,
    getArticle: refuse,
    saveArticle: () => {
      throw new ProblemError({ code: 'articleGone' });
    },
    deleteArticle: () => {
      throw storageProblem(new DOMException('The quota has been exceeded.', 'QuotaExceededError'), { action: 'deleteArticle' });
    },
    exportArticles: () => {
      throw new TypeError('records is not iterable');
    },
    importArticles: () => {
      throw new ProblemError({ code: 'notJson', detail: 'Unexpected token o in JSON at position 1' });
    },
    tabStatus: refuse,
    toggleTabSidebar: refuse,
    saveTabPage: refuse,
    tabPageForSaving: refuse,
  } satisfies Handlers<PagesToBackground>);
});

afterAll(() => {
  vi.unstubAllGlobals();
});

async function failure(call: Promise<unknown>): Promise<unknown> {
  try {
    await call;
  } catch (e) {
    return e;
  }
  throw new Error('the call succeeded');
}

describe('a problem thrown in the background', () => {
  it('reaches the page with its code and values', async () => {
    const e = await failure(askBackground('importArticles', { text: 'not json', decisions: {} }));
    expect(e).toBeInstanceOf(Error);
    expect(problemOf(e)).toEqual({ code: 'notJson', detail: 'Unexpected token o in JSON at position 1' });
  });

  it('keeps a problem without values, and a storage problem with its action', async () => {
    const draft = { headline: '', outlet: '', published: '', url: '', language: 'en', text: '' } as never;
    expect(problemOf(await failure(askBackground('saveArticle', { draft, editing: 'user-x' })))).toEqual({ code: 'articleGone' });
    expect(problemOf(await failure(askBackground('deleteArticle', { id: 'user-x' })))).toEqual({
      code: 'storageFull',
      action: 'deleteArticle',
    });
  });

  it('is "unexpected", with the background\'s message, when it was no problem of ours', async () => {
    expect(problemOf(await failure(askBackground('exportArticles', { kind: 'json' })))).toEqual({
      code: 'unexpected',
      detail: 'records is not iterable',
    });
  });

  it('is never answered for a sender that is not one of our pages', async () => {
    senderUrl = 'https://news.example.com/';
    try {
      const e = await failure(askBackground('importArticles', { text: 'not json', decisions: {} }));
      expect(problemOf(e)).toEqual({ code: 'unexpected', detail: 'not allowed from a web page' });
    } finally {
      senderUrl = browser.runtime.getURL('/options.html');
    }
  });
});
