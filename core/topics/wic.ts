import type { TopicDefinition } from '../topic-schema.ts';

// The World Internet Conference, held in Wuzhen every year since 2014.
// Chinese terms are written once, in simplified script: traditional forms
// fold onto them and Taiwan's words (世界网际网路大会) are added at build time.
// Coverage often names it short ("the Wuzhen conference", 乌镇大会), or not at
// all: the place and an internet meeting in one sentence say it.
// Look-alikes it must not fire on:
// - "WIC", the US nutrition programme for Women, Infants, and Children, and
//   the World Intelligence Congress in Tianjin (also "WIC");
// - Wuzhen the water town in travel writing, its theatre festival and the
//   Future of Go Summit held there;
// - 中国互联网大会, the Internet Society of China's conference in Beijing;
// - the World Artificial Intelligence Conference (WAIC, Shanghai) and the
//   Internet Governance Forum (IGF).
export const wic: TopicDefinition = {
  id: 'wic',
  label: 'World Internet Conference',
  labelZh: '世界互联网大会',
  labelZhTW: '世界網際網路大會',
  // Held every year: a page about this year's summit wants this year's coverage.
  event: true,
  names: [
    'World Internet Conference',
    'World Internet Conference Wuzhen Summit',
    'Wuzhen Summit',
    'WIC Wuzhen Summit',
    'Wuzhen( World) Internet Conference',
    'Wuzhen conference',
    'Wuzhen internet (summit|forum)',
    'Internet Conference in Wuzhen',
    'Wuzhen峰会',
    '世界互联网大会',
    '世界互联网大会乌镇峰会',
    '互联网大会乌镇峰会',
    '乌镇峰会',
    '乌镇互联网大会',
    '乌镇大会',
  ],
  support: ['Wuzhen', '乌镇'],
  acronyms: [
    {
      acronym: 'WIC',
      clarifiers: ['Wuzhen', '乌镇'],
      otherMeanings: [
        'Women, Infants(,) and Children',
        'Special Supplemental Nutrition Program',
        'nutrition program(me)(s)',
        'USDA',
        'SNAP',
        'food stamps',
        'infant formula',
        'WIC (benefit|clinic|office|participant|recipient|card|vendor|food|eligibility|program)(s)',
        'WIC-approved',
      ],
    },
  ],
  // The place and an internet meeting in one sentence: "an annual internet
  // gathering in Wuzhen", 在乌镇举行的互联网盛会. Cyberspace themes beside the
  // place add up more slowly.
  cooccurrence: {
    subjects: ['Wuzhen', '乌镇'],
    strongAspects: [
      'internet (conference|conferences|summit|forum|gathering|meeting|event|expo)',
      'Light of (the )Internet',
      '互联网大会',
      '互联网盛会',
      '互联网峰会',
      '互联网之光',
    ],
    aspects: [
      'cyberspace',
      'cyber sovereignty',
      'digital divide',
      'sub-forum(s)',
      '网络空间',
      '网络主权',
      '数字鸿沟',
      '分论坛',
    ],
    blockers: ['中国互联网大会', 'China Internet Conference'],
    maxGap: 40,
    strongGap: 80,
    minPairs: 2,
  },
};
