// Firefox in another interface language. Firefox ships in English only; a
// language comes from a language pack, which Debian packages as
// firefox-esr-l10n-<lang> into the application's own extensions folder
// (/usr/lib/firefox-esr/browser/extensions, the add-ons' "application"
// scope). A profile asks for the language with intl.locale.requested; the
// browser's UI locale (browser.i18n.getUILanguage()) and the extension's
// choice of _locales file follow it. Without the language pack Firefox
// quietly falls back to English, so the harness checks and says what to install.

import type { FirefoxHarness } from './firefox.ts';

// Application scope (4) of AddonManager's scopes: where Debian puts the language packs.
const SCOPE_APPLICATION = 4;

/** Profile prefs that start Firefox in `lang` (BCP 47, e.g. "zh-TW"). */
export function localePrefs(lang: string): Record<string, unknown> {
  return {
    'intl.locale.requested': lang,
    // What pages are told the reader reads (navigator.languages, Accept-Language).
    'intl.accept_languages': lang,
    // Enable the application scope's add-ons at once, without asking (puppeteer's
    // profile does this too; said here so the language does not depend on it).
    'extensions.enabledScopes': 1 | SCOPE_APPLICATION,
    'extensions.autoDisableScopes': 0,
  };
}

/** Throws, naming the package to install, unless the browser's UI language is `lang`. */
export async function checkUiLanguage(h: FirefoxHarness, lang: string): Promise<void> {
  const got = await h.chromeEval(async () => {
    const g = globalThis as unknown as {
      Services: { locale: { appLocaleAsBCP47: string; availableLocales: string[] } };
      ChromeUtils: { importESModule(url: string): { AddonManager: { getAddonsByTypes(t: string[]): Promise<{ id: string; isActive: boolean }[]> } } };
    };
    const { AddonManager } = g.ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
    const packs = await AddonManager.getAddonsByTypes(['locale']);
    return {
      ui: g.Services.locale.appLocaleAsBCP47,
      available: g.Services.locale.availableLocales,
      packs: packs.map((p) => `${p.id}${p.isActive ? '' : ' (disabled)'}`),
    };
  });
  if (got.ui === lang) return;
  const pkg = `firefox-esr-l10n-${lang.toLowerCase()}`;
  throw new Error(
    `${h.browserVersion} cannot start in ${lang}: its interface language is ${got.ui} ` +
      `(languages it has: ${got.available.join(', ')}; language packs: ${got.packs.join(', ') || 'none'}). ` +
      `Install its ${lang} language pack: on Debian, apt-get install -y ${pkg} (it must match the browser's version).`,
  );
}
