// Where the main thread's time goes before the first timeline paint: a Chromium trace of fresh
// page loads, from navigation start to the `dateline:first-timeline-paint` mark, summed by
// what ran (self CPU time of each trace event name on the page's renderer main thread). CPU
// time, not wall time, so a loaded machine changes it far less than it changes the paint time.
//
//   node scripts/first-paint-trace.mjs DIST [runs] [query] [top]
//   (query: '' for the seeds, '?bundle=fixtures/generated-10000.json' for 10,000 events)
//
// Prints, per run, the main thread's CPU time before the mark and the `top` event names by
// self CPU time; then the median of each over the runs.
import { resolve } from 'node:path';
import { serve, launch } from '../harness.mjs';
import { routeFixtures } from './explorer.mjs';

const [dist, runsArg, queryArg, topArg] = process.argv.slice(2);
if (!dist) throw new Error('usage: first-paint-trace.mjs DIST [runs] [query] [top]');
const RUNS = Number(runsArg ?? 3);
const QUERY = queryArg ?? '';
const TOP = Number(topArg ?? 16);
const CATEGORIES = [
  'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm',
  'v8.execute', 'blink.user_timing', 'loading', 'blink',
].join(',');
const MARK = 'dateline:first-timeline-paint';

/// Self CPU time per event name on `tid` of `pid`, of events that start before `until`.
function selfTimes(events, pid, tid, until) {
  const spans = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts < until && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  let total = 0;
  for (const e of spans) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.tdur);
    else total += e.tdur;
    self.set(e.name, (self.get(e.name) ?? 0) + e.tdur);
    stack.push(e);
  }
  return { total: total / 1000, self: new Map([...self].map(([k, v]) => [k, v / 1000])) };
}

async function traceOnce(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK);
  const paint = await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, MARK);
  await page.waitForTimeout(100);
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  const mark = events.find((e) => e.name === MARK && e.cat.includes('blink.user_timing'));
  if (!mark) throw new Error('the trace holds no first-paint mark');
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === mark.pid && e.args?.name === 'CrRendererMain');
  const { total, self } = selfTimes(events, mark.pid, main?.tid ?? mark.tid, mark.ts);
  return { paint, total, self };
}

const server = await serve(resolve(dist));
const browser = await launch();
await routeFixtures(browser.context);
const runs = [];
for (let i = 0; i < RUNS; i++) {
  const run = await traceOnce(browser.context, `${server.url}${QUERY}`);
  runs.push(run);
  const top = [...run.self].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, v]) => `${k} ${v.toFixed(1)}`);
  console.log(JSON.stringify({ run: i, first_paint_ms: Math.round(run.paint), main_cpu_before_mark_ms: Math.round(run.total), top }));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const names = new Set(runs.flatMap((r) => [...r.self.keys()]));
const medians = [...names].map((n) => [n, median(runs.map((r) => r.self.get(n) ?? 0))]).sort((a, b) => b[1] - a[1]).slice(0, TOP);
console.log(JSON.stringify({
  dist, query: QUERY, runs: RUNS,
  first_paint_ms: Math.round(median(runs.map((r) => r.paint))),
  main_cpu_before_mark_ms: Math.round(median(runs.map((r) => r.total))),
  self_cpu_ms: Object.fromEntries(medians.map(([k, v]) => [k, Math.round(v * 10) / 10])),
  load_average: (await import('node:os')).loadavg().map((l) => Math.round(l * 100) / 100),
}, null, 2));
await browser.close();
await server.close();
