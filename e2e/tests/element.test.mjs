// The <dateline-timeline> custom element (issue 8): one script tag, several instances with
// different corpora and themes, Shadow DOM isolation both ways, inline articles, article URLs,
// bundle URLs, sizing by the container, theming through --dl-* custom properties.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, screenshot } from '../harness.mjs';
import { routeFixtures, until } from '../scripts/explorer.mjs';
import { hostPage, routeTexts, article } from '../scripts/embed-pages.mjs';

let server;
let browser;

const HOTLINE = article('Hotline restored between the Koreas', 'SEOUL, July 27, 2021', [
  'The two Koreas restored their cross-border hotline on Tuesday, more than a year after the North cut it off in June 2020.',
  'The leaders had exchanged letters since April, officials said.',
]);
const SUMMIT = article('Leaders meet in Singapore', 'SINGAPORE, June 12, 2018', [
  'The two leaders met in Singapore on Tuesday and signed a joint statement.',
  'They agreed to meet again, the White House said.',
]);

before(async () => {
  server = await serve();
  browser = await launch();
  await routeFixtures(browser.context);
  await routeTexts(browser.context, `${server.url}articles/`, { 'hotline.txt': HOTLINE, 'summit.txt': SUMMIT });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/// A host page at `name` on the build's own origin (so same-origin bundle and article URLs work).
async function openHost(name, body, head = '') {
  const url = `${server.url}${name}`;
  await hostPage(browser.context, url, `<!DOCTYPE html><html lang="en"><head><title>Host</title>
    <script type="module" src="./dateline-element.js"></script>${head}</head><body>${body}</body></html>`);
  const page = await openPage(browser.context, url);
  return page;
}
const ready = (page, selector) => page.locator(`${selector} .timeline[data-ready]`).waitFor();
const events = (page, selector) =>
  page.locator(selector).evaluate((el) => [...el.shadowRoot.querySelectorAll('.timeline .event')].map((e) => e.dataset.eventId));
const hostBackground = (page, selector) => page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);

// Host CSS that would wreck the explorer if it leaked in, and a --dl-bg on :root that must
// not leak in either (only properties set on the element itself theme it).
const HOSTILE = `<style>
  :root { --dl-bg: rgb(1, 2, 3); }
  body { font-family: "Times New Roman", serif; color: rgb(200, 0, 0); line-height: 3; }
  button { background: rgb(0, 255, 0); font-size: 30px; }
  h2 { display: none; } svg { display: none; } .timeline { display: none; }
  #themed { --dl-accent: rgb(200, 0, 100); }
</style>`;

test('two instances with different corpora and themes on one page, isolated from the host CSS both ways', async () => {
  const page = await openHost('two.html', `
    <h2 id="host-heading">Host heading</h2><button id="host-button">Host button</button><main id="host-main">Host main</main>
    <div id="left"><dateline-timeline id="bundle" src="fixtures/koreas.json" theme="dark" focus="ev-singapore"></dateline-timeline></div>
    <div id="right"><dateline-timeline id="inline" theme="light">
      <script type="text/plain" data-id="hotline">${HOTLINE}</script>
      <script type="text/plain" data-id="summit">${SUMMIT}</script>
    </dateline-timeline></div>
    <dateline-timeline id="themed" src="fixtures/koreas.json" theme="light" compact></dateline-timeline>`, HOSTILE);
  await ready(page, '#bundle');
  await ready(page, '#inline');
  await ready(page, '#themed');
  const fromBundle = await events(page, '#bundle');
  assert.ok(fromBundle.includes('ev-singapore'), 'the bundle instance draws the fixture');
  const inline = await page.locator('#inline').evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('[data-article-id]')].map((a) => a.dataset.articleId));
  assert.deepEqual(inline, ['hotline', 'summit'], 'the inline instance reads its own two articles');
  assert.match(await page.locator('#bundle .detail h2').textContent(), /Singapore/i, 'focus= selects the event');

  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await hostBackground(page, '#bundle'), 'rgb(13, 17, 23)', 'theme=dark');
  assert.equal(await hostBackground(page, '#inline'), 'rgb(255, 255, 255)', 'theme=light; :root --dl-bg did not leak in');

  // Host CSS does not leak in.
  const inside = await page.locator('#inline').evaluate((el) => {
    const root = el.shadowRoot;
    const style = (sel) => getComputedStyle(root.querySelector(sel));
    return {
      font: style('.dl-root').fontFamily, color: style('.dl-root').color,
      button: style('button').backgroundColor, buttonSize: style('button').fontSize,
      svg: style('.timeline-svg').display, timeline: style('.timeline').display,
    };
  });
  assert.doesNotMatch(inside.font, /Times/, 'host font');
  assert.notEqual(inside.color, 'rgb(200, 0, 0)', 'host colour');
  assert.notEqual(inside.button, 'rgb(0, 255, 0)', 'host button background');
  assert.notEqual(inside.buttonSize, '30px', 'host button size');
  assert.equal(inside.svg, 'block');
  assert.notEqual(inside.timeline, 'none');
  // Documented theming: --dl-* set on the element.
  const accent = await page.locator('#themed').evaluate((el) =>
    getComputedStyle(el.shadowRoot.querySelector('.timeline .mark[data-event-id="ev-singapore"]')).fill);
  assert.equal(accent, 'rgb(200, 0, 100)', '--dl-accent on the element themes it');
  assert.equal(await page.locator('#themed').evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.articles')).display), 'none', 'compact');
  assert.equal(await page.locator('#bundle .import').isVisible(), false, 'no "add your own articles" in a host page');

  // Our CSS does not leak out.
  const outside = await page.evaluate(() => ({
    heading: getComputedStyle(document.getElementById('host-heading')).display,
    button: getComputedStyle(document.getElementById('host-button')).backgroundColor,
    radius: getComputedStyle(document.getElementById('host-button')).borderRadius,
    main: getComputedStyle(document.getElementById('host-main')).paddingLeft,
    body: getComputedStyle(document.body).backgroundColor,
  }));
  assert.deepEqual(outside, { heading: 'none', button: 'rgb(0, 255, 0)', radius: '0px', main: '0px', body: 'rgba(0, 0, 0, 0)' });

  // Instances are independent, and the page's URL is left alone.
  await page.locator('#inline .timeline .event.mark').first().click();
  await page.locator('#inline .timeline .event.selected').waitFor();
  assert.match(await page.locator('#bundle .timeline .event.selected').getAttribute('data-event-id'), /ev-singapore/);
  assert.equal(new URL(page.url()).hash, '', 'no instance writes the page URL');
  await screenshot(page, 'element-two-instances');
  assert.deepEqual(page.problems, []);
});

test('article URLs, sizing by the container, and a clear message for a bundle on another origin', async () => {
  const page = await openHost('sized.html', `
    <div id="box"><dateline-timeline id="urls" articles="articles/hotline.txt articles/summit.txt"></dateline-timeline></div>
    <dateline-timeline id="foreign" src="http://127.0.0.1:9/bundle.json"></dateline-timeline>`,
    '<style>#box { width: 520px; } </style>');
  await ready(page, '#urls');
  const ids = await page.locator('#urls').evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('[data-article-id]')].map((a) => a.dataset.articleId));
  assert.deepEqual(ids, ['hotline', 'summit']);
  const width = () => page.locator('#urls').evaluate((el) => el.shadowRoot.querySelector('.timeline-svg').getBoundingClientRect().width);
  assert.ok((await width()) <= 520, `the timeline fits the 520px container (${await width()})`);
  await page.evaluate(() => { document.getElementById('box').style.width = '900px'; });
  await until(async () => (await width()) > 700, 'the timeline to follow its container');
  // No theme attribute: auto, following the reader's setting.
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await hostBackground(page, '#urls'), 'rgb(13, 17, 23)', 'auto: dark');
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await hostBackground(page, '#urls'), 'rgb(255, 255, 255)', 'auto: light');
  await page.locator('#foreign .load-error').waitFor();
  assert.match(await page.locator('#foreign .load-error').textContent(), /own origin/);
  assert.deepEqual(page.problems, []);
});

test('an element removed from the page unmounts; one added later mounts', async () => {
  const page = await openHost('dynamic.html', '<div id="slot"></div>');
  await page.evaluate(() => {
    const el = document.createElement('dateline-timeline');
    el.setAttribute('src', 'fixtures/koreas.json');
    el.id = 'late';
    document.getElementById('slot').append(el);
  });
  await ready(page, '#late');
  await page.evaluate(() => document.getElementById('late').remove());
  await page.waitForTimeout(200);
  assert.deepEqual(page.problems, []);
});
