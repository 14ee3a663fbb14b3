// The options page: the reader's saved articles (find, correct, delete),
// export and import, and their own topics. Articles go through the
// background, which keeps the search index in step; topics are settings that
// open tabs and the background watch. This file only mounts OptionsApp.

import { render } from 'preact';
import { PAGES_CSS } from '../../components/styles/pages.ts';
import { uiTranslator } from '../../shared/i18n.ts';
import { askBackground } from '../../shared/messaging.ts';
import { OptionsApp } from './OptionsApp.tsx';

const t = uiTranslator();
document.documentElement.lang = t.lang;
document.title = t('extName');
const style = new CSSStyleSheet();
style.replaceSync(PAGES_CSS);
document.adoptedStyleSheets = [style];

render(<OptionsApp t={t} call={askBackground} />, document.getElementById('app')!);
