// Static hosting (issue 8): the build served under a sub-path, as a news site would host it
// (https://example.org/graphics/korea-letters/), with content-hashed asset names.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage } from '../harness.mjs';
import { routeFixtures } from '../scripts/explorer.mjs';
import { distFiles, readDist } from '../scripts/embed-pages.mjs';

const PREFIX = '/graphics/korea-letters/';
let server;
let browser;

before(async () => {
  server = await serve(undefined, { prefix: PREFIX });
  browser = await launch();
  await routeFixtures(browser.context);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('asset names are content-hashed and every URL in the pages is relative', () => {
  for (const re of [/^dateline-web-[0-9a-f]+\.js$/, /^dateline-web-[0-9a-f]+_bg\.wasm$/, /^style-[0-9a-f]+\.css$/,
    /^loader-[0-9a-f]+\.js$/, /^embed-[0-9a-f]+\.js$/, /^dateline-element-[0-9a-f]+\.css$/,
    /^worker-[0-9a-f]+\.js$/, /^dateline-worker-[0-9a-f]+\.js$/, /^dateline-worker-[0-9a-f]+_bg\.wasm$/]) {
    assert.equal(distFiles(re).length, 1, `one file named like ${re}`);
  }
  for (const name of distFiles(/\.html$/)) {
    for (const [, url] of readDist(name).matchAll(/\b(?:src|href)="([^"]*)"/g)) {
      assert.ok(!/^(\/|https?:)/.test(url), `${name}: ${url} is not relative`);
    }
  }
});

test('the explorer, embed.html and the custom element all work under a sub-path', async () => {
  const requests = [];
  browser.context.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const index = await openPage(browser.context, server.url);
  await index.locator('.timeline[data-ready], .event-list-view').first().waitFor();
  const embed = await openPage(browser.context, `${server.url}embed.html?bundle=fixtures/koreas.json&event=ev-hanoi`);
  await embed.locator('.timeline .event.selected').waitFor();
  const demo = await openPage(browser.context, `${server.url}demo.html`);
  await demo.locator('dateline-timeline .timeline[data-ready]').first().waitFor();
  await demo.frameLocator('iframe[data-dateline]').locator('.timeline[data-ready]').waitFor();
  const outside = requests.filter((p) => !p.startsWith(PREFIX));
  assert.deepEqual(outside, [], 'every request stays under the sub-path');
  for (const page of [index, embed, demo]) assert.deepEqual(page.problems, []);
});
