// Helpers the explorer's end-to-end tests share: serving the test bundles under the page's
// origin, reading the timeline's state from the DOM, and waiting for conditions.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT } from '../harness.mjs';
import { generateBundle } from './gen-bundle.mjs';

export const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

/// Path of the generated 10,000-event bundle (made once per build-output folder).
export function generatedBundle(count = 10_000) {
  const path = join(OUT, `generated-${count}.json`);
  if (!existsSync(path)) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path, JSON.stringify(generateBundle(count)));
  }
  return path;
}

/// Serves `<page origin>/fixtures/NAME` from e2e/fixtures (and the generated bundle as
/// `fixtures/generated-10000.json`), so `?bundle=fixtures/…` is a same-origin URL.
export async function routeFixtures(context) {
  await context.route(/\/fixtures\/[^/]+$/, async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    const match = /^generated-(\d+)\.json$/.exec(name);
    const path = match ? generatedBundle(Number(match[1])) : join(FIXTURES, name);
    if (!existsSync(path)) return route.fulfill({ status: 404, body: 'no such fixture' });
    return route.fulfill({ path, contentType: 'application/json' });
  });
}

/// Polls `check` (an async function returning truthy) until it holds or `ms` pass.
export async function until(check, message = 'condition', ms = 5000) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    last = await check();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${message}`);
    await new Promise((ok) => setTimeout(ok, 25));
  }
}

/// The visible window in days, `[start, end]`, as the timeline reports it.
export async function windowOf(page) {
  const raw = await page.locator('.timeline').getAttribute('data-window');
  const [start, end] = raw.split('~').map((v) => Number(v) / 1000);
  return { start, end, span: end - start };
}

/// Waits until the timeline's window differs from `before`, and returns the new one.
export async function windowChange(page, before) {
  return until(async () => {
    const now = await windowOf(page);
    return now.start !== before.start || now.end !== before.end ? now : null;
  }, 'the window to change');
}

/// Ids of the events drawn individually, and the counts shown by clusters.
export async function drawn(page) {
  return page.evaluate(() => ({
    events: [...document.querySelectorAll('.timeline .event')].map((e) => e.dataset.eventId),
    clusters: [...document.querySelectorAll('.timeline .cluster')].map((c) => Number(c.dataset.count)),
  }));
}

/// Opens the explorer on a fixture bundle and waits for the timeline (or the list view).
export async function openExplorer(openPage, context, base, { bundle = 'fixtures/koreas.json', hash = '' } = {}) {
  const url = `${base}${bundle ? `?bundle=${bundle}` : ''}${hash}`;
  const page = await openPage(context, url);
  await page.locator('.timeline[data-ready], .event-list-view').first().waitFor();
  // The reader's saved articles, read by the worker after the first paint.
  await page.locator('main[aria-busy="true"]').waitFor({ state: 'detached' });
  return page;
}
