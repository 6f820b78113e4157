// Generates a large synthetic dateline.bundle/1 for benchmarks and stress tests: N events
// (default 10,000) over 1950–2025 with every precision, both bases and statuses, 40 kinds,
// 120 people and 300 articles whose sentences the events cite. Deterministic (seeded PRNG).
//
//   node scripts/gen-bundle.mjs [count] [out.json]
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export function generateBundle(count = 10_000, seed = 7) {
  let state = seed >>> 0;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const WORDS = ['talks', 'summit', 'letter', 'visit', 'treaty', 'ceasefire', 'election', 'protest',
    'sanctions', 'launch', 'meeting', 'statement', 'agreement', 'inspection', 'exercise', 'border'];
  const kinds = Array.from({ length: 40 }, (_, i) => `${WORDS[i % WORDS.length]}_${Math.floor(i / WORDS.length)}`);
  const entities = Array.from({ length: 120 }, (_, i) => ({
    id: `person:p${i}`, name: `Person ${i}`, kind: 'person', aliases: [], roles: [], mentions: [],
  }));
  const articles = [];
  for (let a = 0; a < 300; a++) {
    let text = `Generated article ${a}\n\n`;
    const sentences = [];
    for (let s = 0; s < 40; s++) {
      const sentence = `Sentence ${s} of article ${a} reports on the ${pick(WORDS)} with ${pick(entities).name}.`;
      sentences.push({ start: Buffer.byteLength(text), end: Buffer.byteLength(text) + Buffer.byteLength(sentence) });
      text += `${sentence} `;
    }
    articles.push({ id: `gen-${a}`, title: `Generated article ${a}`, outlet: null, published: null,
      bylines: [], text, removed: [], timexes: [], quotes: [], sentences });
  }
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const from = Date.UTC(1950, 0, 1);
  const to = Date.UTC(2025, 11, 31);
  const events = [];
  for (let i = 0; i < count; i++) {
    // Denser in recent decades, as news is.
    const t = from + (to - from) * Math.sqrt(random());
    const d = new Date(t);
    const r = random();
    let start; let end; let precision;
    if (r < 0.7) {
      start = end = iso(t); precision = 'day';
    } else if (r < 0.9) {
      start = iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
      end = iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)); precision = 'month';
    } else {
      start = `${d.getUTCFullYear()}-01-01`; end = `${d.getUTCFullYear()}-12-31`; precision = 'year';
    }
    const article = pick(articles);
    const sentence = pick(article.sentences);
    const p1 = pick(entities).id;
    const p2 = pick(entities).id;
    events.push({
      id: `gen-ev-${i}`,
      title: `${pick(WORDS)} ${i}: ${pick(WORDS)} and ${pick(WORDS)}`,
      kind: pick(kinds),
      when: { start, end, precision, basis: random() < 0.2 ? 'inferred' : 'stated' },
      status: random() < 0.1 ? 'expected' : 'happened',
      participants: p1 === p2 ? [p1] : [p1, p2],
      sources: [{ article: article.id, start: sentence.start, end: sentence.end }],
      conflicts: [],
    });
  }
  return { schema: 'dateline.bundle/1', articles, entities, events, warnings: [] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 10_000);
  const out = process.argv[3] ?? new URL('../fixtures/generated.json', import.meta.url).pathname;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(generateBundle(count)));
  console.log(`wrote ${out}: ${count} events`);
}
