// One first timeline paint, as `bench-web.mjs` and `bench-zoom-ab.mjs` measure it: a fresh page
// load of `url`, from navigation start to the `dateline:first-timeline-paint` mark (which the
// app sets in the first animation frame after the loaded bundle is rendered).
import { openPage } from '../harness.mjs';

/// Milliseconds from navigation start to the first timeline paint of `url`.
export async function firstPaint(context, url) {
  const page = await openPage(context, url);
  const t = await page.evaluate(() => new Promise((ok) => {
    const look = () => {
      const [mark] = performance.getEntriesByName('dateline:first-timeline-paint');
      if (mark) ok(mark.startTime); else setTimeout(look, 5);
    };
    look();
  }));
  if (page.problems.length) throw new Error(page.problems.join('\n'));
  await page.close();
  return t;
}
