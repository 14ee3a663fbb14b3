// The corpus the background answers from, opened on first use: a service
// worker that only ever sees pages about nothing never loads it, and one that
// the browser stopped reopens it on the next query.

import { browser } from 'wxt/browser';
import { type CorpusBundle, type OpenCorpus, openBundle } from '../../core/bundle.ts';

let opening: Promise<OpenCorpus> | null = null;

export function getCorpus(): Promise<OpenCorpus> {
  opening ??= load().catch((e: unknown) => {
    opening = null; // let the next query try again rather than fail forever
    throw e;
  });
  return opening;
}

async function load(): Promise<OpenCorpus> {
  const url = browser.runtime.getURL('/corpus-index.json');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not read the bundled corpus (${response.status})`);
  return openBundle((await response.json()) as CorpusBundle);
}
