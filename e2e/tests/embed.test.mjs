// The iframe embed (issue 8): embed.html's URL parameters (bundle, event to focus, filters,
// theme, compact mode, start date), the height it reports to the host page through
// postMessage, and the commands it accepts only from allowed origins.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot } from '../harness.mjs';
import { routeFixtures, until, windowOf, drawn } from '../scripts/explorer.mjs';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let server;
let browser;
// Two other origins for host pages: real servers on 127.0.0.1 (Chromium blocks a routed page
// from framing a loopback address), each with its own folder of pages.
const hosts = {};

before(async () => {
  server = await serve();
  browser = await launch();
  await routeFixtures(browser.context);
  for (const name of ['a', 'b']) {
    const dir = mkdtempSync(join(tmpdir(), `dateline-host-${name}-`));
    writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><title>host</title>');
    const host = await serve(dir);
    hosts[name] = { dir, url: host.url, origin: new URL(host.url).origin, close: host.close };
  }
});
after(async () => {
  await browser?.close();
  await server?.close();
  for (const host of Object.values(hosts)) {
    await host.close();
    rmSync(host.dir, { recursive: true, force: true });
  }
});

const embedUrl = (query) => `${server.url}embed.html?bundle=fixtures/koreas.json&${query}`;

/// A host page on host `name`'s origin embedding embed.html with `query`, recording every message.
async function openHost(name, query, page) {
  const dist = new URL(server.url).origin;
  writeFileSync(join(hosts[name].dir, `${page}.html`), `<!DOCTYPE html><html><head><title>Host</title>
    <script>window.messages = []; addEventListener('message', (e) => messages.push({ origin: e.origin, data: e.data }));</script>
    <script src="${dist}/dateline-embed-host.js"></script></head>
    <body><h1>A news article</h1><iframe data-dateline src="${embedUrl(query)}" width="900" height="300" title="Timeline"></iframe></body></html>`);
  const opened = await openPage(browser.context, `${hosts[name].url}${page}.html`);
  const frame = opened.frameLocator('iframe[data-dateline]');
  await frame.locator('.timeline[data-ready]').waitFor();
  return { page: opened, frame };
}

test('the embed reports its height with the documented message, and the host script applies it', async () => {
  const { page } = await openHost('a', `host=${hosts.a.origin}&id=letters`, 'height');
  const message = await until(
    () => page.evaluate(() => messages.filter((m) => m.data?.type === 'dateline:height').pop()),
    'a dateline:height message');
  assert.equal(message.origin, new URL(server.url).origin);
  assert.equal(message.data.id, 'letters');
  assert.ok(Number.isInteger(message.data.height) && message.data.height > 300, `height ${message.data.height}`);
  const applied = await until(async () => {
    const h = await page.locator('iframe').evaluate((f) => f.clientHeight);
    return Math.abs(h - message.data.height) <= 1 ? h : null;
  }, 'the iframe to take the reported height');
  assert.ok(applied > 300);
  // The content fits: no scrollbar inside the frame.
  const frame = page.frames().find((f) => f.url().includes('embed.html'));
  const overflow = await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  assert.ok(overflow <= 1, `the frame scrolls by ${overflow}px`);
  await screenshot(page, 'embed-iframe-host');
  assert.deepEqual(page.problems, []);
});

test('event to focus, filter, theme, compact mode and start date come from the URL', async () => {
  const page = await openPage(browser.context, embedUrl('event=ev-hanoi&theme=dark&compact=1&start=2018-01-01'));
  await page.locator('.timeline[data-ready]').waitFor();
  assert.match(await page.locator('.detail h2').textContent(), /Hanoi/i);
  assert.match(await page.locator('.timeline [data-event-id="ev-hanoi"]').getAttribute('class'), /selected/);
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(13, 17, 23)', 'dark theme forced');
  assert.equal(await page.locator('.articles').isVisible(), false, 'compact: no article list');
  assert.equal(await page.locator('.masthead').isVisible(), false, 'no masthead in an embed');
  assert.equal(await page.locator('.import').isVisible(), false, 'no "add your own articles" in an embed');
  const { start } = await windowOf(page);
  const day = Date.UTC(2018, 0, 1) / 86_400_000;
  assert.ok(Math.abs(start - day) < 1, `the window starts on 2018-01-01 (day ${day}), not ${start}`);
  await screenshot(page, 'embed-dark-compact');

  const light = await openPage(browser.context, embedUrl('theme=light&q=hotline&start=2020-01-01&end=2020-12-31&compact=0'));
  await light.locator('.timeline[data-ready]').waitFor();
  await light.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await light.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)', 'light theme forced');
  assert.equal(await light.locator('.filter-text, input[type=search]').first().inputValue(), 'hotline');
  const window2020 = await windowOf(light);
  assert.ok(Math.abs(window2020.start - Date.UTC(2020, 0, 1) / 86_400_000) < 1, 'start and end give the window');
  assert.ok(await light.locator('.articles').isVisible(), 'compact=0: the article list shows');
  assert.equal(await light.locator('.more-toggle').isVisible(), false, 'and no "More"');

  const auto = await openPage(browser.context, embedUrl('theme=auto'));
  await auto.locator('.timeline[data-ready]').waitFor();
  await auto.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await auto.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(13, 17, 23)', 'auto follows the reader');
  for (const p of [page, light, auto]) assert.deepEqual(p.problems, []);
});

test('commands from the allowed host origin are obeyed, from any other origin ignored', async () => {
  const selected = (frame) => frame.locator('.timeline .event.selected').getAttribute('data-event-id').catch(() => null);
  // A: the host named by ?host= asks to focus an event.
  const a = await openHost('a', `host=${hosts.a.origin}`, 'allowed');
  await a.page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage({ type: 'dateline:focus', event: 'ev-panmunjom' }, '*'));
  await until(async () => (await selected(a.frame)) === 'ev-panmunjom', 'the focus command to be obeyed');
  // B: a page on another origin embeds the same URL (claiming A as host) and sends the same.
  const b = await openHost('b', `host=${hosts.a.origin}`, 'intruder');
  await b.page.evaluate(() => {
    const w = document.querySelector('iframe').contentWindow;
    w.postMessage({ type: 'dateline:focus', event: 'ev-panmunjom' }, '*');
    w.postMessage({ type: 'dateline:theme', theme: 'dark' }, '*');
  });
  await b.page.waitForTimeout(400);
  assert.equal(await selected(b.frame), null, 'a message from another origin changes nothing');
  const frameB = b.page.frames().find((f) => f.url().includes('embed.html'));
  assert.equal(await frameB.evaluate(() => document.documentElement.dataset.theme), 'auto');
  assert.deepEqual(a.page.problems, []);
  assert.deepEqual(b.page.problems, []);
});

test('filters from the URL: entities (a comma-separated list) and kind', async () => {
  const page = await openPage(browser.context, embedUrl('entity=person:donald-trump,person:kim-jong-un&kind=summit'));
  await page.locator('.timeline[data-ready]').waitFor();
  const { events, clusters } = await drawn(page);
  const total = events.length + clusters.reduce((a, b) => a + b, 0);
  assert.equal(total, 3, `three summits with both leaders (drawn: ${events.join(', ')}; clusters ${clusters})`);
  for (const id of events) assert.ok(['ev-singapore', 'ev-hanoi', 'ev-further-meeting'].includes(id), id);
  assert.deepEqual(page.problems, []);
});
