// The end-to-end harness: serves a build folder on 127.0.0.1 and drives Debian's Chromium with
// playwright-core. Every page opened through `openPage` is watched: a console error, an uncaught
// exception or a request that leaves 127.0.0.1 fails the test that opened it.
import { createServer } from 'node:http';
import { mkdtempSync, mkdirSync, readFileSync, statSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const DIST = resolve(process.env.DATELINE_DIST ?? new URL('../dist', import.meta.url).pathname);
export const OUT = resolve(process.env.DATELINE_OUT ?? new URL('../build-output', import.meta.url).pathname);
export const SCREENSHOTS = join(OUT, 'screenshots');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/// Serves `root` on 127.0.0.1 at an unused port. `headers` are added to every response.
export async function serve(root = DIST, { headers = {}, prefix = '/' } = {}) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`no build in ${root}: run ./x build first`);
  }
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('outside the served prefix');
      return;
    }
    path = path.slice(prefix.length);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', ...headers });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/// Launches Debian's Chromium headless with a fresh profile. Never downloads a browser.
export async function launch({ viewport = { width: 1280, height: 800 }, ...options } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'dateline-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    ...options,
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/// Opens `url` in a new page of `context`, recording every problem in `page.problems`.
export async function openPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const u = new URL(req.url());
    const local = u.hostname === '127.0.0.1' || ['data:', 'blob:', 'file:', 'about:'].includes(u.protocol);
    if (!local) problems.push(`request left 127.0.0.1: ${req.url()}`);
  });
  // Belt and braces: nothing may actually go out even if a test forgets to check.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  page.problems = problems;
  await page.goto(url);
  return page;
}

/// Saves a full-page screenshot under build-output/screenshots/NAME.png.
export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
