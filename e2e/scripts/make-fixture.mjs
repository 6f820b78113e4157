// Writes e2e/fixtures/koreas.json: a small hand-written dateline.bundle/1 with events,
// entities, quotes, timexes, set-aside furniture and a conflicting date, so every feature of
// the explorer can be tested before the core's pipeline yields events. The articles are
// invented for the tests. Offsets are computed here (UTF-8 bytes), never typed by hand.
//
//   node scripts/make-fixture.mjs            (rewrites fixtures/koreas.json)
import { writeFileSync } from 'node:fs';

const bytes = (s) => Buffer.byteLength(s, 'utf8');

// Each article: paragraphs of sentences; `furniture` lines are set aside by the (imagined) reader.
const ARTICLES = [
  {
    id: 'harbour-times-hotline',
    title: 'Koreas restore cross-border hotline after 13 months',
    furniture: ['Photo: pool / Harbour Times'],
    sentences: [
      'North and South Korea restored their cross-border hotline on 27 July 2021, officials in Seoul said.',
      'Pyongyang had cut the line on 9 June 2020 in protest at leaflets sent across the border.',
      '"The two leaders agreed to restore mutual trust," presidential spokesman Park Soo-hyun told reporters.',
      'Kim Jong Un and Moon Jae-in exchanged several letters in spring 2021, the spokesman added.',
      'Military talks are expected to follow later this year.',
    ],
  },
  {
    id: 'east-wire-liaison',
    title: 'Hotline back on as Seoul and Pyongyang ease tensions',
    furniture: ['By a staff reporter', 'Copyright East Wire 2021'],
    sentences: [
      'The inter-Korean hotline came back to life on 27 July 2021 after more than a year of silence.',
      'In June 2020 the North blew up the joint liaison office in Kaesong, on 16 June.',
      'Days earlier, on 13 June 2020, Kim Yo Jong had threatened action against the South.',
      'On 12 June 2020 the North said it would sever all communication lines.',
      'Moon and Kim first met at Panmunjom on 27 April 2018.',
      '"We will open a new era," Moon Jae-in said at the time.',
    ],
  },
  {
    id: 'northern-review-summits',
    title: 'A short history of the summits',
    furniture: [],
    sentences: [
      'Donald Trump met Kim Jong Un in Singapore on 12 June 2018.',
      'Some reports say the hotline was restored on 28 July 2021.',
      'A second Trump–Kim summit took place in Hanoi in February 2019, probably late in the month.',
      'A further meeting is planned for 2022, according to diplomats in Séoul.',
    ],
  },
];

function buildArticle(spec) {
  let text = `${spec.title}\n\n`;
  const removed = [];
  for (const line of spec.furniture) {
    removed.push({ start: bytes(text), end: bytes(text) + bytes(line), kind: 'furniture' });
    text += `${line}\n`;
  }
  text += '\n';
  const sentences = [];
  for (const s of spec.sentences) {
    sentences.push({ start: bytes(text), end: bytes(text) + bytes(s) });
    text += `${s} `;
  }
  text = `${text.trimEnd()}\n`;
  return {
    id: spec.id,
    title: spec.title,
    outlet: null,
    published: null,
    bylines: [],
    text,
    removed,
    timexes: [],
    quotes: [],
    sentences,
  };
}

const articles = ARTICLES.map(buildArticle);
const byId = Object.fromEntries(articles.map((a) => [a.id, a]));

/// The span of `needle` inside sentence `n` of `article` (the whole sentence without needle).
function span(articleId, n, needle) {
  const a = byId[articleId];
  const s = a.sentences[n];
  const sentence = Buffer.from(a.text, 'utf8').subarray(s.start, s.end).toString('utf8');
  if (!needle) return { article: articleId, start: s.start, end: s.end };
  const at = sentence.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in ${articleId}#${n}`);
  const start = s.start + bytes(sentence.slice(0, at));
  return { article: articleId, start, end: start + bytes(needle) };
}

// Dates in the text, as timexes; quotes with speakers.
const TIMEXES = [
  ['harbour-times-hotline', 0, '27 July 2021', '2021-07-27'],
  ['harbour-times-hotline', 1, '9 June 2020', '2020-06-09'],
  ['harbour-times-hotline', 3, 'spring 2021', '2021-SP'],
  ['east-wire-liaison', 0, '27 July 2021', '2021-07-27'],
  ['east-wire-liaison', 4, '27 April 2018', '2018-04-27'],
  ['northern-review-summits', 0, '12 June 2018', '2018-06-12'],
  ['northern-review-summits', 1, '28 July 2021', '2021-07-28'],
];
for (const [id, n, text, value] of TIMEXES) {
  const { start, end } = span(id, n, text);
  byId[id].timexes.push({ start, end, text, type: 'DATE', value });
}
const QUOTES = [
  ['harbour-times-hotline', 2, 'The two leaders agreed to restore mutual trust', 'person:park-soo-hyun'],
  ['east-wire-liaison', 5, 'We will open a new era', 'person:moon-jae-in'],
];
for (const [id, n, text, speaker] of QUOTES) {
  const { start, end } = span(id, n, text);
  byId[id].quotes.push({ start, end, text, speaker, channel: null });
}

const entity = (id, name, kind, aliases, roles) => ({ id, name, kind, aliases, roles, mentions: [] });
const entities = [
  entity('person:kim-jong-un', 'Kim Jong Un', 'person', ['Kim', 'Kim Jong-un'], ['leader of North Korea']),
  entity('person:moon-jae-in', 'Moon Jae-in', 'person', ['Moon', 'President Moon'], ['president of South Korea']),
  entity('person:donald-trump', 'Donald Trump', 'person', ['Trump'], ['president of the United States']),
  entity('person:kim-yo-jong', 'Kim Yo Jong', 'person', [], ['sister of Kim Jong Un']),
  entity('person:park-soo-hyun', 'Park Soo-hyun', 'person', [], ['presidential spokesman']),
  entity('place:panmunjom', 'Panmunjom', 'place', [], []),
];
// Mentions: every occurrence of a name or alias in every article.
for (const e of entities) {
  for (const a of articles) {
    for (const name of [e.name, ...e.aliases]) {
      let from = 0;
      for (;;) {
        const at = a.text.indexOf(name, from);
        if (at < 0) break;
        const start = bytes(a.text.slice(0, at));
        e.mentions.push({ article: a.id, start, end: start + bytes(name) });
        from = at + name.length;
      }
    }
  }
}

const day = (d) => ({ start: d, end: d, precision: 'day', basis: 'stated' });
const KIM = 'person:kim-jong-un';
const MOON = 'person:moon-jae-in';
const events = [
  {
    id: 'ev-hotline-restored', title: 'North and South Korea restore their hotline', kind: 'communication',
    when: day('2021-07-27'), status: 'happened', participants: [KIM, MOON],
    sources: [span('harbour-times-hotline', 0), span('east-wire-liaison', 0)],
    conflicts: [{ when: day('2021-07-28'), source: span('northern-review-summits', 1) }],
  },
  {
    id: 'ev-hotline-cut', title: 'Pyongyang cuts the hotline', kind: 'communication',
    when: day('2020-06-09'), status: 'happened', participants: [KIM, MOON],
    sources: [span('harbour-times-hotline', 1)], conflicts: [],
  },
  {
    id: 'ev-lines-severed', title: 'North vows to sever all lines', kind: 'statement',
    when: day('2020-06-12'), status: 'happened', participants: [KIM],
    sources: [span('east-wire-liaison', 3)], conflicts: [],
  },
  {
    id: 'ev-threat', title: 'Kim Yo Jong threatens the South', kind: 'statement',
    when: day('2020-06-13'), status: 'happened', participants: ['person:kim-yo-jong'],
    sources: [span('east-wire-liaison', 2)], conflicts: [],
  },
  {
    id: 'ev-liaison-office', title: 'Liaison office in Kaesong blown up', kind: 'military',
    when: day('2020-06-16'), status: 'happened', participants: [KIM],
    sources: [span('east-wire-liaison', 1)], conflicts: [],
  },
  {
    id: 'ev-letters', title: 'Kim and Moon exchange letters', kind: 'letter',
    when: { start: '2021-03-01', end: '2021-05-31', precision: 'season', basis: 'stated' },
    status: 'happened', participants: [KIM, MOON], sources: [span('harbour-times-hotline', 3)], conflicts: [],
  },
  {
    id: 'ev-military-talks', title: 'Military talks expected', kind: 'meeting',
    when: { start: '2021-01-01', end: '2021-12-31', precision: 'year', basis: 'inferred' },
    status: 'expected', participants: [KIM, MOON], sources: [span('harbour-times-hotline', 4)], conflicts: [],
  },
  {
    id: 'ev-panmunjom', title: 'Moon and Kim meet at Panmunjom', kind: 'summit',
    when: day('2018-04-27'), status: 'happened', participants: [KIM, MOON, 'place:panmunjom'],
    sources: [span('east-wire-liaison', 4)], conflicts: [],
  },
  {
    id: 'ev-singapore', title: 'Trump and Kim meet in Singapore', kind: 'summit',
    when: day('2018-06-12'), status: 'happened', participants: ['person:donald-trump', KIM],
    sources: [span('northern-review-summits', 0)], conflicts: [],
  },
  {
    id: 'ev-hanoi', title: 'Second Trump–Kim summit in Hanoi', kind: 'summit',
    when: { start: '2019-02-01', end: '2019-02-28', precision: 'month', basis: 'inferred' },
    status: 'happened', participants: ['person:donald-trump', KIM],
    sources: [span('northern-review-summits', 2)], conflicts: [],
  },
  {
    id: 'ev-further-meeting', title: 'A further meeting is planned', kind: 'summit',
    when: { start: '2022-01-01', end: '2022-12-31', precision: 'year', basis: 'stated' },
    status: 'expected', participants: ['person:donald-trump', KIM],
    sources: [span('northern-review-summits', 3)], conflicts: [],
  },
];

const bundle = { schema: 'dateline.bundle/1', articles, entities, events, warnings: [] };
const out = new URL('../fixtures/koreas.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(bundle, null, 1)}\n`);
console.log(`wrote ${out.pathname}: ${events.length} events, ${entities.length} entities, ${articles.length} articles`);
