// The person's settings, one typed and defaulted item each. Every reader
// (content scripts in open tabs, popup, background) watches them, so a change
// applies at once, without a reload.
//
// Ships in: gate-settings.js, background.js, popup, options (engine.js takes
// only its types).

import { type CustomTopic, isCustomTopicList } from '../core/custom-topics.ts';
import { defineSetting } from './setting.ts';

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Topics switched off (by id). A list of what is off, so new topics start on. */
export const topicsOff = defineSetting<string[]>('local:topicsOff', [], isStringList);

/** Sites (host names) where the extension does nothing. */
export const sitesOff = defineSetting<string[]>('local:sitesOff', [], isStringList);

export type OpenMode = 'sidebar' | 'tab';

/** Open the sidebar by itself on a matching page, or only show the tab and the badge. */
export const openMode = defineSetting<OpenMode>('local:openMode', 'sidebar', (v): v is OpenMode => v === 'sidebar' || v === 'tab');

/** Topics the reader defined (see core/custom-topics.ts). */
export const customTopics = defineSetting<CustomTopic[]>('local:customTopics', [], isCustomTopicList);
