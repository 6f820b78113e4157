// The timeline explorer, feature by feature, on the hand-written fixture bundle
// (e2e/fixtures/koreas.json: 11 events, entities, quotes, a conflict), the embedded seeds and
// a generated 10,000-event bundle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot } from '../harness.mjs';
import { routeFixtures, until, windowOf, windowChange, drawn, openExplorer } from '../scripts/explorer.mjs';

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

const open = (options) => openExplorer(openPage, browser.context, server.url, options);
const detailTitle = (page) => page.locator('.detail h2').textContent();
/// Clicks an event's mark (the dot or band), as a reader would.
const clickEvent = (page, id) => page.locator(`.timeline .mark[data-event-id="${id}"]`).click();

test('the seeds: the timeline paints an axis and either events or a clear note', async () => {
  const page = await open({ bundle: '' });
  assert.ok(await page.locator('.timeline .tick').count() >= 2, 'an axis with ticks');
  const { events, clusters } = await drawn(page);
  if (events.length + clusters.length === 0) {
    assert.match(await page.locator('.timeline-empty').textContent(), /No events found yet in these 5 articles/);
  }
  await screenshot(page, 'timeline-seeds-1280x800');
  assert.deepEqual(page.problems, []);
});

test('points for days, bands for coarser dates, dashed when inferred, hollow when expected, with a legend', async () => {
  const page = await open();
  const ev = (id) => page.locator(`.timeline [data-event-id="${id}"]`);
  assert.equal(await page.locator('.timeline .point.event[data-event-id="ev-hotline-restored"]').count(), 1);
  assert.equal(await page.locator('.timeline rect.band.event[data-event-id="ev-letters"]').count(), 1, 'a season is a band');
  assert.match(await ev('ev-hanoi').getAttribute('class'), /ev-inferred/);
  const dash = await ev('ev-hanoi').evaluate((m) => getComputedStyle(m).strokeDasharray);
  assert.notEqual(dash, 'none', 'inferred dates are dashed');
  assert.match(await ev('ev-further-meeting').getAttribute('class'), /ev-expected/);
  const fill = await ev('ev-further-meeting').evaluate((m) => getComputedStyle(m).fill);
  const happenedFill = await ev('ev-singapore').evaluate((m) => getComputedStyle(m).fill);
  assert.notEqual(fill, happenedFill, 'expected events look different');
  const legend = await page.locator('.legend').textContent();
  assert.match(legend, /Inferred date \(dashed\)/);
  assert.match(legend, /Expected or planned/);
  assert.match(legend, /band/);
  assert.deepEqual(page.problems, []);
});

test('ticks adapt from years to months to days as you zoom', async () => {
  const page = await open();
  const labels = () => page.locator('.timeline .tick text').allTextContents();
  for (let i = 0; i < 5; i++) await page.locator('.zoom-out').click();
  await until(async () => (await labels()).every((l) => /^\d{4}s?$/.test(l)), 'year or decade ticks');
  await page.locator('.fit-all').click();
  await clickEvent(page, 'ev-hotline-restored');
  const month = (l) => /^[A-Z][a-z]{2} \d{4}$/.test(l);
  const day = (l) => /^\d{1,2} [A-Z][a-z]{2}/.test(l);
  const zoomUntil = async (level) => {
    for (let i = 0; i < 12 && !(await labels()).some(level); i++) {
      const w = await windowOf(page);
      await page.locator('.zoom-in').click();
      await windowChange(page, w);
    }
    return labels();
  };
  assert.ok((await zoomUntil(month)).some(month), 'month ticks');
  assert.ok(!(await labels()).some(day), 'months come before days');
  assert.ok((await zoomUntil(day)).some(day), 'day ticks');
  assert.deepEqual(page.problems, []);
});

test('zoom: buttons and keys centred on the selection, the wheel centred on the pointer; fit all', async () => {
  const page = await open();
  // The explorer opens on the story's whole years; "Fit all" fits the events themselves.
  const opening = await windowOf(page);
  await page.locator('.fit-all').click();
  const fitted = await windowChange(page, opening);
  await page.locator('.zoom-in').click();
  let now = await windowChange(page, fitted);
  assert.ok(Math.abs(now.span - fitted.span / 1.5) < 0.01, `+ zooms in 1.5×: ${now.span}`);

  // Keys, with an event selected: its day stays where it is on screen.
  await clickEvent(page, 'ev-hotline-restored');
  const box = await page.locator('.point[data-event-id="ev-hotline-restored"]').boundingBox();
  await page.keyboard.press('+');
  now = await windowChange(page, now);
  const box2 = await page.locator('.point[data-event-id="ev-hotline-restored"]').boundingBox();
  assert.ok(Math.abs(box.x - box2.x) < 1, `the selection stays put: ${box.x} → ${box2.x}`);
  await page.keyboard.press('-');
  now = await windowChange(page, now);

  // Wheel: the day under the pointer stays under the pointer.
  const tl = await page.locator('.timeline').boundingBox();
  const x = 300;
  const dayAt = (w) => w.start + (x / tl.width) * w.span;
  const before = now;
  await page.mouse.move(tl.x + x, tl.y + 60);
  await page.mouse.wheel(0, -400);
  now = await windowChange(page, before);
  assert.ok(now.span < before.span, 'wheel up zooms in');
  assert.ok(Math.abs(dayAt(now) - dayAt(before)) < 1, `${dayAt(before)} vs ${dayAt(now)}`);

  await page.locator('.fit-all').click();
  now = await windowChange(page, now);
  assert.deepEqual(now, fitted);
  assert.deepEqual(page.problems, []);
});

test('pan: dragging moves through time without selecting; Shift+arrows pan', async () => {
  const page = await open();
  const start = await windowOf(page);
  const tl = await page.locator('.timeline').boundingBox();
  await page.mouse.move(tl.x + 700, tl.y + 20);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(tl.x + 700 - i * 20, tl.y + 20);
  await page.mouse.up();
  const dragged = await windowChange(page, start);
  const days = (200 / tl.width) * start.span;
  assert.ok(Math.abs(dragged.start - start.start - days) < days * 0.1, `${dragged.start - start.start} ≈ ${days}`);
  assert.match(await detailTitle(page), /^Event$/, 'a drag is not a click');

  await page.locator('.timeline [tabindex="0"]').focus();
  await page.keyboard.press('Shift+ArrowLeft');
  const panned = await windowChange(page, dragged);
  assert.ok(Math.abs(panned.start - (dragged.start - dragged.span * 0.1)) < 0.01);
  assert.deepEqual(page.problems, []);
});

test('the overview strip: brushing a stretch zooms to it, dragging the brush pans', async () => {
  const page = await open();
  const fitted = await windowOf(page);
  const ov = await page.locator('.overview').boundingBox();
  const brush = await page.locator('.overview .brush').boundingBox();
  // The brush shows the window: that gives the strip's scale.
  const dayAt = (px) => fitted.start + ((px - brush.x) / brush.width) * fitted.span;
  const y = ov.y + ov.height / 2;
  const [from, to] = [ov.x + 10, brush.x - 10];
  assert.ok(to - from > 40, 'room left of the brush to draw a new one');
  await page.mouse.move(from, y);
  await page.mouse.down();
  await page.mouse.move((from + to) / 2, y, { steps: 4 });
  assert.equal(await page.locator('.overview .brushing').count(), 1, 'the new brush shows while drawing');
  await page.mouse.move(to, y, { steps: 4 });
  await page.mouse.up();
  const brushed = await windowChange(page, fitted);
  const expected = dayAt(to) - dayAt(from);
  assert.ok(Math.abs(brushed.span - expected) < expected * 0.1, `span ${brushed.span} ≈ ${expected}`);
  assert.ok(Math.abs(brushed.start - dayAt(from)) < expected * 0.1);

  // Drag the brush itself to the right: the window keeps its span and moves later.
  const small = await page.locator('.overview .brush').boundingBox();
  await page.mouse.move(small.x + small.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(small.x + small.width / 2 + 60, y, { steps: 6 });
  await page.mouse.up();
  const moved = await windowChange(page, brushed);
  assert.ok(Math.abs(moved.span - brushed.span) < 0.01, 'same span');
  assert.ok(moved.start > brushed.start, 'later');
  assert.deepEqual(page.problems, []);
});

test('dense stretches cluster into a count that splits as you zoom in', async () => {
  const page = await open();
  const { clusters } = await drawn(page);
  assert.deepEqual(clusters, [4], 'the four June 2020 events share a cluster at full view');
  await page.locator('.timeline .cluster').click();
  await until(async () => (await drawn(page)).clusters.length === 0, 'the cluster to split');
  const { events } = await drawn(page);
  for (const id of ['ev-hotline-cut', 'ev-lines-severed', 'ev-threat', 'ev-liaison-office']) {
    assert.ok(events.includes(id), `${id} drawn on its own`);
  }
  await assertLabelsDoNotOverlap(page);
  assert.deepEqual(page.problems, []);
});

test('select an event: title, date with precision and basis, participants, sources quoted, conflict, quotes; the reader highlights the sentence', async () => {
  const page = await open();
  await clickEvent(page, 'ev-hotline-restored');
  const detail = page.locator('.detail');
  await until(async () => (await detailTitle(page)) === 'North and South Korea restore their hotline', 'the detail');
  assert.equal(await detail.locator('.date-label').textContent(), '27 July 2021');
  assert.match(await detail.locator('.date-precision').textContent(), /known to the day, stated in the text/);
  assert.deepEqual(await detail.locator('.entity-link').allTextContents(), ['Kim Jong Un', 'Moon Jae-in']);
  const sources = detail.locator('.source');
  assert.equal(await sources.count(), 2);
  assert.deepEqual(await detail.locator('.source-title').allTextContents(), [
    'Koreas restore cross-border hotline after 13 months',
    'Hotline back on as Seoul and Pyongyang ease tensions',
  ]);
  assert.match(await sources.nth(0).locator('blockquote').textContent(), /^North and South Korea restored their cross-border hotline on 27 July 2021/);
  assert.match(await detail.locator('.conflicts').textContent(), /28 July 2021 according to A short history of the summits/);
  assert.match(await detail.locator('.quotes').textContent(), /mutual trust.*Park Soo-hyun/);
  assert.match(await page.locator('.announcer').textContent(), /Selected 27 July 2021: North and South Korea restore their hotline\. 2 sources\./);

  await sources.nth(1).locator('.open-reader').click();
  const reader = page.locator('.reader');
  await reader.waitFor();
  assert.equal(await reader.getAttribute('data-article-id'), 'east-wire-liaison');
  const highlighted = (await reader.locator('.reader-text mark.source-span').allTextContents()).join('');
  assert.equal(highlighted, 'The inter-Korean hotline came back to life on 27 July 2021 after more than a year of silence.');
  assert.match(await reader.locator('.reader-text .removed').first().textContent(), /By a staff reporter/);
  assert.deepEqual(page.problems, []);
});

test('follow an entity: its card, only its events, and back to everything', async () => {
  const page = await open();
  await clickEvent(page, 'ev-singapore');
  await page.locator('.entity-link', { hasText: 'Donald Trump' }).click();
  const card = page.locator('.entity-card');
  await card.waitFor();
  assert.match(await card.locator('h2').textContent(), /Donald Trump · Person/);
  assert.match(await card.textContent(), /president of the United States/);
  await until(async () => (await drawn(page)).events.length === 3, 'three Trump events');
  assert.deepEqual((await drawn(page)).events.sort(), ['ev-further-meeting', 'ev-hanoi', 'ev-singapore']);
  assert.match(page.url(), /p=person:donald-trump/);
  await card.locator('.clear-entity').click();
  await until(async () => {
    const d = await drawn(page);
    return d.events.length + d.clusters.reduce((a, b) => a + b, 0) === 11;
  }, 'every event back');
  assert.deepEqual(page.problems, []);
});

test('search: the filter box narrows the timeline to matching events', async () => {
  const page = await open();
  await page.locator('#filter-text').fill('summit');
  await until(async () => (await drawn(page)).events.length === 4, 'four summits');
  assert.deepEqual((await drawn(page)).events.sort(), ['ev-further-meeting', 'ev-hanoi', 'ev-panmunjom', 'ev-singapore']);
  assert.match(await page.locator('.announcer').textContent(), /4 events shown/);
  await page.locator('#filter-text').fill('zzzz-nothing');
  await page.locator('.timeline-empty', { hasText: 'No events match the filters.' }).waitFor();
  assert.deepEqual(page.problems, []);
});

test('lanes: by kind, by participants and by source, with a toggle', async () => {
  const page = await open();
  const laneLabels = () => page.locator('.timeline .lane-label').allTextContents();
  assert.deepEqual(await laneLabels(), ['All events']);
  await page.locator('#lanes-select').selectOption('kind');
  await until(async () => (await laneLabels()).length > 1, 'lanes by kind');
  assert.deepEqual((await laneLabels()).sort(), ['Communication', 'Letter', 'Meeting', 'Military', 'Statement', 'Summit']);
  await page.locator('#lanes-select').selectOption('pair');
  await until(async () => (await laneLabels()).includes('Kim Jong Un – Moon Jae-in'), 'lanes by pair');
  await page.locator('#lanes-select').selectOption('source');
  await until(async () => (await laneLabels()).includes('A short history of the summits'), 'lanes by source');
  await assertLabelsDoNotOverlap(page);
  assert.deepEqual(page.problems, []);
});

test('the URL hash keeps selection, filters, lanes and zoom: reload, share and the back button', async () => {
  const page = await open();
  await clickEvent(page, 'ev-panmunjom');
  await until(async () => /e=ev-panmunjom/.test(page.url()), 'the hash');
  await clickEvent(page, 'ev-hanoi');
  await page.keyboard.press('+');
  await page.locator('#lanes-select').selectOption('kind');
  await until(async () => /lanes=kind/.test(page.url()) && /e=ev-hanoi/.test(page.url()) && /w=/.test(page.url()), 'the hash');
  const url = page.url();
  const windowBefore = await windowOf(page);

  await page.reload();
  await page.locator('.timeline[data-ready]').waitFor();
  await until(async () => (await detailTitle(page)) === 'Second Trump–Kim summit in Hanoi', 'the selection restored');
  assert.equal(await page.locator('#lanes-select').inputValue(), 'kind');
  const restored = await windowOf(page);
  assert.ok(Math.abs(restored.start - windowBefore.start) <= 0.5 && Math.abs(restored.end - windowBefore.end) <= 0.5,
    `window ${JSON.stringify(windowBefore)} → ${JSON.stringify(restored)}`);

  const shared = await openPage(browser.context, url);
  await shared.locator('.timeline[data-ready]').waitFor();
  await until(async () => (await detailTitle(shared)) === 'Second Trump–Kim summit in Hanoi', 'a shared link');
  assert.deepEqual(await windowOf(shared), restored);

  // Back undoes one step at a time: first the lanes, then the second selection.
  await page.goBack();
  await until(async () => (await page.locator('#lanes-select').inputValue()) === 'none', 'back to one lane');
  assert.equal(await detailTitle(page), 'Second Trump–Kim summit in Hanoi');
  await page.goBack();
  await until(async () => (await detailTitle(page)) === 'Moon and Kim meet at Panmunjom', 'back to the first selection');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(shared.problems, []);
});

test('keyboard only: Tab in, arrows between events in time order, Home/End, +/−, Escape, Tab out', async () => {
  const page = await open();
  let inside = false;
  for (let i = 0; i < 30 && !inside; i++) {
    await page.keyboard.press('Tab');
    inside = await page.evaluate(() => !!document.activeElement?.closest('.timeline .event'));
  }
  assert.ok(inside, 'Tab reaches the events');
  const active = () => page.evaluate(() => {
    const el = document.activeElement;
    return { id: el.dataset.eventId, name: el.getAttribute('aria-label'), pressed: el.getAttribute('aria-pressed') };
  });
  assert.equal((await active()).id, 'ev-panmunjom', 'the roving tab stop is the earliest event');
  assert.equal((await active()).name, '27 April 2018: Moon and Kim meet at Panmunjom');

  await page.keyboard.press('ArrowRight');
  await until(async () => (await active()).id === 'ev-singapore', 'the next event');
  assert.equal((await active()).pressed, 'true');
  assert.equal(await detailTitle(page), 'Trump and Kim meet in Singapore');
  assert.match(await page.locator('.announcer').textContent(), /Selected 12 June 2018/);
  const focusRing = await page.evaluate(() => getComputedStyle(document.activeElement).strokeWidth);
  assert.equal(focusRing, '4px', 'focus is visible');

  // Into the June 2020 cluster: the selected event is drawn on its own and focused.
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
  await until(async () => (await active()).id === 'ev-hotline-cut', 'an event from inside the cluster');

  await page.keyboard.press('End');
  await until(async () => (await active()).id === 'ev-further-meeting', 'the last event');
  assert.match((await active()).name, /A further meeting is planned \(expected\)/);
  await page.keyboard.press('Home');
  await until(async () => (await active()).id === 'ev-panmunjom', 'the first event');

  const w = await windowOf(page);
  await page.keyboard.press('+');
  await windowChange(page, w);
  await page.keyboard.press('Escape');
  await until(async () => (await detailTitle(page)) === 'Event', 'selection cleared');

  await page.keyboard.press('Tab');
  const outside = await page.evaluate(() => !document.activeElement?.closest('.timeline'));
  assert.ok(outside, 'Tab leaves the timeline: no keyboard trap');
  assert.deepEqual(page.problems, []);
});

test('the list view shows the same events in time order and selects them', async () => {
  const page = await open();
  await page.locator('.view-list').click();
  const items = page.locator('.event-list .event-item');
  await items.first().waitFor();
  assert.equal(await items.count(), 11);
  assert.equal(await items.first().locator('.date-label').textContent(), '27 April 2018');
  assert.equal(await items.last().locator('.date-label').textContent(), '2022');
  await items.nth(2).locator('button').click();
  await until(async () => (await detailTitle(page)) === 'Second Trump–Kim summit in Hanoi', 'selection from the list');
  assert.match(page.url(), /view=list/);
  assert.deepEqual(page.problems, []);
});

test('a bundle from another origin is refused, a broken one explained, and the page keeps working', async () => {
  const page = await openPage(browser.context, `${server.url}?bundle=https://example.com/evil.json`);
  await page.locator('.load-error').waitFor();
  assert.match(await page.locator('.load-error').textContent(), /only loads from this site's own origin.*Showing the built-in articles instead/);
  await page.locator('.timeline[data-ready]').waitFor();
  assert.deepEqual(page.problems, []);

  const broken = await openPage(browser.context, `${server.url}?bundle=fixtures/missing.json`);
  await broken.locator('.load-error').waitFor();
  assert.match(await broken.locator('.load-error').textContent(), /Could not load the bundle .*HTTP 404/);
  // The 404 is logged by Chromium as a failed resource load; nothing else may be.
  assert.deepEqual(broken.problems.filter((p) => !/404/.test(p)), []);

  // In the reader's language too.
  const korean = await openPage(browser.context, `${server.url}?bundle=fixtures/missing.json&lang=ko`);
  await korean.locator('.load-error').waitFor();
  assert.match(await korean.locator('.load-error').textContent(), /번들 .*missing\.json을\(를\) 불러오지 못했습니다: HTTP 404/);
});

test('10,000 events: every event is counted at full view, clusters split on zoom, labels never overlap', async () => {
  const page = await open({ bundle: 'fixtures/generated-10000.json' });
  const total = (d) => d.events.length + d.clusters.reduce((a, b) => a + b, 0);
  const full = await drawn(page);
  assert.equal(total(full), 10_000);
  assert.ok(full.events.length + full.clusters.length < 400, `few marks: ${full.events.length + full.clusters.length}`);
  await page.locator('#lanes-select').selectOption('kind');
  await until(async () => (await page.locator('.lane-label').count()) === 8, 'eight lanes');
  const tl = await page.locator('.timeline').boundingBox();
  await page.mouse.move(tl.x + tl.width * 0.8, tl.y + 100);
  const biggest = (d) => Math.max(0, ...d.clusters);
  const w = await windowOf(page);
  await page.mouse.wheel(0, -500);
  await page.mouse.wheel(0, -500);
  await windowChange(page, w);
  await until(async () => biggest(await drawn(page)) < biggest(full) / 2, 'clusters to split once zoomed');
  assert.ok((await drawn(page)).events.length > 0);
  await assertLabelsDoNotOverlap(page);
  assert.deepEqual(page.problems, []);
});

test('a zoom gesture draws the lanes on a canvas and changes no mark in the DOM; once it rests, what is drawn is what a fresh layout draws', async () => {
  const page = await open({ bundle: 'fixtures/generated-10000.json', hash: '#lanes=kind' });
  await until(async () => (await page.locator('.lane-label').count()) === 8, 'eight lanes');
  // Twelve wheel notches, one per frame, as a fast wheel or a pinch sends them.
  const during = await page.evaluate(() => new Promise((ok) => {
    const el = document.querySelector('.timeline');
    const r = el.getBoundingClientRect();
    const marks = el.querySelectorAll('.strips .mark').length;
    let changes = 0;
    const observer = new MutationObserver((records) => { changes += records.length; });
    observer.observe(el.querySelector('.strips'), { subtree: true, attributes: true, childList: true, characterData: true });
    let n = 0;
    const frame = () => {
      el.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -60, clientX: r.left + r.width * 0.6, clientY: r.top + 60 }));
      if (++n < 12) requestAnimationFrame(frame);
      else requestAnimationFrame(() => {
        changes += observer.takeRecords().length;
        observer.disconnect();
        const canvas = el.querySelector('.zoom-canvas');
        const inked = canvas
          ? canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data.filter((v, i) => i % 4 === 3 && v > 0).length
          : 0;
        ok({
          canvas: !!canvas,
          sized: canvas ? [canvas.clientWidth, canvas.clientHeight].join('x') === [el.clientWidth, el.clientHeight].join('x') : false,
          inked,
          stripsOpacity: getComputedStyle(el.querySelector('.strips')).opacity,
          changes,
          marksBefore: marks,
          marksDuring: el.querySelectorAll('.strips .mark').length,
        });
      });
    };
    requestAnimationFrame(frame);
  }));
  assert.ok(during.canvas, 'the lanes are drawn on a canvas while the wheel turns');
  assert.ok(during.sized, 'the canvas covers the timeline');
  assert.ok(during.inked > 1000, `the canvas shows the marks: ${during.inked} pixels`);
  assert.equal(during.stripsOpacity, '0', 'the SVG marks are hidden under it');
  assert.equal(during.changes, 0, 'no mark in the DOM changes during the gesture');
  assert.equal(during.marksDuring, during.marksBefore, 'the SVG marks stay for focus and screen readers');
  // At rest: the canvas is gone and the SVG marks show again.
  await until(async () => page.evaluate(() =>
    !document.querySelector('.timeline .zoom-canvas, .timeline.zooming')), 'the gesture to rest');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.timeline .strips')).opacity), '1');
  await assertRestIsAFreshLayout(page);
});

test('a pan moves the lanes\' strips and lays them out again only as the window leaves them; once it rests, what is drawn is what a fresh layout draws', async () => {
  const page = await open({ bundle: 'fixtures/generated-10000.json', hash: '#lanes=kind' });
  await until(async () => (await page.locator('.lane-label').count()) === 8, 'eight lanes');
  // A drag of 60 steps of 8 px, one per frame: 480 px, about 0.4 of the window.
  const during = await page.evaluate(() => new Promise((ok) => {
    const el = document.querySelector('.timeline');
    const r = el.getBoundingClientRect();
    const fire = (type, x) => el.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, isPrimary: true, button: 0, clientX: x, clientY: r.top + 60 }));
    let x = r.left + r.width * 0.8;
    fire('pointerdown', x);
    const observer = new MutationObserver(() => {});
    observer.observe(el.querySelector('.strips'), { subtree: true, childList: true });
    let [n, layoutFrames, last] = [0, 0, performance.now()];
    const frame = (now) => {
      // A frame more than 120 ms (SETTLE_MS) after the one before may follow a rest, which
      // lays the lanes out for the window at rest by design (a very busy machine).
      if (observer.takeRecords().length > 0 && now - last < 110) layoutFrames += 1;
      last = now;
      if (n++ === 60) {
        observer.disconnect();
        fire('pointerup', x);
        const layers = [...new Set([...el.querySelectorAll('.strip')].map((g) => getComputedStyle(g).willChange))];
        ok({ layoutFrames, canvas: !!el.querySelector('.zoom-canvas'), layers });
        return;
      }
      x -= 8;
      fire('pointermove', x);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }));
  // The strips laid out at rest reach a quarter of a window or more beyond one side: at most
  // one layout of the lanes (all in one frame) on the way, none on most frames.
  assert.ok(during.layoutFrames <= 1, `frames that added or removed marks: ${during.layoutFrames}`);
  assert.ok(!during.canvas, 'a pan draws the SVG itself, labels and all');
  // While the pan lasts each strip is a layer of its own, which a pan moves without painting it
  // again; at rest it is painted with the rest of the timeline.
  assert.deepEqual(during.layers, ['transform']);
  await until(async () => page.evaluate(() => !document.querySelector('.timeline.zooming')), 'the gesture to rest');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.timeline .strip')).willChange), 'auto');
  await assertRestIsAFreshLayout(page);
});

/// The lanes drawn at rest are those that a fresh layout of the same window draws (lanes off and
/// on again), and no label overlaps another.
async function assertRestIsAFreshLayout(page) {
  const snapshot = () => page.evaluate(() => [...document.querySelectorAll('.timeline .strips *')].map((el) => [
    el.tagName,
    ...[...el.attributes].map((a) => `${a.name}=${a.value}`).sort(),
    [...el.childNodes].filter((c) => c.nodeType === 3).map((c) => c.data).join(''),
  ].join(' ')));
  const rested = await snapshot();
  const window = await windowOf(page);
  await page.locator('#lanes-select').selectOption('none');
  await until(async () => (await page.locator('.lane-label').count()) === 1, 'one lane');
  await page.locator('#lanes-select').selectOption('kind');
  await until(async () => (await page.locator('.lane-label').count()) === 8, 'eight lanes again');
  assert.deepEqual(await windowOf(page), window);
  assert.deepEqual(await snapshot(), rested);
  await assertLabelsDoNotOverlap(page);
  assert.deepEqual(page.problems, []);
}

test('mobile 390×844: fits the width, tap selects, swipe pans, pinch zooms', async () => {
  const mobile = await launch({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  try {
    await routeFixtures(mobile.context);
    const page = await openExplorer(openPage, mobile.context, server.url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling: ${overflow}px too wide`);
    await page.locator('.mark[data-event-id="ev-hotline-restored"]').tap();
    await until(async () => (await detailTitle(page)) === 'North and South Korea restore their hotline', 'tap selects');
    await screenshot(page, 'timeline-390x844');

    const cdp = await mobile.context.newCDPSession(page);
    const tl = await page.locator('.timeline').boundingBox();
    const y = tl.y + 40;
    const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, yy], id) => ({ x, y: yy, id })) });
    const before = await windowOf(page);
    await touch('touchStart', [[tl.x + 300, y]]);
    for (let i = 1; i <= 8; i++) await touch('touchMove', [[tl.x + 300 - i * 20, y]]);
    await touch('touchEnd', []);
    const swiped = await windowChange(page, before);
    assert.ok(swiped.start > before.start, 'a left swipe moves later in time');

    await touch('touchStart', [[tl.x + 150, y], [tl.x + 210, y]]);
    for (let i = 1; i <= 8; i++) await touch('touchMove', [[tl.x + 150 - i * 10, y], [tl.x + 210 + i * 10, y]]);
    await touch('touchEnd', []);
    const pinched = await windowChange(page, swiped);
    assert.ok(pinched.span < swiped.span * 0.6, `pinching out zooms in: ${swiped.span} → ${pinched.span}`);
    assert.deepEqual(page.problems, []);
  } finally {
    await mobile.close();
  }
});

test('from 360 px to 4K: no horizontal scrolling, labels never overlap', async () => {
  for (const viewport of [{ width: 360, height: 740 }, { width: 3840, height: 2160 }]) {
    const sized = await launch({ viewport });
    try {
      await routeFixtures(sized.context);
      for (const bundle of ['fixtures/koreas.json', 'fixtures/generated-10000.json']) {
        const page = await openExplorer(openPage, sized.context, server.url, { bundle, hash: '#lanes=kind' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${viewport.width}px, ${bundle}: ${overflow}px too wide`);
        const { events } = await drawn(page);
        assert.ok(events.length > 0, `${viewport.width}px, ${bundle}: events drawn`);
        await assertLabelsDoNotOverlap(page);
        assert.deepEqual(page.problems, []);
        await page.close();
      }
    } finally {
      await sized.close();
    }
  }
});

test('screenshots at 1280×800, light and dark', async () => {
  const page = await open({ hash: '#e=ev-hotline-restored' });
  await until(async () => (await detailTitle(page)) === 'North and South Korea restore their hotline', 'the selection');
  await screenshot(page, 'timeline-1280x800');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'timeline-1280x800-dark');
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce', media: 'print' });
  await screenshot(page, 'timeline-print');
  assert.deepEqual(page.problems, []);
});

/// No two event labels in the timeline overlap.
async function assertLabelsDoNotOverlap(page) {
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll('.timeline .event-label')].map((t) => {
      const r = t.getBoundingClientRect();
      return { text: t.textContent, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
    }));
  boxes.sort((a, b) => a.x0 - b.x0);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length && boxes[j].x0 < boxes[i].x1; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const overlap = a.x1 > b.x0 + 0.5 && a.y1 > b.y0 + 0.5 && b.y1 > a.y0 + 0.5;
      assert.ok(!overlap, `labels overlap: “${a.text}” and “${b.text}”`);
    }
  }
}
