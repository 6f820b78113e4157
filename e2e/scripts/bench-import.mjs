// Bringing your own articles, measured in headless Chromium on this machine (figures for the
// web crate's README; not a timed test):
//   - one pasted article (about 600 bytes): from the click on "Add pasted text" until it is
//     listed with its events merged into the timeline;
//   - N dropped copies of the longest seed article: total time, time per article, and the
//     longest gap between animation frames while they are read and merged;
//   - one dropped 1.9 MB article (seed texts repeated, just under the 2 MB limit): the longest
//     frame gap, i.e. how long reading the largest accepted article blocks the page.
// Each run uses a fresh browser profile (an empty IndexedDB).
//
//   DATELINE_DIST=dist node scripts/bench-import.mjs [files]
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openPage, OUT } from '../harness.mjs';

const FILES = Number(process.argv[2] ?? 40);
const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const longest = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS, f)))
  .sort((a, b) => b.length - a.length)[0];

const server = await serve();
const results = {};
for (const kind of ['paste', 'drop', 'large']) {
  const browser = await launch();
  try {
    const page = await openPage(browser.context, server.url);
    await page.locator('.timeline[data-ready]').waitFor();
    const before = await page.locator('.article').count();
    if (kind === 'paste') {
      await page.locator('#paste-text').fill(longest.toString('utf8').slice(0, 600));
      const t0 = Date.now();
      await page.locator('.add-pasted').click();
      await page.locator('.article.mine').waitFor();
      results.paste_ms = Date.now() - t0;
    } else {
      const large = kind === 'large';
      const n = large ? 1 : FILES;
      const bytes = large ? [...Buffer.concat(Array(Math.floor(1_900_000 / longest.length)).fill(longest))] : [...longest];
      const t = await page.evaluate(async ({ bytes, n, before }) => {
        const gaps = [];
        let last = performance.now();
        let watching = true;
        const tick = (now) => { gaps.push(now - last); last = now; if (watching) requestAnimationFrame(tick); };
        requestAnimationFrame(tick);
        const transfer = new DataTransfer();
        for (let i = 0; i < n; i++) transfer.items.add(new File([new Uint8Array(bytes)], `copy-${i}.txt`, { type: 'text/plain' }));
        const t0 = performance.now();
        document.querySelector('.import').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        await new Promise((ok) => {
          const look = () => (document.querySelectorAll('.article').length >= before + n ? ok() : setTimeout(look, 10));
          look();
        });
        watching = false;
        return { total: performance.now() - t0, longestFrameGap: Math.max(...gaps) };
      }, { bytes, n, before });
      results[kind] = { files: n, bytes_each: bytes.length, total_ms: Math.round(t.total), per_article_ms: Math.round(t.total / n), longest_frame_gap_ms: Math.round(t.longestFrameGap) };
    }
    if (page.problems.length) throw new Error(page.problems.join('\n'));
  } finally {
    await browser.close();
  }
}
await server.close();
mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, 'bench-import.json'), JSON.stringify(results, null, 2));
console.log(JSON.stringify(results, null, 2));
