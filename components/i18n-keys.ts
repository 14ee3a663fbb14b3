// Every message the components show, as one list: the type the `t` prop
// accepts is derived from it, and a unit test checks each key against both
// locale files (public/_locales/{en,zh_CN}/messages.json), so a key cannot be
// used without English and Chinese text, nor with mismatched placeholders.

export const MESSAGE_KEYS = [
  'extName',
  // Sidebar
  'closeSidebar',
  'addPage',
  'topicsHeading',
  'noTopics',
  'mentionsOne',
  'mentionsOther',
  'mentionsGroup',
  'prevMention',
  'nextMention',
  'mentionPosition',
  'keyboardHelp',
  'searchLabel',
  'searchPlaceholder',
  'searchClear',
  'searching',
  'searchResultsOne',
  'searchResultsOther',
  'searchNoResults',
  'relatedHeading',
  'searchHeading',
  'loading',
  'empty',
  'errorTitle',
  'focusedPassage',
  // Passage card
  'yourArticle',
  'byAuthor',
  'section',
  'sourceOriginal',
  'sourceCopy',
  'sourceUnknown',
  'sourceNotWeb',
  'opensInNewTab',
  'whyLabel',
  'whyEvent',
  'whyNames',
  'whyTopics',
  'whyWords',
  'listSeparator',
  // Dates
  'dateUnknown',
  'dateYear',
  'dateMonth',
  'dateDay',
  'month1',
  'month2',
  'month3',
  'month4',
  'month5',
  'month6',
  'month7',
  'month8',
  'month9',
  'month10',
  'month11',
  'month12',
  // Collapsed tab
  'reopen',
  // Popup
  'popupUnavailable',
  'popupTopicsHeading',
  'siteToggle',
  'siteOff',
  'openModeLegend',
  'openModeSidebar',
  'openModeTab',
  'showSidebar',
  'hideSidebar',
  'noticesHeading',
  'noticeSetAside',
  // Article editor (save and options pages)
  'editorTitleNew',
  'editorTitleEdit',
  'editorIntro',
  'fieldHeadline',
  'fieldOutlet',
  'fieldAuthor',
  'fieldPublished',
  'publishedPlaceholder',
  'publishedHint',
  'fieldLanguage',
  'languageEn',
  'languageZh',
  'fieldUrl',
  'urlHint',
  'fieldNote',
  'noteHint',
  'paragraphsHeading',
  'paragraphsHelp',
  'paragraphsOne',
  'paragraphsOther',
  'wordsOne',
  'wordsOther',
  'paragraphLabel',
  'remove',
  'removeParagraph',
  'joinNext',
  'joinParagraphs',
  'paragraphRemoved',
  'undo',
  'undoRemoveParagraph',
  'addParagraph',
  'problemsTitle',
  'conflictSaved',
  'replace',
  'keepSaved',
  'save',
  'saveNew',
  'saving',
  'cancel',
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];

/** browser.i18n.getMessage's shape, narrowed to our keys. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/**
 * "1 mention" / "3 mentions". Chrome's i18n has no plural rules; English needs
 * two forms and Chinese one (its locale file gives both keys the same text).
 */
export function plural(t: Translate, count: number, one: MessageKey, other: MessageKey): string {
  return t(count === 1 ? one : other, String(count));
}
