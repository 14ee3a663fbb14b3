// The interface's words in the browser's language: one source for every
// page, the sidebar, the background's export and the topic labels. The
// browser picks the locale file from its UI language
// (browser.i18n.getUILanguage()); Intl and <html lang> follow that file.
//
// Ships in: engine.js, sidebar-ui.js, background.js (the Markdown export, topic names),
// popup, options and save; not content.js.

import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { type Translate, createTranslator, interfaceLanguage } from './translate.ts';

let made: Translate | null = null;

/** Made on first use, not on import: a module that only imports this pays nothing. */
export function uiTranslator(): Translate {
  made ??= createTranslator(i18n.t, interfaceLanguage(i18n.t('locale'), browser.i18n.getUILanguage()));
  return made;
}
