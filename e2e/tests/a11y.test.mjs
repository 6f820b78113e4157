// Accessibility audit: axe-core over the explorer's states (seeds, fixture with a selection,
// the article reader and an entity followed, the list view, people and quotes, filters and the
// import panel with its messages, dark theme, mobile). No serious or critical violation is
// allowed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage } from '../harness.mjs';
import { routeFixtures, openExplorer, until } from '../scripts/explorer.mjs';

const AXE = new URL('../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
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

/// Runs axe on the page and returns the serious and critical violations, readably.
async function audit(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('the seeds page has no serious or critical accessibility violation', async () => {
  const page = await openExplorer(openPage, browser.context, server.url, { bundle: '' });
  assert.deepEqual(await audit(page), []);
  assert.deepEqual(page.problems, []);
});

test('the timeline with a selection, the reader and a followed entity: light and dark', async () => {
  const page = await openExplorer(openPage, browser.context, server.url, { hash: '#e=ev-hotline-restored&a=east-wire-liaison&p=person:kim-jong-un' });
  await page.locator('.reader').waitFor();
  await page.locator('.entity-card').waitFor();
  assert.deepEqual(await audit(page), [], 'light theme');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await audit(page), [], 'dark theme');
  assert.deepEqual(page.problems, []);
});

test('the list view, light and dark', async () => {
  const page = await openExplorer(openPage, browser.context, server.url, { hash: '#view=list&e=ev-hanoi' });
  await page.locator('.event-list').waitFor();
  assert.deepEqual(await audit(page), [], 'light theme');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await audit(page), [], 'dark theme');
  assert.deepEqual(page.problems, []);
});

test('people, letters and quotes views, light and dark', async () => {
  for (const view of ['people', 'quotes']) {
    const page = await openPage(browser.context, `${server.url}?bundle=fixtures/koreas.json#view=${view}`);
    await page.locator(`.${view}-view`).waitFor();
    assert.deepEqual(await audit(page), [], `${view}, light theme`);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await audit(page), [], `${view}, dark theme`);
    assert.deepEqual(page.problems, []);
  }
});

test('the story view and the seeds timeline with its edge marker and header, light and dark', async () => {
  for (const hash of ['#view=story', '']) {
    const page = await openPage(browser.context, `${server.url}${hash}`);
    await page.locator(hash ? '.story-title' : '.edge-marker').waitFor();
    assert.deepEqual(await audit(page), [], `${hash || 'timeline'}, light theme`);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await audit(page), [], `${hash || 'timeline'}, dark theme`);
    assert.deepEqual(page.problems, []);
  }
});

test('in Korean (?lang=ko): every view, light and dark', async () => {
  for (const hash of ['', '#view=story', '#view=list', '#view=people', '#view=quotes']) {
    const page = await openPage(browser.context, `${server.url}?lang=ko${hash}`);
    await page.locator('.timeline[data-ready], .story-title, .event-list, .people-view, .quotes-view').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
    assert.deepEqual(await audit(page), [], `${hash || 'timeline'}, light theme`);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await audit(page), [], `${hash || 'timeline'}, dark theme`);
    assert.deepEqual(page.problems, []);
    await page.close();
  }
});

test('filters open, a search with highlights, the export list and import messages, light and dark', async () => {
  const page = await openExplorer(openPage, browser.context, server.url, { hash: '#q=summit&k=summit&a=northern-review-summits' });
  await page.locator('.filters[open]').waitFor();
  await page.locator('.export summary').click();
  await page.locator('#paste-text').fill(' ');
  await page.locator('.add-pasted').click();
  await page.locator('.import-error').waitFor();
  assert.deepEqual(await audit(page), [], 'light theme');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await audit(page), [], 'dark theme');
  assert.deepEqual(page.problems, []);
});

test('the mobile layout (390×844)', async () => {
  const mobile = await launch({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  try {
    await routeFixtures(mobile.context);
    const page = await openExplorer(openPage, mobile.context, server.url, { hash: '#e=ev-singapore' });
    await until(async () => (await page.locator('.detail h2').textContent()) === 'Trump and Kim meet in Singapore', 'the selection');
    assert.deepEqual(await audit(page), []);
    assert.deepEqual(page.problems, []);
  } finally {
    await mobile.close();
  }
});

test('reduced motion is respected: no transitions or animations run', async () => {
  const page = await openExplorer(openPage, browser.context, server.url);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const moving = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => {
    const s = getComputedStyle(el);
    return (s.animationName !== 'none' && s.animationDuration !== '0s') || parseFloat(s.transitionDuration) > 0;
  }).length);
  assert.equal(moving, 0);
});
