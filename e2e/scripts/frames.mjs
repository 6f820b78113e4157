// One pan or zoom run over the generated 10,000-event bundle, as `bench-web.mjs` and
// `bench-zoom-ab.mjs` measure it: one synthetic drag step or wheel notch per animation frame,
// 120 frames. Besides the times (see `bench-web.mjs`), counts that do not depend on the
// machine's load (the elements in the timeline's SVG, and what each frame writes to the DOM: a
// MutationObserver on the timeline, attributes set, nodes added and removed) and the CPU time
// the renderer spent over the gesture, which depends on it far less than wall times do.

import { openPage } from '../harness.mjs';

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const round = (v) => Math.round(v * 10) / 10;

/// Measures `kind` ('pan' or 'zoom') on `url` (an explorer URL with the generated bundle).
export async function frames(context, url, kind) {
  const page = await openPage(context, url);
  await page.locator('.timeline[data-ready]').waitFor();
  await page.waitForTimeout(300);
  // Chromium's own totals over the gesture (style, layout, script, all main-thread tasks).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  const result = await page.evaluate((kind) => new Promise((ok) => {
    const el = document.querySelector('.timeline');
    const r = el.getBoundingClientRect();
    const y = r.top + 60;
    const intervals = [];
    const work = [];
    const render = [];
    const layout = [];
    const writes = [];
    const nodes = [];
    const svgNodes = () => el.querySelectorAll('svg *').length;
    const nodesAtStart = svgNodes();
    let pending = { attributes: 0, added: 0, removed: 0 };
    const observer = new MutationObserver((records) => {
      for (const m of records) {
        if (m.type === 'attributes') pending.attributes += 1;
        else if (m.type === 'childList') {
          pending.added += m.addedNodes.length;
          pending.removed += m.removedNodes.length;
        } else pending.attributes += 1; // characterData: a text changed
      }
    });
    observer.observe(el, { subtree: true, attributes: true, childList: true, characterData: true });
    let last = null;
    let n = 0;
    let x = r.left + r.width * 0.7;
    const fire = (type, init) => el.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1, isPrimary: true, button: 0, clientY: y, ...init }));
    if (kind === 'pan') fire('pointerdown', { clientX: x });
    const frame = (now) => {
      if (last !== null) intervals.push(now - last);
      last = now;
      const t0 = performance.now();
      if (kind === 'pan') {
        // Back and forth so the window stays over the data.
        x += (Math.floor(n / 30) % 2 === 0 ? -8 : 8);
        fire('pointermove', { clientX: x });
      } else {
        const delta = Math.floor(n / 30) % 2 === 0 ? -60 : 60;
        el.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: delta, clientX: r.left + r.width / 2, clientY: y }));
      }
      // Yew renders in a microtask after the dispatch; a timeout runs after it. Forcing
      // layout there puts the DOM update, style and layout of the new frame in the work time.
      setTimeout(() => {
        const t1 = performance.now();
        el.getBoundingClientRect();
        const t2 = performance.now();
        work.push(t2 - t0);
        render.push(t1 - t0);
        layout.push(t2 - t1);
        for (const m of observer.takeRecords()) {
          if (m.type === 'childList') {
            pending.added += m.addedNodes.length;
            pending.removed += m.removedNodes.length;
          } else pending.attributes += 1;
        }
        writes.push(pending);
        pending = { attributes: 0, added: 0, removed: 0 };
        nodes.push(svgNodes());
      }, 0);
      if (++n < 121) requestAnimationFrame(frame);
      else setTimeout(() => {
        observer.disconnect();
        ok({ intervals, work, render, layout, writes, nodes, nodesAtStart,
          drawn: document.querySelectorAll('.timeline .event, .timeline .cluster').length });
      }, 50);
    };
    requestAnimationFrame(frame);
  }), kind);
  const after = await metrics();
  const spent = (name) => Math.round((after[name] - before[name]) * 1000);
  if (page.problems.length) throw new Error(page.problems.join('\n'));
  await page.close();
  const total = (w) => w.attributes + w.added + w.removed;
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    frame_p50_ms: round(pct(result.intervals, 0.5)),
    frame_p95_ms: round(pct(result.intervals, 0.95)),
    work_p50_ms: round(pct(result.work, 0.5)),
    work_p95_ms: round(pct(result.work, 0.95)),
    render_p50_ms: round(pct(result.render, 0.5)),
    layout_p50_ms: round(pct(result.layout, 0.5)),
    marks_drawn_at_end: result.drawn,
    gesture_style_ms: spent('RecalcStyleDuration'),
    gesture_layout_ms: spent('LayoutDuration'),
    gesture_script_ms: spent('ScriptDuration'),
    gesture_tasks_ms: spent('TaskDuration'),
    // CPU time, not wall time: the renderer's main thread and the whole renderer process
    // (raster threads included). Far less sensitive to other processes' load than the rest.
    gesture_main_cpu_ms: spent('ThreadTime'),
    gesture_renderer_cpu_ms: spent('ProcessTime'),
    svg_elements_at_start: result.nodesAtStart,
    svg_elements_max: Math.max(...result.nodes),
    svg_elements_mean: Math.round(mean(result.nodes)),
    dom_writes_per_frame_mean: round(mean(result.writes.map(total))),
    dom_writes_per_frame_p95: pct(result.writes.map(total), 0.95),
    attributes_per_frame_mean: round(mean(result.writes.map((w) => w.attributes))),
    nodes_added_removed_per_frame_mean: round(mean(result.writes.map((w) => w.added + w.removed))),
  };
}
