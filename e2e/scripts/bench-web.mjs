// The explorer's budgets, measured in headless Chromium on this machine (figures for the
// README; not a timed test):
//   - first timeline paint, from navigation start to the `dateline:first-timeline-paint` mark
//     (set in the first animation frame after the loaded bundle is rendered), with the seeds
//     and with the generated 10,000-event bundle (fetch and parse included);
//   - pan and zoom frame times over the 10,000 events, in one lane (the default) and in eight
//     lanes (by kind, the densest drawing): one synthetic drag step or wheel notch
//     per animation frame, 120 frames each. `work` is the time from dispatching the input event
//     to the end of Yew's render plus a forced style and layout (what one frame costs the main
//     thread); `frame` is the interval between successive requestAnimationFrame callbacks
//     (what the user sees; it includes waiting for vsync and anything else the machine runs).
// Also deterministic counts: the timeline's SVG elements and the DOM writes per frame
// (`frames.mjs`). The transfer size is printed by `./x build`.
//
//   DATELINE_DIST=dist node scripts/bench-web.mjs [runs]
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, OUT } from '../harness.mjs';
import { routeFixtures } from './explorer.mjs';
import { frames as measureFrames } from './frames.mjs';
import { firstPaint as firstPaintOnce } from './first-paint.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve();
const browser = await launch();
await routeFixtures(browser.context);

async function firstPaint(query) {
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await firstPaintOnce(browser.context, `${server.url}${query}`));
  return { median_ms: median(times), runs_ms: times.map((t) => Math.round(t)) };
}

const frames = (kind, hash) =>
  measureFrames(browser.context, `${server.url}?bundle=fixtures/generated-10000.json${hash}`, kind);

const report = {
  chromium: browser.context.browser()?.version() ?? 'headless chromium',
  first_paint_seeds: await firstPaint(''),
  first_paint_10k: await firstPaint('?bundle=fixtures/generated-10000.json'),
  pan_10k_one_lane: await frames('pan', ''),
  zoom_10k_one_lane: await frames('zoom', ''),
  pan_10k_8_lanes: await frames('pan', '#lanes=kind'),
  zoom_10k_8_lanes: await frames('zoom', '#lanes=kind'),
  load_average: (await import('node:os')).loadavg().map((l) => Math.round(l * 100) / 100),
};
await browser.close();
await server.close();
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'bench-web.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
