// The single-file build (issue 8): one HTML file with the wasm, JS and CSS inlined, opened
// from file:// with no server, in Chromium and (when firefox-esr is installed) Firefox.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OUT, launch, openPage, screenshot } from '../harness.mjs';
import { haveFirefox, launchFirefox } from '../scripts/firefox.mjs';

const SINGLE = process.env.DATELINE_SINGLE ?? join(OUT, 'dateline.html');
/// Read by the parser worker, which the single file starts from a blob: URL.
const PASTED = 'Ferry crews sign a pay deal\n\nHELSINKI, May 6, 2025 (Wire) - Ferry crews signed a pay deal with the operators in Helsinki on Monday, the union said.';

test('the single file references no other file', () => {
  assert.ok(existsSync(SINGLE), `${SINGLE} exists (./x build writes it)`);
  const html = readFileSync(SINGLE, 'utf8');
  assert.doesNotMatch(html, /<(script|link|img)\b[^>]*\b(src|href)=/i, 'no linked script, stylesheet or image');
  assert.match(html, /<style>/);
  assert.ok(statSync(SINGLE).size > 100_000, 'the wasm is inside');
});

test('the single file opens from file:// and the explorer works', async () => {
  const browser = await launch();
  try {
    const page = await openPage(browser.context, pathToFileURL(SINGLE).href);
    await page.locator('.timeline[data-ready], .event-list-view').first().waitFor({ timeout: 15_000 });
    const articles = await page.locator('.article-list .article').count();
    assert.ok(articles >= 1, 'the built-in articles are listed');
    await page.locator('.article-list button').first().click();
    await page.locator('.reader').waitFor();
    await page.locator('.zoom-in').click();
    await page.locator('#paste-text').fill(PASTED);
    await page.locator('.add-pasted').click();
    await page.locator('.article.mine', { hasText: 'Ferry crews' }).waitFor({ timeout: 15_000 });
    await screenshot(page, 'single-file');
    assert.deepEqual(page.problems, []);
  } finally {
    await browser.close();
  }
});

test('the single file opens from file:// in Firefox too', { skip: !haveFirefox() && 'firefox-esr is not installed' }, async () => {
  const firefox = await launchFirefox();
  try {
    await firefox.open(pathToFileURL(SINGLE).href);
    const deadline = Date.now() + 20_000;
    let ready = 0;
    while (Date.now() < deadline) {
      ready = await firefox.evaluate("document.querySelectorAll('.timeline[data-ready], .event-list-view').length");
      if (ready) break;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    assert.ok(ready, `the explorer rendered in Firefox (${firefox.problems.join('; ')})`);
    const articles = await firefox.evaluate("document.querySelectorAll('.article-list .article').length");
    assert.ok(articles >= 1, 'the built-in articles are listed');
    await firefox.evaluate("document.querySelector('.article-list button').click()");
    await new Promise((ok) => setTimeout(ok, 300));
    assert.equal(await firefox.evaluate("!!document.querySelector('.reader')"), true, 'an article opens');
    await firefox.evaluate(`(() => {
      document.querySelector('#paste-text').value = ${JSON.stringify(PASTED)};
      document.querySelector('.add-pasted').click();
      return true;
    })()`);
    let added = false;
    for (const end = Date.now() + 20_000; !added && Date.now() < end; await new Promise((ok) => setTimeout(ok, 100))) {
      added = await firefox.evaluate("!!document.querySelector('.article.mine')");
    }
    assert.ok(added, `the pasted article was read by the worker (${firefox.problems.join('; ')})`);
    assert.deepEqual(firefox.problems, []);
  } finally {
    await firefox.close();
  }
});
