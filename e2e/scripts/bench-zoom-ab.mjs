// Two builds compared on the pan and zoom runs of `frames.mjs` and on first paints
// (`first-paint.mjs`), alternately (A, B, A, B, ...) in one browser, so that a busy machine
// weighs on both alike. Prints each run and, per build and run kind, the median over rounds of
// each figure.
//
//   node scripts/bench-zoom-ab.mjs DIST_A DIST_B [rounds] [kinds]
//   kinds: a comma-separated list of zoom8, pan8, zoom1, pan1, paint (the seeds' first paint),
//   paint10k (the 10,000 events') (default zoom8,pan8)
import { resolve } from 'node:path';
import { serve, launch } from '../harness.mjs';
import { routeFixtures } from './explorer.mjs';
import { frames } from './frames.mjs';
import { firstPaint } from './first-paint.mjs';

const [distA, distB, roundsArg, kindsArg] = process.argv.slice(2);
if (!distA || !distB) throw new Error('usage: bench-zoom-ab.mjs DIST_A DIST_B [rounds] [kinds]');
const ROUNDS = Number(roundsArg ?? 5);
const KINDS = (kindsArg ?? 'zoom8,pan8').split(',');
const RUNS = {
  zoom8: ['zoom', '#lanes=kind'],
  pan8: ['pan', '#lanes=kind'],
  zoom1: ['zoom', ''],
  pan1: ['pan', ''],
  paint: ['paint', ''],
  paint10k: ['paint', '?bundle=fixtures/generated-10000.json'],
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const servers = { A: await serve(resolve(distA)), B: await serve(resolve(distB)) };
const browser = await launch();
await routeFixtures(browser.context);
const results = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const kind of KINDS) {
    // Alternate which build goes first, too.
    for (const build of round % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
      const [what, hash] = RUNS[kind];
      const r = what === 'paint'
        ? { first_paint_ms: Math.round(await firstPaint(browser.context, `${servers[build].url}${hash}`)) }
        : await frames(browser.context, `${servers[build].url}?bundle=fixtures/generated-10000.json${hash}`, what);
      ((results[kind] ??= {})[build] ??= []).push(r);
      console.log(JSON.stringify({ round, kind, build, ...r }));
    }
  }
}
const load = (await import('node:os')).loadavg().map((l) => Math.round(l * 100) / 100);
const summary = {};
for (const [kind, builds] of Object.entries(results)) {
  for (const [build, runs] of Object.entries(builds)) {
    const keys = Object.keys(runs[0]);
    summary[`${kind} ${build}`] = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]));
  }
}
console.log(JSON.stringify({ A: distA, B: distB, rounds: ROUNDS, load_average_at_end: load, medians: summary }, null, 2));
await browser.close();
await servers.A.close();
await servers.B.close();
