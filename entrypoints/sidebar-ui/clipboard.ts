// Copies a citation from the sidebar. The Clipboard API works from the
// reader's click in a secure page in both browsers without any permission;
// an http: page has no navigator.clipboard, so there a hidden text box in
// our own shadow root is selected and copied the old way. Either way nothing
// of the page is read.

export async function copyText(text: string, within: HTMLElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no user activation, a policy): try the old way below.
  }
  if (!within) return false;
  // Selecting the box takes focus from the button the reader pressed: given back after.
  const root = within.getRootNode() as Document | ShadowRoot;
  const before = root.activeElement as HTMLElement | null;
  const box = within.ownerDocument.createElement('textarea');
  box.value = text;
  box.setAttribute('readonly', '');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  within.append(box);
  try {
    box.focus();
    box.select();
    return within.ownerDocument.execCommand('copy');
  } catch {
    return false;
  } finally {
    box.remove();
    before?.focus?.();
  }
}
