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
// The transfer size is printed by `./x build`.
//
//   DATELINE_DIST=dist node scripts/bench-web.mjs [runs]
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openPage, OUT } from '../harness.mjs';
import { routeFixtures } from './explorer.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const server = await serve();
const browser = await launch();
await routeFixtures(browser.context);

async function firstPaint(query) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await openPage(browser.context, `${server.url}${query}`);
    const t = await page.evaluate(() => new Promise((ok) => {
      const look = () => {
        const [mark] = performance.getEntriesByName('dateline:first-timeline-paint');
        if (mark) ok(mark.startTime); else setTimeout(look, 5);
      };
      look();
    }));
    if (page.problems.length) throw new Error(page.problems.join('\n'));
    times.push(t);
    await page.close();
  }
  return { median_ms: median(times), runs_ms: times.map((t) => Math.round(t)) };
}

async function frames(kind, hash) {
  const page = await openPage(browser.context, `${server.url}?bundle=fixtures/generated-10000.json${hash}`);
  await page.locator('.timeline[data-ready]').waitFor();
  await page.waitForTimeout(300);
  const result = await page.evaluate((kind) => new Promise((ok) => {
    const el = document.querySelector('.timeline');
    const r = el.getBoundingClientRect();
    const y = r.top + 60;
    const intervals = [];
    const work = [];
    const render = [];
    const layout = [];
    let last = null;
    let n = 0;
    let x = r.left + r.width * 0.7;
    const fire = (type, init) => el.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, isPrimary: true, button: 0, clientY: y, ...init }));
    if (kind === 'pan') fire('pointerdown', { clientX: x });
    const frame = (now) => {
      if (last !== null) intervals.push(now - last);
      last = now;
      const t0 = performance.now();
      if (kind === 'pan') {
        // Back and forth so the window stays over the data.
        x += (Math.floor(n / 30) % 2 === 0 ? -8 : 8);
        fire('pointermove', { clientX: x });
      } else {
        const delta = Math.floor(n / 30) % 2 === 0 ? -60 : 60;
        el.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: delta, clientX: r.left + r.width / 2, clientY: y }));
      }
      // Yew renders in a microtask after the dispatch; a timeout runs after it. Forcing
      // layout there puts the DOM update, style and layout of the new frame in the work time.
      setTimeout(() => {
        const t1 = performance.now();
        el.getBoundingClientRect();
        const t2 = performance.now();
        work.push(t2 - t0);
        render.push(t1 - t0);
        layout.push(t2 - t1);
      }, 0);
      if (++n < 121) requestAnimationFrame(frame);
      else setTimeout(() => ok({ intervals, work, render, layout, drawn: document.querySelectorAll('.timeline .event, .timeline .cluster').length }), 50);
    };
    requestAnimationFrame(frame);
  }), kind);
  if (page.problems.length) throw new Error(page.problems.join('\n'));
  await page.close();
  const round = (v) => Math.round(v * 10) / 10;
  return {
    frame_p50_ms: round(pct(result.intervals, 0.5)),
    frame_p95_ms: round(pct(result.intervals, 0.95)),
    work_p50_ms: round(pct(result.work, 0.5)),
    work_p95_ms: round(pct(result.work, 0.95)),
    render_p50_ms: round(pct(result.render, 0.5)),
    layout_p50_ms: round(pct(result.layout, 0.5)),
    marks_drawn_at_end: result.drawn,
  };
}

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
