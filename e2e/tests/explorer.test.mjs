// The explorer, as a reader first meets it: the release build shows the embedded corpus.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { serve, launch, openPage, screenshot } from '../harness.mjs';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page lists every embedded article, with no console error or outside request', async () => {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const page = await openPage(browser.context, server.url);
  const items = page.locator('.article');
  await items.first().waitFor();
  assert.equal(await items.count(), seeds.length);
  const ids = await items.evaluateAll((els) => els.map((e) => e.dataset.articleId));
  assert.deepEqual(ids, seeds.map((f) => f.replace(/\.txt$/, '')));
  // Each entry shows text that really comes from its article.
  const titles = await page.locator('.article-title').allTextContents();
  titles.forEach((title, i) => {
    const text = readFileSync(SEEDS + seeds[i], 'utf8');
    assert.ok(title.length > 0 && text.includes(title), `${seeds[i]}: ${title}`);
  });
  await screenshot(page, 'explorer-1280x800');
  assert.deepEqual(page.problems, []);
});
