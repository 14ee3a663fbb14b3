// Words that news text uses all the time. An anchor (see anchors.ts) made of
// one of them opens a window for the trie walk on page after page about
// nothing, so anchor choice takes a rarer word of the term where it has one
// ("infants", not "children"; "internet", not "conference"). A hand-kept
// list: it only needs to know the common words that topic terms contain.
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `about above according action actually after again against agency agreement among announced another answer around
  asked attack automated average based became because become before began being believe below better between billion
  board building business called campaign cannot capital career center central century chairman change changes children
  china chinese church cities citizens city classes clear close coming commission committee common community companies
  company conditions conference congress control could council countries country county course court create created
  crisis culture current daily death decision department design development different digital director during early
  economic economy education effort election energy europe european event events every evidence executive experience
  family father federal final finance financial first following force foreign formula forward foundation friends
  frontier further future general global going government great group groups growth health history homes hospital house
  human important include including income industry information intelligence interest international issues
  killed language large later launch leader leaders learning least legal level local looking major making market media
  meeting member members million minister model models money month months mother movement music national nations nearly
  network never number office officials online order other party people percent period person place plans point police
  policy political power president press price prices private problem process program programme project public question
  rather really recognition recommendation record region report reported research result right rules saying school
  season second secretary security senior service services several should since small social society source special
  speech staff start state statement states still story street student students study summit support system systems taken
  technology their there these things think third those though three through today together total towards trade under
  union united university until video visit wants water where which while white whole women world would years young`.split(/\s+/),
);

// Words in every sentence: an anchor only when a term has nothing else
// (stand-ins such as "these systems" have them, and "systems" is better).
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `the this that these those such and for with from into onto over under`.split(/\s+/),
);
