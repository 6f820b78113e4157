// Helpers for the embedding tests (issue 8): the strict CSP, host pages served on any origin,
// and watching for CSP violations.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../harness.mjs';

/// The policy news sites run, as issue 8 states it.
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/// Serves `html` at `url` (any origin the context reaches; 127.0.0.1 only), e.g. a host page.
export async function hostPage(context, url, html, headers = {}) {
  await context.route(url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html, headers }));
}

/// Serves text files (articles) at `urlPrefix + name`.
export async function routeTexts(context, urlPrefix, texts) {
  await context.route(`${urlPrefix}*`, (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop());
    if (!(name in texts)) return route.fulfill({ status: 404, body: 'no such article' });
    return route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: texts[name] });
  });
}

/// Records every `securitypolicyviolation` of every frame in `window.__cspViolations`
/// (an init script runs outside the page's CSP).
export async function watchCsp(context) {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

/// CSP violations recorded in the page and all its frames.
export async function violations(page) {
  const all = [];
  for (const frame of page.frames()) {
    all.push(...(await frame.evaluate(() => window.__cspViolations ?? []).catch(() => [])));
  }
  return all;
}

/// The build's file names matching `re` (content-hashed ones included).
export const distFiles = (re) => readdirSync(DIST).filter((f) => re.test(f));

/// A short article, as plain text, for the inline and URL corpora.
export function article(title, dateline, sentences) {
  return `${title}\n${dateline} — ${sentences.join(' ')}\n`;
}

export const readDist = (name) => readFileSync(join(DIST, name), 'utf8');
