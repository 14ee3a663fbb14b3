// The reader's switches the Firefox harness flips through the browser's
// privileged window: the content colour scheme and file:// access.

import type { FirefoxHarness } from './firefox.ts';

/** BiDi has no media emulation: set the pref behind about:preferences' website appearance (0 dark, 1 light). */
export async function setColorScheme(h: FirefoxHarness, scheme: 'light' | 'dark'): Promise<void> {
  await h.chromeEval((value: number) => {
    const g = globalThis as unknown as { Services: { prefs: { setIntPref(k: string, v: number): void } } };
    g.Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', value);
  }, scheme === 'dark' ? 0 : 1);
}

/**
 * What about:addons' "Access your local files" toggle does: add or remove the
 * internal:fileSchemeAllowed permission with ExtensionPermissions in the parent.
 * New documents see it at once; no reload.
 */
export async function setFileAccess(h: FirefoxHarness, allowed: boolean): Promise<void> {
  const now = await h.chromeEval(
    async (a: { id: string; allowed: boolean }) => {
      const g = globalThis as unknown as {
        ChromeUtils: { importESModule(url: string): { ExtensionPermissions: Record<'add' | 'remove', (id: string, p: object, ext?: unknown) => Promise<void>> } };
        WebExtensionPolicy: { getByID(id: string): { extension?: unknown; fileSchemeAllowed: boolean } | null };
      };
      const { ExtensionPermissions } = g.ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const policy = g.WebExtensionPolicy.getByID(a.id);
      await ExtensionPermissions[a.allowed ? 'add' : 'remove'](a.id, { origins: [], permissions: ['internal:fileSchemeAllowed'] }, policy?.extension);
      return g.WebExtensionPolicy.getByID(a.id)?.fileSchemeAllowed ?? null;
    },
    { id: h.geckoId, allowed },
  );
  if (now !== allowed) throw new Error(`file access is ${now}, wanted ${allowed}`);
}
