// Server responses as the protocol describes them, shaped like the seed corpus.
import type { EntityDetails, EntitySummary, StatusParams } from '../src/protocol';

export const KIM_YO_JONG: EntitySummary = {
  id: 'kim-yo-jong',
  name: 'Kim Yo Jong',
  type: 'person',
  description: "a senior official in the North's ruling Workers' Party",
  aliases: ['Kim Yo-jong'],
  mentionCount: 6,
  articleCount: 2,
};

export const PUTIN: EntitySummary = {
  id: 'vladimir-putin',
  name: 'Vladimir Putin',
  type: 'person',
  description: "Russia's President",
  aliases: ['Putin'],
  mentionCount: 40,
  articleCount: 5,
};

export const KCNA: EntitySummary = {
  id: 'kcna',
  name: 'KCNA',
  type: 'organization',
  description: null,
  aliases: [],
  mentionCount: 1,
  articleCount: 1,
};

export const KURSK: EntitySummary = {
  id: 'kursk',
  name: 'Kursk',
  type: 'place',
  description: null,
  aliases: [],
  mentionCount: 3,
  articleCount: 2,
};

const SEED_URI = 'file:///work/notes/seeds/000_a964fcedf6c508e9.txt';

export const KIM_YO_JONG_DETAILS: EntityDetails = {
  ...KIM_YO_JONG,
  card: 'a senior official  \n6 mentions · 2 articles&#58; Japan Today, 1 unknown · published c\\. 2025',
  introduction: { uri: SEED_URI, range: { start: { line: 19, character: 12 }, end: { line: 19, character: 23 } } },
  articles: [
    {
      id: 'a1',
      title: "N Korea says S Korea's peace overtures a 'pipe dream'",
      source: 'Japan Today',
      published: '2025',
      date: 'c. 2025',
      uri: SEED_URI,
      best: { start: { line: 19, character: 400 }, end: { line: 19, character: 411 } },
      mentions: [
        {
          range: { start: { line: 19, character: 12 }, end: { line: 19, character: 23 } },
          text: 'Kim Yo Jong',
          excerpt: 'FILE PHOTO: Kim Yo Jong, sister of North Korea’s leader Kim Jong…',
          sentence: "FILE PHOTO: Kim Yo Jong, sister of North Korea's leader Kim Jong Un, arrives at the Vostochny Cosmodrome.",
        },
        {
          range: { start: { line: 19, character: 400 }, end: { line: 19, character: 411 } },
          text: 'Kim Yo Jong',
          excerpt: 'Kim Yo Jong, who is a senior official in the North’s ruling…',
          sentence: "Kim Yo Jong, who is a senior official in the North's ruling Workers' Party, also said adjustments made to the plan were a \"futile\" move.",
        },
      ],
    },
    {
      id: 'a2',
      title: null,
      source: null,
      published: null,
      date: 'undated',
      uri: 'file:///work/notes/seeds/003_5b77008bbbd4f7c5.txt',
      best: { start: { line: 4, character: 0 }, end: { line: 4, character: 11 } },
      mentions: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 11 } }, text: 'Kim Yo-jong', excerpt: 'Kim Yo-jong said…', sentence: 'Kim Yo-jong said so.' }],
    },
  ],
};

export function status(partial: Partial<StatusParams> & Pick<StatusParams, 'state'>): StatusParams {
  return { done: 0, total: 0, entities: 0, articles: 0, files: 0, ...partial };
}
