import { browser } from 'wxt/browser';
import type { MessageKey } from '../components/i18n-keys.ts';

export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** The browser's own i18n: the language follows the browser's UI language. */
export const t: Translate = (key, substitutions) =>
  (browser.i18n.getMessage as (k: string, s?: string | string[]) => string)(key, substitutions) || key;
