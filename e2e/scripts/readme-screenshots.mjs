// The README's side-by-side screenshots (issue 15): the seeds in Dateline's timeline and story
// mode at 1280×800 and 390×844, as a reader first sees them (the viewport, no input). The
// TimelineJS3 one is `tests/timelinejs.test.mjs`'s (build-output/screenshots/), copied by hand.
//
//   DATELINE_DIST=dist node e2e/scripts/readme-screenshots.mjs docs/
import { resolve } from 'node:path';
import { serve, launch, openPage } from '../harness.mjs';

const out = resolve(process.argv[2] ?? 'docs');
const server = await serve();
try {
  for (const [width, height] of [[1280, 800], [390, 844]]) {
    const mobile = width < 600;
    const browser = await launch({ viewport: { width, height }, ...(mobile ? { hasTouch: true, isMobile: true } : {}) });
    try {
      for (const view of ['timeline', 'story']) {
        const page = await openPage(browser.context, `${server.url}${view === 'story' ? '#view=story' : ''}`);
        await page.locator(view === 'story' ? '.story-title' : '.timeline[data-ready]').waitFor();
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${out}/first-view-${view}-${width}x${height}.png` });
        if (page.problems.length) throw new Error(page.problems.join('\n'));
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
