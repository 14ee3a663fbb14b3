import type { TopicDefinition } from '../topic-schema.ts';

// The World Internet Conference, held in Wuzhen every year since 2014.
// Look-alikes it must not fire on:
// - "WIC", the US nutrition programme for Women, Infants, and Children;
// - Wuzhen the water town in travel writing;
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
    'Internet Conference in Wuzhen',
    '世界互联网大会',
    '世界互联网大会乌镇峰会',
    '互联网大会乌镇峰会',
    '乌镇峰会',
    '乌镇互联网大会',
    '世界互聯網大會',
    '世界互聯網大會烏鎮峰會',
    '烏鎮峰會',
  ],
  support: ['Wuzhen', '乌镇', '烏鎮'],
  acronyms: [
    {
      acronym: 'WIC',
      clarifiers: ['Wuzhen', '乌镇', '烏鎮'],
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
};
