// Pages the end-to-end tests serve from 127.0.0.1. Written for the tests;
// each says what it is for.

import { htmlPage, type Route } from '../harness/index.ts';

const article = (h1: string, paragraphs: string[]) =>
  `<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
   <main><article><h1>${h1}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main>
   <footer><p>© Test Gazette</p></footer>`;

/** About the 2023 summit: the sidebar must lead with the 2023 coverage. */
export const WIC_2023 = htmlPage({
  title: 'Xi calls for AI cooperation at World Internet Conference',
  body: article('Xi calls for cooperation on AI at the World Internet Conference', [
    'President Xi Jinping sent a video address to the 2023 World Internet Conference Wuzhen Summit on Wednesday, calling on countries to deepen exchanges on artificial intelligence and cyberspace development.',
    'The WIC, held in the canal town of Wuzhen since 2014, drew officials and executives from more than 100 countries.',
  ]).replace('<h1>', '<p><time datetime="2023-11-08">8 November 2023</time></p><h1>'),
});

/** Both topics, so one can be switched off and the other stays. */
export const BOTH_TOPICS = htmlPage({
  title: 'Wuzhen forum turns to AI rules',
  body: article('Wuzhen forum turns to AI rules', [
    'The World Internet Conference will set up an AI committee, its secretary general Ren Xianliang said in Beijing.',
    'Delegates will debate AI governance, including the Global AI Governance Initiative and oversight of artificial intelligence.',
  ]),
});

/** About neither topic: nothing may happen, not even a message. */
export const NEITHER = htmlPage({
  title: 'Rain expected across the region',
  body: article('Rain expected across the region', [
    'Forecasters expect heavy rain on Thursday, with flood warnings for low-lying areas.',
    'Commuters are advised to allow extra time and to check for road closures before they travel.',
  ]),
});

/**
 * Says "AI" and 人工智能 in passing, with nothing said of them that a topic
 * needs (rules, oversight): the gate loads nothing, as on a page about neither.
 */
export const AI_IN_PASSING = htmlPage({
  title: 'Pocket gadget sells out in a day',
  body: `${article('Pocket gadget sells out in a day', [
    'The start-up behind a palm-sized AI companion said its first batch of ten thousand units was gone by the evening.',
    'Reviewers liked the battery and the screen; the privacy policy runs to four pages, and shipping takes two weeks.',
  ])}<script>window.siteConfig = { sections: ["AI regulation", "Science"] };</script>`.replace('<main>', '<aside lang="zh">该公司表示，人工智能助手下周上市。</aside><main>'),
});

/** A single-page app: go() moves to a weather route without a page load. */
export const SPA = htmlPage({
  title: 'Newsroom app',
  body: `${article('World Internet Conference opens in Wuzhen', [
    'The World Internet Conference opened its Wuzhen Summit, with the WIC secretariat promising talks on AI.',
  ])}
  <script>
    window.go = function () {
      history.pushState({}, '', '/spa/weather');
      document.title = 'Weather';
      document.querySelector('article').innerHTML = '<h1>Weather</h1><p>Sunny spells and light winds.</p>';
    };
  </script>`,
});

/** A story to save into the reader's corpus: its own words (a quokka delegation) make it findable. */
export const TO_SAVE = htmlPage({
  title: 'Quokka delegation visits the World Internet Conference | Test Gazette',
  body: article('Quokka delegation visits the World Internet Conference', [
    'A delegation from the Rottnest quokka sanctuary arrived at the World Internet Conference in Wuzhen on Monday, its leader Bruno Marsupial said.',
    'Marsupial told reporters the quokka delegation wanted to learn how the Wuzhen Summit uses digital tools to count visitors.',
    'The sanctuary plans to share its findings with the WIC secretariat next year.',
  ]).replace('<h1>', '<p><time datetime="2025-11-07">7 November 2025</time></p><h1>'),
});

/** A later page on the same story, where the saved article must come first. */
export const RELATED_TO_SAVED = htmlPage({
  title: 'Quokka sanctuary reports back from Wuzhen',
  body: article('Quokka sanctuary reports back from Wuzhen', [
    'Bruno Marsupial, who led the quokka delegation to the World Internet Conference, said the sanctuary would publish its visitor-counting plans.',
  ]),
});

/** Words a passage may share cut into fragments ("start-ups", "China-based", "forum’s", "artificial intelligence (AI)"). */
export const START_UPS = htmlPage({
  title: 'Start-ups bring AI to the Wuzhen forum',
  body: article('Start-ups bring AI to the Wuzhen forum', [
    'China-based start-ups showed artificial intelligence (AI) tools at the World Internet Conference in Wuzhen, where the forum’s sessions turned to export controls.',
    'Executives at the forum’s AI sessions weighed chips, export controls and investment in start-ups.',
  ]),
});

export const ROUTES: Record<string, Route> = {
  '/start-ups': START_UPS,
  '/to-save': TO_SAVE,
  '/related-to-saved': RELATED_TO_SAVED,
  '/wic-2023': WIC_2023,
  '/both': BOTH_TOPICS,
  '/neither': NEITHER,
  '/ai-in-passing': AI_IN_PASSING,
  '/spa': SPA,
};
