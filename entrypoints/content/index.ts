import { HOST_NAME } from './host-name.ts';
import { PageController } from './page-controller.ts';
import { querySelectorAll } from './safe-document.ts';

export default defineContentScript({
  // http(s) pages, and file:// pages where the person allows it; the top frame only.
  matches: ['<all_urls>'],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    // An update re-injects us into open tabs in Firefox: the old instance is
    // dead but its sidebar would stay. One sidebar per page.
    for (const stale of querySelectorAll(document, HOST_NAME)) stale.remove();
    void new PageController(ctx).start();
  },
});
