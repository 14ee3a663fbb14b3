// Names the content script's isolated world holds, which pages cannot see:
// the background (Chrome and Firefox) reaches a page's gate by running a one-line
// function there (scripting.executeScript) that calls GATE_CALL, so a page
// about nothing registers no message listener; CUSTOM_TOPICS_FLAG, set
// by a tiny script the background registers only while the reader has
// topics of their own, tells the gate to read them before it scans; and
// GATE_OFF_FLAG, set by one registered for the sites the reader switched
// off (every site, when every topic is off), tells it not to look at all.
//
// Ships in: content.js, background.js, custom-topics.js, gate-off.js.

export const GATE_CALL = '__relatedCoverageGate';
export const CUSTOM_TOPICS_FLAG = '__relatedCoverageCustomTopics';
/** The registered script that sets the flag (entrypoints/custom-topics). */
export const CUSTOM_TOPICS_SCRIPT = 'custom-topics.js';
export const GATE_OFF_FLAG = '__relatedCoverageOff';
/** The registered script that sets it (entrypoints/gate-off). */
export const GATE_OFF_SCRIPT = 'gate-off.js';
