// The first view tells the story (issue 15): on the seeds at 1280×800 with no input, the
// timeline opens on 2018–2022 with a dozen whole, non-overlapping titles, the 1953 event one
// edge marker away, a corpus header; story mode works by keyboard alone (and in the embed);
// a plain static server (python3 -m http.server) sees no console error, favicon included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { serve, launch, openPage, screenshot, DIST } from '../harness.mjs';
import { routeFixtures, openExplorer, until } from '../scripts/explorer.mjs';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
  await routeFixtures(browser.context);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const seeds = () => openExplorer(openPage, browser.context, server.url, { bundle: '' });

/// How many events the seeds' bundle holds, counted in the list view of another tab (so that
/// the tests follow seeds/ as it grows rather than hard-code a count).
let seedEvents;
async function seedEventCount() {
  if (seedEvents === undefined) {
    const page = await openPage(browser.context, `${server.url}#view=list`);
    await page.locator('.event-list .event-item').first().waitFor();
    seedEvents = await page.evaluate(() => [...document.querySelectorAll('.event-list .event-item button')]
      .map((b) => ({ id: b.dataset.eventId, title: b.querySelector('.title').textContent })));
    assert.ok(seedEvents.length > 12, `${seedEvents.length} events in the list`);
    await page.close();
  }
  return seedEvents.length;
}

/// The id of the seeds' event titled `title` (ids number the events, so they move as seeds/
/// grows).
async function seedEventId(title) {
  await seedEventCount();
  const event = seedEvents.find((e) => e.title === title);
  assert.ok(event, `an event titled "${title}"`);
  return event.id;
}

const RESTORED = 'South and North Korea restore communication channels';

/// The timeline's labels drawn whole (not cut) and entirely inside the visible timeline, with
/// their boxes on screen.
async function legibleLabels(page) {
  return page.evaluate(() => {
    const frame = document.querySelector('.timeline').getBoundingClientRect();
    return [...document.querySelectorAll('.timeline .event-label')]
      .map((label) => {
        const r = label.getBoundingClientRect();
        return { text: label.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      })
      .filter((l) => l.left >= frame.left && l.right <= frame.right && l.top >= frame.top && l.bottom <= frame.bottom);
  });
}

test('the seeds open on the story: a dozen whole titles, none overlapping, the turns of the story among them', async () => {
  const page = await seeds();
  await screenshot(page, 'first-view-seeds-1280x800');
  const labels = await legibleLabels(page);
  const whole = labels.filter((l) => !l.text.endsWith('…'));
  assert.ok(whole.length >= 12, `${whole.length} whole titles: ${whole.map((l) => l.text).join(' | ')}`);
  for (const title of [
    'Summit with Kim Jong-un', // Singapore, 12 June 2018
    'Summit in Hanoi ends without yielding results',
    'South and North Korea restore communication channels', // 27 July 2021
    "Yoon Suk-yeol's inauguration",
  ]) {
    assert.ok(whole.some((l) => l.text === title), `"${title}" is legible in full`);
  }
  // No two labels overlap (a pixel of anti-aliasing aside).
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i], labels[j]];
      const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1
        && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      assert.ok(!overlap, `"${a.text}" overlaps "${b.text}"`);
    }
  }
  const header = await page.locator('.corpus-meta').textContent();
  // The counts are the bundle's (seeds/ may grow); the span is the story's, not 1950's.
  const events = await seedEventCount();
  assert.equal(header, `5 articles · ${events} events · 2018 – May 2022`);
  assert.match(await page.locator('.corpus-title').textContent(), /^Kim Jong Un, .* and /);
  assert.deepEqual(page.problems, []);
});

test('the 1953 event is reached from an edge marker, by keyboard; fit all shows everything', async () => {
  const page = await seeds();
  const marker = page.locator('.edge-marker.edge-before');
  // The most newsworthy of the events before the story, not the nearest (a minor 2017 one).
  assert.match(await marker.textContent(), /1953 · Signing of an armistice.*\+\d+ more/);
  assert.match(await marker.textContent(), /^Earlier event/, 'an accessible name that says what it is');
  assert.equal(await page.locator('.edge-marker.edge-after').count(), 0, 'nothing after the story');
  await marker.focus();
  await page.keyboard.press('Enter');
  await until(async () => (await page.locator('.detail h2').textContent()) === 'Signing of an armistice', 'the armistice selected');
  const armistice = page.locator('.timeline .event.selected');
  assert.equal(await armistice.count(), 1, 'drawn and selected on the timeline');
  assert.match(await page.locator('.edge-marker.edge-after').textContent(), /20\d\d ·/, 'the story is now after the window');
  await page.locator('.fit-all').click();
  await until(async () => (await page.locator('.edge-marker').count()) === 0, 'fit all leaves nothing outside');
  assert.deepEqual(page.problems, []);
});

test('story mode by keyboard alone: opened from the toolbar, stepped with arrows and buttons, in the hash', async () => {
  const page = await seeds();
  // Tab to the Story toggle, as a keyboard user would.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('view-story'))) break;
  }
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('view-story')), 'the Story toggle is reachable by Tab');
  await page.keyboard.press('Enter');
  const title = page.locator('.story-title');
  await title.waitFor();
  // The story starts where the opening window does (2018), not with its background (1950,
  // 1953, 2017).
  const events = await seedEventCount();
  const at = async () => (await page.locator('.story-position').textContent()).match(/^Event (\d+) of (\d+)$/).slice(1).map(Number);
  const [first, total] = await at();
  assert.equal(total, events);
  assert.equal(await title.textContent(), 'Moon Jae-in holds three summits with Kim Jong Un');
  assert.match(await page.locator('.story-date').textContent(), /^2018$/);
  const position = (k) => `Event ${k} of ${events}`;
  // Into the story, then Next by keyboard.
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.classList.contains('story-next'))); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await until(async () => (await page.locator('.story-position').textContent()) === position(first + 1), 'the next event');
  assert.equal(await title.textContent(), 'Summit with Kim Jong-un');
  assert.ok(await page.locator('.story-quote blockquote').textContent(), 'the source sentence as a pull quote');
  assert.ok(await page.locator('.story-quote cite').textContent(), 'with its outlet');
  assert.match(await page.locator('.story-people').textContent(), /^With /);
  await screenshot(page, 'story-seeds-1280x800');
  await page.keyboard.press('ArrowRight');
  await until(async () => (await page.locator('.story-position').textContent()) === position(first + 2), 'the arrow key');
  await page.keyboard.press('ArrowLeft');
  await until(async () => (await page.locator('.story-position').textContent()) === position(first + 1), 'back');
  await page.keyboard.press('Home');
  await until(async () => (await page.locator('.story-position').textContent()) === position(1), 'Home: the first event');
  assert.match(await page.locator('.story-date').textContent(), /^1950\b/, 'the Korean War');
  await page.keyboard.press('End');
  await until(async () => (await title.textContent()) === "Yoon Suk-yeol's inauguration", 'End: the last event');
  for (let k = events; k > first; k--) await page.keyboard.press('ArrowLeft');
  await until(async () => (await page.locator('.story-position').textContent()) === position(first), 'back to the start of the story');
  // A swipe to the left (a touch moving 200 px) is Next.
  const story = page.locator('.story');
  await story.dispatchEvent('pointerdown', { pointerType: 'touch', clientX: 500, clientY: 400, isPrimary: true });
  await story.dispatchEvent('pointerup', { pointerType: 'touch', clientX: 300, clientY: 410, isPrimary: true });
  await until(async () => (await page.locator('.story-position').textContent()) === position(first + 1), 'the swipe');
  await page.keyboard.press('ArrowLeft');
  await until(async () => (await page.locator('.story-position').textContent()) === position(first), 'back again');
  const id = await title.getAttribute('data-event-id');
  await until(async () => {
    const hash = await page.evaluate(() => location.hash);
    return hash.includes('view=story') && hash.includes(`e=${id}`);
  }, 'the hash to name the view and the event');
  // The timeline shows the same selection, and the focus stays on the switch.
  await page.locator('.view-timeline').focus();
  await page.keyboard.press('Enter');
  await until(async () => (await page.locator(`.timeline .event.selected[data-event-id="${id}"]`).count()) === 1, 'the same event selected');
  await page.waitForTimeout(100);
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('view-timeline')), 'focus stays on the Timeline switch');
  assert.deepEqual(page.problems, []);
});

test('on a phone (390×844): story mode without sideways scrolling, timeline labels inside the timeline', async () => {
  const mobile = await launch({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  try {
    const page = await openPage(mobile.context, `${server.url}#view=story`);
    await page.locator('.story-title').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow}px too wide`);
    await screenshot(page, 'story-seeds-390x844');
    await page.locator('.view-timeline').click();
    await page.locator('.timeline[data-ready]').waitFor();
    const outside = await page.evaluate(() => {
      const frame = document.querySelector('.timeline').getBoundingClientRect();
      return [...document.querySelectorAll('.timeline .event-label')]
        .map((l) => ({ text: l.textContent, r: l.getBoundingClientRect() }))
        .filter(({ r }) => r.right > frame.left && r.left < frame.right) // on screen at all
        .filter(({ r }) => r.left < frame.left - 1 || r.right > frame.right + 1)
        .map(({ text }) => text);
    });
    assert.deepEqual(outside, [], 'labels wider than the timeline are cut to it');
    assert.deepEqual(page.problems, []);
  } finally {
    await mobile.close();
  }
});

test('the embed opens in story mode with view=story', async () => {
  const page = await openPage(browser.context, `${server.url}embed.html?view=story`);
  await page.locator('.story-title').waitFor();
  assert.equal(await page.locator('.story-title').textContent(), 'Moon Jae-in holds three summits with Kim Jong Un', 'the story, not its background');
  assert.match(await page.locator('.story-position').textContent(), new RegExp(`^Event \\d+ of ${await seedEventCount()}$`));
  assert.deepEqual(page.problems, []);
});

test('the embed and the custom element are compact by default: header, timeline, selected event; the rest behind "More"', async () => {
  const page = await openPage(browser.context, `${server.url}embed.html?event=${await seedEventId(RESTORED)}`);
  await page.locator('.timeline[data-ready]').waitFor();
  assert.equal(await page.locator('.detail h2').textContent(), RESTORED, 'the event named in the URL');
  assert.ok(await page.locator('.corpus-header').isVisible(), 'the header');
  assert.ok(await page.locator('.detail').isVisible(), 'the selected event');
  for (const hidden of ['.filters', '.overview', '.legend', '.export', '.articles']) {
    assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} is behind "More"`);
  }
  const more = page.locator('.more-toggle');
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  await more.focus();
  await page.keyboard.press('Enter');
  await page.locator('.articles').waitFor();
  assert.equal(await more.getAttribute('aria-expanded'), 'true');
  assert.ok(await page.locator('.filters').isVisible(), 'More shows the rest');
  assert.deepEqual(page.problems, []);

  const demo = await openPage(browser.context, `${server.url}demo.html`);
  const element = demo.locator('dateline-timeline').first();
  await until(() => element.evaluate((el) => !!el.shadowRoot?.querySelector('.timeline[data-ready]')), 'the element to render');
  const display = (selector) => element.evaluate((el, s) => getComputedStyle(el.shadowRoot.querySelector(s)).display, selector);
  assert.equal(await display('.articles'), 'none', 'the element: articles behind "More"');
  assert.notEqual(await display('.more-toggle'), 'none', 'the element: "More" shows');
  assert.deepEqual(demo.problems, []);
});

test('the reader\'s language: Korean UI and Korean dates from ?lang=ko, from the browser, and on the element', async () => {
  const page = await openPage(browser.context, `${server.url}?lang=ko#view=story&e=${await seedEventId(RESTORED)}`);
  await page.locator('.story-title').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
  assert.equal(await page.locator('.story-date').textContent(), '2021년 7월 27일');
  assert.match(await page.locator('.story-position').textContent(), /^사건 \d+ \/ \d+$/);
  assert.equal(await page.locator('.story-next').textContent(), '다음 →');
  assert.match(await page.locator('.corpus-meta').textContent(), /^기사 5건 · 사건 \d+건 · 2018년 – 2022년 5월$/);
  await screenshot(page, 'story-seeds-ko-1280x800');
  await page.locator('.view-timeline').click();
  await page.locator('.timeline[data-ready]').waitFor();
  assert.equal(await page.locator('.fit-all').textContent(), '전체 보기');
  assert.equal(await page.locator('.detail .date-label').textContent(), '2021년 7월 27일');
  const ticks = await page.locator('.timeline .tick text').allTextContents();
  assert.ok(ticks.length > 0 && ticks.every((t) => /^\d{4}(년( \d+월( \d+일)?)?)?$|^\d+월( \d+일)?$/.test(t)), `Korean axis: ${ticks.join(' | ')}`);
  assert.match(await page.locator('.timeline').getAttribute('aria-label'), /타임라인/);
  assert.match(await page.locator('.edge-marker.edge-before').textContent(), /^화면 밖의 이전 사건: /);
  await screenshot(page, 'first-view-seeds-ko-1280x800');
  assert.deepEqual(page.problems, []);

  // A Korean browser gets Korean without asking; ?lang=en overrides it.
  const korean = await launch({ locale: 'ko-KR' });
  try {
    const ko = await openPage(korean.context, server.url);
    await ko.locator('.timeline[data-ready]').waitFor();
    assert.equal(await ko.evaluate(() => document.documentElement.lang), 'ko');
    assert.equal(await ko.locator('.fit-all').textContent(), '전체 보기');
    const en = await openPage(korean.context, `${server.url}?lang=en`);
    await en.locator('.timeline[data-ready]').waitFor();
    assert.equal(await en.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await en.locator('.fit-all').textContent(), 'Fit all');
    assert.deepEqual([...ko.problems, ...en.problems], []);
  } finally {
    await korean.close();
  }

  // <dateline-timeline lang="ko">.
  const demo = await openPage(browser.context, `${server.url}demo.html`);
  const element = demo.locator('dateline-timeline').first();
  await until(() => element.evaluate((el) => !!el.shadowRoot?.querySelector('.timeline[data-ready]')), 'the element to render');
  await element.evaluate((el) => el.setAttribute('lang', 'ko'));
  await until(() => element.evaluate((el) => el.shadowRoot?.querySelector('.fit-all')?.textContent === '전체 보기'), 'the element in Korean');
  assert.equal(await element.evaluate((el) => el.shadowRoot.querySelector('.dl-root').getAttribute('lang')), 'ko');
  assert.deepEqual(demo.problems, []);
});

/// An unused port on 127.0.0.1.
async function freePort() {
  const probe = createServer();
  await new Promise((ok) => probe.listen(0, '127.0.0.1', ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}

test('on a plain static server (python3 -m http.server) there is no console error, favicon included', async () => {
  const port = await freePort();
  const python = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', DIST], { stdio: 'ignore' });
  try {
    const base = `http://127.0.0.1:${port}/`;
    await until(async () => fetch(base).then((r) => r.ok, () => false), 'python3 -m http.server to start');
    for (const path of ['', 'embed.html', 'demo.html', 'embed-generator.html']) {
      const page = await openPage(browser.context, `${base}${path}`);
      await page.waitForLoadState('networkidle');
      const href = await page.evaluate(() => document.querySelector('link[rel="icon"]')?.href);
      assert.ok(href, `${path || 'index.html'} links a favicon`);
      assert.equal((await fetch(href)).status, 200, `${path || 'index.html'}: its favicon is served`);
      assert.deepEqual(page.problems, [], path || 'index.html');
      await page.close();
    }
    assert.equal((await fetch(`${base}favicon.ico`)).status, 200, 'hosts asked for /favicon.ico answer it');
  } finally {
    python.kill();
  }
});
