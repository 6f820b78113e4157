// Bring your own articles, search and filters, the reader's links, people and quotes, exports:
// the second part of the explorer (issue 7). Tests in this file run in order and share one
// browser profile, so what one test stores in IndexedDB the next one finds after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serve, launch, openPage, screenshot } from '../harness.mjs';
import { routeFixtures, until, drawn, openExplorer } from '../scripts/explorer.mjs';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch({ acceptDownloads: true });
  await routeFixtures(browser.context);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const open = (options) => openExplorer(openPage, browser.context, server.url, options);

/// An article about none of the seeds' subjects, so its event can only come from it.
const ARTICLE = `Lighthouse keepers and divers sign fishing accord

By Anna Keller

HALIFAX, March 3, 2024 (Harbour Wire) - The Atlantic Divers Union and the Lighthouse Keepers Guild signed a fishing accord in Halifax on Monday, ending a dispute that had closed three harbours since January.

"This accord keeps every harbour open," said Marie Dubois, the union's president, after the signing.

The two groups will meet again in June to review the catch limits, the guild said in a statement.
`;
const TITLE = 'Lighthouse keepers and divers sign fishing accord';

/// Drops files on the import panel as a browser would (a real DataTransfer and drop event).
async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const { name, bytes, text, size } of files) {
      const data = bytes ? new Uint8Array(bytes) : text !== undefined ? new TextEncoder().encode(text) : new Uint8Array(size);
      transfer.items.add(new File([data], name, { type: name.endsWith('.txt') ? 'text/plain' : 'application/octet-stream' }));
    }
    const zone = document.querySelector('.import');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

/// Searches, and returns the ids of the events drawn once the count settles on `count`.
async function searchFor(page, text, count) {
  await page.locator('#filter-text').fill(text);
  // The explorer opens on the story's window; "Fit all" fits the matches, wherever they are.
  await page.locator('.fit-all').click();
  return until(async () => {
    const d = await drawn(page);
    return d.events.length + d.clusters.reduce((a, b) => a + b, 0) === count ? d.events : null;
  }, `${count} events for “${text}”`);
}

test('search: matches are highlighted on the timeline and the words in their labels', async () => {
  const page = await open();
  const events = await searchFor(page, 'HOTLINE', 2);
  assert.deepEqual(events.sort(), ['ev-hotline-cut', 'ev-hotline-restored']);
  assert.equal(await page.locator('.timeline .event.match').count(), 2);
  const hits = await page.locator('.timeline .event-label .hit').allTextContents();
  assert.ok(hits.length >= 1 && hits.every((h) => h.toLowerCase() === 'hotline'), `highlighted: ${hits}`);
  // Full text: words of the supporting sentences count, all of them, in any order.
  await searchFor(page, 'silence inter-korean', 1);
  assert.match(page.url(), /q=silence%20inter-korean/);
  await page.locator('#filter-text').fill('');
  assert.equal(await page.locator('.timeline .event.match').count(), 0);
  assert.deepEqual(page.problems, []);
});

test('filters by person, kind, source and date range live in the hash and combine', async () => {
  const page = await open();
  // The selects are built when the panel opens, not before the first paint.
  assert.equal(await page.locator('#filter-person').count(), 0, 'no select while the filters are closed');
  await page.locator('.filters summary').click();
  await page.locator('#filter-person').selectOption('person:donald-trump');
  await until(async () => (await drawn(page)).events.length === 3, 'three Trump events');
  await page.locator('#filter-kind').selectOption('summit');
  await page.locator('#filter-to').fill('2019-12-31');
  await page.locator('#filter-to').dispatchEvent('change');
  await until(async () => (await drawn(page)).events.length === 2, 'Singapore and Hanoi');
  assert.deepEqual((await drawn(page)).events.sort(), ['ev-hanoi', 'ev-singapore']);
  const url = page.url();
  assert.match(url, /p=person:donald-trump/);
  assert.match(url, /k=summit/);
  assert.match(url, /d=\d{4}-\d\d-\d\d~2019-12-31/);
  // The hash alone restores the same filters.
  const again = await openPage(browser.context, url);
  await again.locator('.timeline[data-ready]').waitFor();
  await until(async () => (await drawn(again)).events.length === 2, 'the filters restored');
  assert.equal(await again.locator('#filter-kind').inputValue(), 'summit');
  await again.locator('.clear-filters').click();
  await until(async () => {
    const d = await drawn(again);
    return d.events.length + d.clusters.reduce((a, b) => a + b, 0) === 11;
  }, 'every event back');
  // Source filter, then a date range drawn with Shift+drag on the overview.
  await again.locator('#filter-source').selectOption('east-wire-liaison');
  await until(async () => {
    const d = await drawn(again);
    const n = d.events.length + d.clusters.reduce((a, b) => a + b, 0);
    return n > 0 && n < 11;
  }, 'the events of one source');
  assert.match(again.url(), /s=east-wire-liaison/);
  await again.locator('.clear-filters').click();
  const box = await again.locator('.overview').boundingBox();
  await again.keyboard.down('Shift');
  await again.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  await again.mouse.down();
  await again.mouse.move(box.x + box.width * 0.99, box.y + box.height / 2, { steps: 4 });
  await again.mouse.up();
  await again.keyboard.up('Shift');
  await again.locator('.overview .range-band').waitFor();
  assert.match(again.url(), /d=\d{4}-\d\d-\d\d~\d{4}-\d\d-\d\d/);
  const { events } = await drawn(again);
  assert.ok(events.length > 0 && events.length < 11, `the range keeps some events: ${events}`);
  assert.deepEqual(page.problems, []);
  assert.deepEqual(again.problems, []);
});

test('a parser worker that cannot load gets a clear message, and nothing else breaks', async () => {
  // Before any article is stored, so the page itself starts no worker.
  await browser.context.route(/\/worker-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  try {
    const page = await open({ bundle: '' });
    const before = await page.locator('.article').count();
    await page.locator('#paste-text').fill(ARTICLE);
    await page.locator('.add-pasted').click();
    const error = page.locator('.import-messages .import-error');
    await error.waitFor();
    assert.match(await error.textContent(), /article reader .*could not be loaded.* Nothing was added\./);
    assert.equal(await page.locator('.article').count(), before);
    await page.locator('.zoom-in').click();
    assert.deepEqual(page.problems.filter((p) => !/404/.test(p)), []);
  } finally {
    await browser.context.unroute(/\/worker-[0-9a-f]+\.js$/);
  }
});

test('paste an article: it is read in the page, listed, and its event is on the timeline', async () => {
  const page = await open({ bundle: '' });
  // The page itself needs no parser: the worker is fetched when an article is added.
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  assert.equal(await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /worker/.test(r.name)).length), 0,
    'no worker file loaded with the page');
  await page.locator('#paste-text').fill(ARTICLE);
  await page.locator('.add-pasted').click();
  const added = page.locator('.import-messages .import-ok');
  await added.waitFor();
  assert.match(await added.textContent(), /Added “Lighthouse keepers and divers sign fishing accord”/);
  const item = page.locator('.article.mine');
  await item.waitFor();
  assert.equal(await item.locator('.article-title').textContent(), TITLE);
  assert.match(await item.locator('.article-id').textContent(), /[1-9]\d* events?/);
  const [event] = await searchFor(page, 'fishing accord', 1);
  await page.locator(`.timeline .mark[data-event-id="${event}"]`).click();
  await page.locator('.detail .source-title', { hasText: TITLE }).waitFor();
  assert.match(await page.locator('.announcer').textContent(), /Selected .*2024/);
  await screenshot(page, 'articles-pasted-1280x800');
  assert.ok(fetched.some((p) => /\/dateline-worker-[0-9a-f]+_bg\.wasm$/.test(p)), `the worker loaded: ${fetched}`);
  assert.deepEqual(page.problems, []);
});

test('an article that states no date takes the date the reader gives, after a reload too', async () => {
  const page = await open({ bundle: '' });
  const undated = 'Harbour pilots end their strike\n\nHarbour pilots in Halifax ended their strike on Tuesday after the port authority signed a new contract, the union said.';
  await page.locator('#paste-text').fill(undated);
  await page.locator('#import-date').fill('2024-03-06');
  await page.locator('.add-pasted').click();
  const added = page.locator('.import-messages .import-ok', { hasText: 'Harbour pilots' });
  await added.waitFor();
  assert.doesNotMatch(await added.textContent(), /does not say when/, 'no "undated" note: the date was given');
  const [event] = await searchFor(page, 'pilots strike', 1);
  await page.locator(`.timeline .mark[data-event-id="${event}"]`).click();
  assert.match(await page.locator('.announcer').textContent(), /Selected .*(March|Mar) 2024/);

  const again = await open({ bundle: '' });
  const [kept] = await searchFor(again, 'pilots strike', 1);
  assert.equal(kept, event, 'the stored date is read again');
  assert.deepEqual(page.problems, []);
  assert.deepEqual(again.problems, []);
});

test('reload: the pasted article and its event are still there', async () => {
  const page = await open({ bundle: '' });
  await page.locator('.article.mine', { hasText: TITLE }).waitFor();
  await searchFor(page, 'fishing accord', 1);
  // Its text is in the reader, with the people, dates and quotes marked.
  await page.locator('.article.mine', { hasText: TITLE }).locator('.article-title').click();
  const reader = page.locator('.reader');
  await reader.waitFor();
  assert.match(await reader.locator('.reader-text').textContent(), /keeps every harbour open/);
  assert.deepEqual(page.problems, []);
});

test('the reader: a person follows the entity, a date or a quote jumps to its event', async () => {
  const page = await open({ hash: '#a=east-wire-liaison' });
  const reader = page.locator('.reader');
  await reader.waitFor();
  // A date inside an event's supporting sentence selects that event.
  await reader.locator('button.timex-span', { hasText: '27 July 2021' }).first().click();
  await until(async () => (await page.locator('.detail h2').textContent()) === 'North and South Korea restore their hotline', 'the event of the date');
  assert.match(page.url(), /e=ev-hotline-restored/);
  // A quote leads to its event (or its speaker).
  const quote = reader.locator('button.quote-span').first();
  assert.match(await quote.getAttribute('data-go'), /^[ep]:/);
  // A person follows the entity.
  const person = reader.locator('button.entity-span').first();
  const name = (await person.textContent()).trim();
  await person.click();
  await page.locator('.entity-card').waitFor();
  assert.match(await page.locator('.entity-card h2').textContent(), new RegExp(name.split(' ').pop()));
  assert.match(page.url(), /p=person:/);
  assert.deepEqual(page.problems, []);
});

test('people and organizations, who writes to whom, and quotes by speaker', async () => {
  const page = await open();
  await page.locator('.view-people').click();
  const table = page.locator('.people-table');
  await table.waitFor();
  const kim = table.locator('tr[data-entity-id="person:kim-jong-un"]');
  assert.match(await kim.textContent(), /Kim Jong Un.*Person/);
  const matrix = page.locator('.letters-matrix');
  assert.deepEqual(await matrix.locator('thead th').allTextContents(), ['Kim Jong Un', 'Moon Jae-in']);
  await screenshot(page, 'people-1280x800');
  await matrix.locator('.letters-cell').first().click();
  await until(async () => (await drawn(page)).events.join() === 'ev-letters', 'the letters on the timeline');
  assert.match(page.url(), /k=letter/);

  await page.locator('.view-quotes').click();
  const speakers = page.locator('.quotes-view .speaker');
  await speakers.first().waitFor();
  assert.ok(await speakers.count() >= 1);
  const first = page.locator('.quotes-view .quote-item').first();
  await first.locator('.open-reader').click();
  await page.locator('.reader').waitFor();
  await screenshot(page, 'quotes-1280x800');
  assert.deepEqual(page.problems, []);
});

test('exports: bundle JSON, TimelineJS, CSV, iCalendar, SVG and PNG are downloaded from the page', async () => {
  const page = await open({ bundle: '' });
  await page.locator('.export summary').click();
  const save = async (file) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`.export [data-file="${file}"]`).click(),
    ]);
    assert.equal(download.suggestedFilename(), file);
    return readFileSync(await download.path());
  };
  const bundle = JSON.parse(await save('dateline-bundle.json'));
  assert.equal(bundle.schema, 'dateline.bundle/1');
  assert.ok(bundle.articles.some((a) => a.title === TITLE), 'the reader’s article is in the bundle');
  const timeline = JSON.parse(await save('dateline-timelinejs.json'));
  assert.equal(timeline.events.length, bundle.events.length);
  const csv = (await save('dateline-events.csv')).toString('utf8');
  assert.equal(csv.trim().split('\n').length >= bundle.events.length + 1, true, 'a header and a row per event');
  assert.match((await save('dateline-events.ics')).toString('utf8'), /^BEGIN:VCALENDAR/);
  const svg = (await save('dateline-timeline.svg')).toString('utf8');
  assert.match(svg, /<svg[^>]*class="timeline-svg"/);
  assert.match(svg, / fill="rgb/, 'colours written on the elements');
  const png = await save('dateline-timeline.png');
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG');
  assert.deepEqual(page.problems, []);
});

test('bad input: binary, empty and 20 MB files get a clear message and the page keeps working', async () => {
  const page = await open({ bundle: '' });
  const before = await page.locator('.article').count();
  const binary = Array.from({ length: 4096 }, (_, i) => (i * 7) % 256);
  await dropFiles(page, [
    { name: 'photo.jpg', bytes: binary },
    { name: 'blank.txt', bytes: [32, 10, 10] },
    { name: 'everything.txt', size: 20_000_000 },
  ]);
  const errors = page.locator('.import-messages .import-error');
  await until(async () => (await errors.count()) === 3, 'three messages');
  const text = (await errors.allTextContents()).join('\n');
  assert.match(text, /“photo\.jpg” looks like a binary file/);
  assert.match(text, /“blank\.txt” is empty/);
  assert.match(text, /“everything\.txt” is 20\.0 MB/);
  assert.equal(await page.locator('.article').count(), before, 'nothing was added');
  // Non-English text is added, with a note.
  await page.locator('#paste-text').fill('Zwei Taucher und die Leuchtturmwärter haben am Montag in Halifax ein Fischereiabkommen unterzeichnet, das einen Streit beendet, der seit Januar drei Häfen geschlossen hatte. Die Gruppen wollen sich im Juni wieder treffen.');
  await page.locator('.add-pasted').click();
  await page.locator('.import-ok', { hasText: 'does not look like English' }).waitFor();
  await until(async () => (await page.locator('.article').count()) === before + 1, 'the German text added');
  // The page still works: search and selection.
  await page.locator('#filter-text').fill('fishing');
  await screenshot(page, 'articles-messages-1280x800');
  assert.deepEqual(page.problems, []);
});

test('bad input in Korean: the worker and the page say it in the reader\'s language', async () => {
  const page = await openPage(browser.context, `${server.url}?lang=ko`);
  await page.locator('.timeline[data-ready]').waitFor();
  await page.locator('main[aria-busy="true"]').waitFor({ state: 'detached' });
  await dropFiles(page, [
    { name: 'blank.txt', bytes: [32, 10, 10] },
    { name: 'everything.txt', size: 20_000_000 },
  ]);
  const errors = page.locator('.import-messages .import-error');
  await until(async () => (await errors.count()) === 2, 'two messages');
  const text = (await errors.allTextContents()).join('\n');
  assert.match(text, /“blank\.txt”은\(는\) 비어 있습니다/, 'the worker\'s refusal');
  assert.match(text, /“everything\.txt”은\(는\) 20\.0MB입니다/, 'the page\'s refusal');
  assert.deepEqual(page.problems, []);
});

test('pages and exports: a saved page is one article dated from its metadata, an export one per record', async () => {
  const page = await open({ bundle: '' });
  const before = await page.locator('.article').count();
  const title = 'Harbour pilots accept the new pay offer';
  const html = `<!doctype html><html><head><title>${title} | Harbour Wire</title>
    <meta property="og:site_name" content="Harbour Wire">
    <meta property="article:published_time" content="2024-03-04T08:00:00Z">
    <link rel="canonical" href="https://harbour-wire.example/pilots"></head>
    <body><div class="cookie-banner">We use cookies. <button>OK</button></div><nav><a href="/">Home</a></nav>
    <article><h1>${title}</h1><p>Harbour pilots accepted the port authority's new pay offer on Monday, ending a week of delays for container ships.</p>
    <p>"The offer is fair," said Ines Marquez, the pilots' spokeswoman.</p>
    <div class="share-bar"><a>Share</a></div></article></body></html>`;
  const jsonl = [
    JSON.stringify({ title: 'Port clears the backlog', date_publish: '2024-03-06', text: 'The port cleared the backlog of ships on Wednesday, two days after the pilots accepted the offer.' }),
    'not json',
    JSON.stringify({ title: 'Pilots to review rosters', text: 'The pilots will review their rosters in June, their union said.' }),
  ].join('\n');
  await dropFiles(page, [{ name: 'pilots.html', text: html }, { name: 'wire-export.jsonl', text: jsonl }]);
  await until(async () => (await page.locator('.article').count()) === before + 3, 'one page and two records added');
  const notes = (await page.locator('.import-ok').allTextContents()).join('\n');
  assert.match(notes, /Left out of the page, as not the article: .*cookie notice \(1\)/);
  assert.match(notes, /wire-export\.jsonl, line 2: not JSON/);
  await page.locator('.article.mine', { hasText: title }).locator('.article-title').click();
  const facts = page.locator('.reader .reader-facts');
  await facts.waitFor();
  const line = await facts.textContent();
  assert.match(line, /Harbour Wire · published .*stated by the page's or file's metadata \(article:published_time\)/);
  assert.equal(await facts.locator('a').getAttribute('href'), 'https://harbour-wire.example/pilots');
  assert.doesNotMatch(await page.locator('.reader-text').textContent(), /cookies|Share/);
  // Removing a record removes its file: the page and the export leave, as the later tests expect.
  await page.locator('.article.mine', { hasText: 'Port clears the backlog' }).locator('.remove-article').click();
  await until(async () => (await page.locator('.article').count()) === before + 1, 'the export removed');
  await page.locator('.article.mine', { hasText: title }).locator('.remove-article').click();
  await until(async () => (await page.locator('.article').count()) === before, 'the page removed');
  assert.deepEqual(page.problems, []);
});

test('many files: a progress bar with a Cancel button while they are read', async () => {
  const page = await open({ bundle: '' });
  const before = await page.locator('.article').count();
  // Long texts (about 60 KB each), so that reading them takes a while even in the worker.
  const long = ARTICLE + '\n' + ARTICLE.split('\n').slice(4).join('\n').repeat(150);
  await dropFiles(page, Array.from({ length: 40 }, (_, i) => ({ name: `accord-${i}.txt`, text: long })));
  const progress = page.locator('.import-progress progress[max]');
  await progress.waitFor();
  assert.equal(await progress.getAttribute('max'), '40');
  await page.locator('.cancel-import').click();
  await page.locator('.import-error', { hasText: /Cancelled: \d+ not read/ }).waitFor();
  const kept = Number(/(\d+) already read are kept/.exec(await page.locator('.import-messages').textContent())[1]);
  assert.ok(kept < 40, `cancel stopped the reading (${kept} read)`);
  await until(async () => (await page.locator('.article').count()) === before + kept, 'the ones read are added');
  assert.deepEqual(page.problems, []);
});

test('remove an article: it leaves the list and the timeline, and stays gone after a reload', async () => {
  let page = await open({ bundle: '' });
  const mine = page.locator('.article.mine');
  await mine.first().waitFor();
  // Remove every article added by the tests before, the pasted one last.
  while ((await mine.count()) > 0) {
    const count = await mine.count();
    await mine.first().locator('.remove-article').click();
    await until(async () => (await mine.count()) === count - 1, 'one fewer');
  }
  await page.locator('#filter-text').fill('fishing accord');
  await page.locator('.timeline-empty').waitFor();
  page = await open({ bundle: '' });
  await page.locator('.article').first().waitFor();
  assert.equal(await page.locator('.article.mine').count(), 0);
  assert.deepEqual(page.problems, []);
});

test('keyboard only: open the filters, pick a kind, paste and add an article, leave the reader', async () => {
  const page = await open();
  await page.locator('.filters summary').focus();
  await page.keyboard.press('Enter');
  await page.locator('.filters[open]').waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'filter-person');
  await page.locator('#filter-kind').focus();
  await page.keyboard.press('ArrowDown'); // Chromium's closed select changes value with arrows
  await until(async () => /k=/.test(page.url()), 'a kind in the hash');
  await page.locator('#paste-text').focus();
  await page.keyboard.type('Keyboard only\n\nNothing happened here on Monday.');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'import-date', 'then the date');
  // Chromium's date field takes a Tab per part (month, day, year), then the button.
  for (let i = 0; i < 4 && (await page.evaluate(() => document.activeElement.className)) !== 'add-pasted'; i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement.className), 'add-pasted');
  await page.keyboard.press('Enter');
  await page.locator('.article.mine', { hasText: 'Keyboard only' }).waitFor();
  const remove = page.locator('.article.mine .remove-article');
  assert.equal(await remove.getAttribute('aria-label'), 'Remove Keyboard only');
  await remove.focus();
  await page.keyboard.press('Enter');
  await until(async () => (await page.locator('.article.mine').count()) === 0, 'removed by keyboard');
  assert.deepEqual(page.problems, []);
});

test('the mobile viewport (390×844): the import panel, filters and people view', async () => {
  const mobile = await launch({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  try {
    await routeFixtures(mobile.context);
    const page = await openPage(mobile.context, `${server.url}?bundle=fixtures/koreas.json#view=people`);
    await page.locator('.people-table').waitFor();
    await screenshot(page, 'people-390x844');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no sideways scrolling of the page (${width}px)`);
    await page.locator('.view-timeline').click();
    await page.locator('.filters summary').click();
    await page.locator('#paste-text').scrollIntoViewIfNeeded();
    await screenshot(page, 'articles-390x844');
    assert.deepEqual(page.problems, []);
  } finally {
    await mobile.close();
  }
});
