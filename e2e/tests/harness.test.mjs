// The harness's own guards must bite: a page that logs an error or reaches outside 127.0.0.1
// is reported. Without this, a broken guard would let every other e2e test pass vacuously.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openPage } from '../harness.mjs';

test('console errors, uncaught exceptions and outside requests are all caught', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-harness-'));
  writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><title>t</title>
    <img src="https://cdn.example.com/x.png" alt="">
    <script>console.error("boom"); setTimeout(() => { throw new Error("late") }, 0);</script>`);
  const server = await serve(dir);
  const browser = await launch();
  try {
    const page = await openPage(browser.context, server.url);
    await page.waitForTimeout(200);
    const joined = page.problems.join('\n');
    assert.match(joined, /console error: boom/);
    assert.match(joined, /uncaught: late/);
    assert.match(joined, /request left 127\.0\.0\.1: https:\/\/cdn\.example\.com\/x\.png/);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
