// Messages between the extension's contexts: one protocol per direction
// (the maps are in messages.ts), each received in one place that checks the
// sender once for all its handlers, so a handler cannot be registered for
// the wrong direction:
//   content script  -> background   receiveFromContent   (background)
//   extension pages -> background   receiveFromPages     (background)
//   background      -> content      answerThroughGlobal (gate-call.ts), called by sendToTab (tab-messaging.ts)
// The popup and the save page reach a tab only through the background.
//
// The two directions into the background use @webext-core/messaging. It
// replies through sendResponse, which both browsers support natively (Chrome
// ignores a promise returned by an onMessage listener), so no polyfill is
// needed.
//
// Ships in: engine.js (sendToBackground), background.js, popup, options and
// save (askBackground). Not in content.js: the gate only receives, through
// gate-call.ts, and pays for none of this on pages about nothing.

import { defineExtensionMessaging, type GetDataType, type GetReturnType } from '@webext-core/messaging';
import { type Browser, browser } from 'wxt/browser';
import type { ContentToBackground, PagesToBackground } from './messages.ts';

type Sender = Browser.runtime.MessageSender;
/** One handler for every message of a direction, given the message's data and its (checked) sender. */
export type Handlers<M> = {
  [K in keyof M]: (data: GetDataType<M[K]>, sender: Sender) => GetReturnType<M[K]> | Promise<GetReturnType<M[K]>>;
};
export type Data<M, K extends keyof M> = GetDataType<M[K]>;
export type Result<M, K extends keyof M> = Promise<Awaited<GetReturnType<M[K]>>>;

// Both maps are received by the background, where a message is told apart by
// its name alone: the same name in both would be answered twice.
type Overlap = keyof ContentToBackground & keyof PagesToBackground;
const noOverlap: [Overlap] extends [never] ? true : Overlap = true;
void noOverlap;

const fromContent = defineExtensionMessaging<ContentToBackground>();
const fromPages = defineExtensionMessaging<PagesToBackground>();

const ownOrigin = () => browser.runtime.getURL('/');

/** A content script of ours: from a tab, with our id, and not one of our own pages open in a tab. */
function contentSender(sender: Sender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined && !sender.url?.startsWith(ownOrigin());
}

/** One of our own pages (popup, options, save), wherever it is open. */
function pageSender(sender: Sender): boolean {
  return sender.id === browser.runtime.id && sender.url?.startsWith(ownOrigin()) === true;
}

function receive<M>(
  messenger: ReturnType<typeof defineExtensionMessaging<M & Record<string, unknown>>>,
  handlers: Handlers<M>,
  allowed: (sender: Sender) => boolean,
  refusal: string,
): void {
  for (const type of Object.keys(handlers) as Array<keyof M & string>) {
    const handler = handlers[type];
    messenger.onMessage(type, ({ data, sender }) => {
      if (!allowed(sender)) throw new Error(refusal);
      return handler(data as never, sender) as never;
    });
  }
}

/** Background: answers content scripts. Registered synchronously, so a woken service worker has it before the event. */
export function receiveFromContent(handlers: Handlers<ContentToBackground>): void {
  receive(fromContent, handlers, contentSender, 'not from a content script of this extension');
}

/** Background: answers the extension's own pages. */
export function receiveFromPages(handlers: Handlers<PagesToBackground>): void {
  receive(fromPages, handlers, pageSender, 'not allowed from a web page');
}

// What the browser says when the background went away while the message was
// in flight (Chrome stopped the service worker): nothing was done, or what was
// done can be done again.
const TRANSPORT = /message channel closed|Receiving end does not exist|Could not establish connection|message port closed|No response/i;

async function withRetry<R>(call: () => Promise<R>, retry: boolean): Promise<R> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      if (!retry || attempt >= 2 || !TRANSPORT.test(e instanceof Error ? e.message : String(e))) throw e;
    }
  }
}

/**
 * Content script -> background. `retry` is for calls that are safe to repeat
 * (rank, search, reportPage): a background stopped mid-call is started again
 * by the retry.
 */
export function sendToBackground<K extends keyof ContentToBackground>(
  type: K,
  data: Data<ContentToBackground, K>,
  options: { retry?: boolean } = {},
): Result<ContentToBackground, K> {
  const send = fromContent.sendMessage as (t: K, d: unknown) => Result<ContentToBackground, K>;
  return withRetry(() => send(type, data), options.retry === true);
}

/** Extension page -> background. */
export function askBackground<K extends keyof PagesToBackground>(type: K, data: Data<PagesToBackground, K>): Result<PagesToBackground, K> {
  const send = fromPages.sendMessage as (t: K, d: unknown) => Result<PagesToBackground, K>;
  return send(type, data);
}
