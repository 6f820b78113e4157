// The TimelineJS export (issue 6): `dateline parse seeds --format timelinejs` loads in the real
// TimelineJS3 (npm @knight-lab/timelinejs, served from e2e/node_modules) in Chromium.
//
// TimelineJS3 reaches for the internet by default; the page keeps it local:
// - `script_path` points at the package's dist/js/ on 127.0.0.1 (the default is Knight Lab's CDN,
//   from which it loads its font and language files);
// - `font: null`: no font stylesheet at all, since even the local dist/css/fonts/font.*.css pull
//   their faces from fonts.gstatic.com (the system sans-serif is used instead);
// - the language stays English, which is built into timeline.js (no locale/*.json fetched);
// - no `ga_measurement_id`, so no analytics; the export carries no media, so no embeds.
// The harness's guards then fail the test on any request that still leaves 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, symlinkSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve, launch, openPage, screenshot } from '../harness.mjs';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const TIMELINEJS = resolve(new URL('../node_modules/@knight-lab/timelinejs/dist', import.meta.url).pathname);

/// The seeds' TimelineJS JSON, from the debug CLI (DATELINE_CLI names another binary).
function exportSeeds() {
  let bin = process.env.DATELINE_CLI;
  if (!bin) {
    // A no-op when `cargo test` (run before the e2e step by ./x test) already built it.
    execFileSync('cargo', ['build', '--locked', '--quiet', '-p', 'dateline-cli'], { cwd: ROOT, stdio: 'inherit' });
    bin = join(process.env.CARGO_TARGET_DIR ? resolve(ROOT, process.env.CARGO_TARGET_DIR) : join(ROOT, 'target'), 'debug', 'dateline');
  }
  return execFileSync(bin, ['parse', join(ROOT, 'seeds'), '--format', 'timelinejs'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
}

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Dateline seeds in TimelineJS3</title>
<link rel="stylesheet" href="timelinejs/css/timeline.css">
<link rel="stylesheet" href="page.css">
<script src="timelinejs/js/timeline.js"></script>
</head>
<body>
<div id="timeline-embed"></div>
<script src="page.js"></script>
</body>
</html>
`;

// Records TimelineJS's outcome in window.tlState: 'ready' once the timeline is built, or the
// text of the message it shows instead (TimelineJS reports bad data there, not by throwing).
const SCRIPT = `
window.tlState = 'loading';
fetch('timeline.json')
  .then((r) => r.json())
  .then((data) => {
    const timeline = new TL.Timeline('timeline-embed', data, {
      script_path: new URL('timelinejs/js/', location.href).href,
      font: null,
      language: 'en',
    });
    window.timeline = timeline;
    timeline.on('ready', () => { window.tlState = 'ready'; });
    setTimeout(() => {
      if (window.tlState !== 'ready') {
        const m = document.querySelector('.tl-message-content');
        window.tlState = 'not ready: ' + (m ? m.textContent : 'no message');
      }
    }, 10000);
  })
  .catch((e) => { window.tlState = 'failed: ' + e; });
`;

let dir;
let data;
let server;
let browser;

before(async () => {
  assert.ok(existsSync(join(TIMELINEJS, 'js', 'timeline.js')), 'TimelineJS3 is installed: run ./x setup');
  data = JSON.parse(exportSeeds());
  dir = mkdtempSync(join(tmpdir(), 'dateline-timelinejs-'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'page.js'), SCRIPT);
  writeFileSync(join(dir, 'page.css'), 'html, body { margin: 0; } #timeline-embed { width: 100%; height: 640px; }\n');
  writeFileSync(join(dir, 'timeline.json'), JSON.stringify(data));
  symlinkSync(TIMELINEJS, join(dir, 'timelinejs'));
  server = await serve(dir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the seeds export is TimelineJS3 JSON with events', () => {
  assert.ok(Array.isArray(data.events) && data.events.length > 0, 'events');
  for (const e of data.events) {
    assert.equal(typeof e.start_date?.year, 'number', `a start year: ${JSON.stringify(e)}`);
    assert.ok(e.text?.headline, `a headline: ${JSON.stringify(e)}`);
  }
});

test('TimelineJS3 renders the seeds: one slide and one marker per event, the title first', async () => {
  const page = await openPage(browser.context, server.url);
  await page.waitForFunction(() => window.tlState !== 'loading', null, { timeout: 15000 });
  assert.equal(await page.evaluate(() => window.tlState), 'ready');

  const n = data.events.length;
  assert.equal(await page.locator('.tl-timemarker').count(), n, 'a marker per event');
  assert.equal(await page.locator('.tl-slide:not(.tl-slide-titleslide)').count(), n, 'a slide per event');
  assert.equal(await page.locator('.tl-slide-titleslide').count(), data.title ? 1 : 0, 'the title slide');
  for (const e of data.events) {
    if (e.unique_id) assert.equal(await page.locator(`[id="${e.unique_id}"].tl-slide`).count(), 1, e.unique_id);
  }

  // Headlines are HTML in TimelineJS's format: compare them as the browser reads them.
  const asText = (html) => page.evaluate((h) => {
    const d = document.createElement('div');
    d.innerHTML = h;
    return d.textContent.trim();
  }, html);
  const headlines = (await page.locator('.tl-slide .tl-headline').allTextContents()).map((h) => h.trim());
  // TimelineJS orders slides by start date (a missing month or day counts as the first), stably.
  const key = (d) => [d.year, d.month ?? 1, d.day ?? 1, d.hour ?? 0, d.minute ?? 0, d.second ?? 0];
  const byDate = (a, b) => {
    const [x, y] = [key(a.start_date), key(b.start_date)];
    const i = x.findIndex((v, j) => v !== y[j]);
    return i < 0 ? 0 : x[i] - y[i];
  };
  const events = [...data.events].sort(byDate);
  const expected = [];
  if (data.title) expected.push(await asText(data.title.text.headline));
  for (const e of events) expected.push(await asText(e.text.headline));
  assert.deepEqual(headlines, expected);

  // What a reader sees first: the title slide (or the first event), then a click on "next".
  const first = await page.evaluate(() => window.timeline.current_id);
  assert.equal(await asText(await page.evaluate(() => window.timeline.getCurrentSlide().data.text.headline)), expected[0]);
  await page.locator('.tl-slidenav-next').first().click();
  await page.waitForFunction((id) => window.timeline.current_id !== id, first, { timeout: 5000 });
  const current = await page.evaluate(() => window.timeline.getCurrentSlide().data.text.headline);
  assert.equal(await asText(current), expected[1]);
  await page.waitForTimeout(1200); // the slide animation
  await screenshot(page, 'timelinejs-seeds-1280x800');

  // No error message from TimelineJS, nothing logged as an error, nothing fetched from outside.
  const message = page.locator('.tl-message-content');
  if (await message.count()) assert.doesNotMatch(await message.first().textContent(), /error/i);
  assert.deepEqual(page.problems, []);
});
