// Strict Content Security Policy (issue 8): every page of the build, served with the policy
// news sites run, loads and works with no violation reported. Also checks the build's pages
// carry no inline script or style at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage } from '../harness.mjs';
import { routeFixtures, until } from '../scripts/explorer.mjs';
import { STRICT_CSP, watchCsp, violations, readDist, distFiles } from '../scripts/embed-pages.mjs';

let server;
let browser;

before(async () => {
  server = await serve(undefined, { headers: { 'content-security-policy': STRICT_CSP } });
  browser = await launch();
  await routeFixtures(browser.context);
  await watchCsp(browser.context);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('no page of the build has an inline script, inline style or event-handler attribute', () => {
  for (const name of distFiles(/\.html$/)) {
    const html = readDist(name).replace(/<script type="text\/plain"[\s\S]*?<\/script>/g, '');
    assert.doesNotMatch(html, /<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/, `${name}: inline script`);
    assert.doesNotMatch(html, /<style\b|\sstyle\s*=/i, `${name}: inline style`);
    assert.doesNotMatch(html, /\son(load|error|click)\s*=/i, `${name}: inline handler`);
  }
});

test('the explorer works under the strict CSP: it loads, selects, zooms, opens an article, every view and panel', async () => {
  const page = await openPage(browser.context, `${server.url}?bundle=fixtures/koreas.json`);
  await page.locator('.timeline[data-ready]').waitFor();
  await page.locator('.timeline .mark[data-event-id="ev-singapore"]').click();
  await until(async () => (await page.locator('.detail h2').textContent()).length > 0, 'the detail');
  await page.locator('.zoom-in').click();
  await page.locator('.article-list button').first().click();
  // Every view and panel renders without a blocked inline style.
  for (const view of ['List', 'People', 'Quotes', 'Timeline']) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await page.waitForTimeout(150);
  }
  for (const summary of await page.locator('details > summary').all()) await summary.click();
  await page.waitForTimeout(300);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.problems, []);
});

test('the seeds load, and a pasted article is read by the parser worker, under the strict CSP', async () => {
  const page = await openPage(browser.context, server.url);
  await page.locator('.timeline[data-ready], .event-list-view').first().waitFor();
  await page.locator('#paste-text').fill('Ferry crews sign a pay deal\n\nHELSINKI, May 6, 2025 (Wire) - Ferry crews signed a pay deal in Helsinki on Monday, the union said.');
  await page.locator('.add-pasted').click();
  await page.locator('.article.mine', { hasText: 'Ferry crews' }).waitFor();
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(page.problems, []);
});

test('embed.html, the demo (iframe + custom element) and the generator work under the strict CSP', async () => {
  const embed = await openPage(browser.context, `${server.url}embed.html?bundle=fixtures/koreas.json&theme=dark&compact=1&event=ev-hanoi`);
  await embed.locator('.timeline[data-ready]').waitFor();
  assert.deepEqual(await violations(embed), []);
  assert.deepEqual(embed.problems, []);

  const demo = await openPage(browser.context, `${server.url}demo.html`);
  await demo.locator('dateline-timeline .timeline[data-ready]').first().waitFor();
  await demo.frameLocator('iframe[data-dateline]').locator('.timeline[data-ready]').waitFor();
  await until(async () => {
    const h = await demo.locator('iframe[data-dateline]').evaluate((f) => f.style.height);
    return h && h !== '600px';
  }, 'the iframe to take its content height (CSSOM style under CSP)');
  assert.deepEqual(await violations(demo), []);
  assert.deepEqual(demo.problems, []);

  const generator = await openPage(browser.context, `${server.url}embed-generator.html`);
  await generator.locator('input[name=event]').fill('ev-hanoi');
  await until(async () => (await generator.locator('#iframe-snippet').inputValue()).includes('event=ev-hanoi'), 'the snippet');
  await generator.frameLocator('#preview').locator('.timeline[data-ready], .event-list-view').first().waitFor();
  assert.deepEqual(await violations(generator), []);
  assert.deepEqual(generator.problems, []);
});

test('the watcher itself reports a violation (so the checks above can fail)', async () => {
  const page = await openPage(browser.context, `${server.url}embed.html?bundle=fixtures/koreas.json`);
  await page.locator('.timeline[data-ready]').waitFor();
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.setAttribute('style', 'color: red');
    document.body.append(div);
  });
  await until(async () => (await violations(page)).length > 0, 'a reported violation');
  assert.match((await violations(page)).join('\n'), /style-src/);
});
