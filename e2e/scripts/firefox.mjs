// Drives Debian's Firefox ESR through WebDriver BiDi (Firefox's own remote protocol; the
// Playwright build of Firefox is never downloaded). Just enough for the single-file test:
// open a URL, evaluate expressions, collect console errors and uncaught exceptions.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const haveFirefox = () => existsSync(FIREFOX);

// Node 22 has WebSocket built in; Node 20 gets the `ws` that playwright-core bundles.
const WebSocketImpl = globalThis.WebSocket ?? createRequire(import.meta.url)('playwright-core/lib/utilsBundle').ws;

// Nothing may leave the machine: every proxy points at a closed port, and Firefox's own
// background services are off.
const PREFS = `
user_pref("network.proxy.type", 1);
user_pref("network.proxy.http", "127.0.0.1"); user_pref("network.proxy.http_port", 9);
user_pref("network.proxy.ssl", "127.0.0.1"); user_pref("network.proxy.ssl_port", 9);
user_pref("network.proxy.no_proxies_on", "");
user_pref("network.proxy.allow_hijacking_localhost", false);
user_pref("services.settings.server", "http://127.0.0.1:9/");
user_pref("app.update.disabledForTesting", true);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("browser.shell.checkDefaultBrowser", false);
user_pref("browser.startup.homepage_override.mstone", "ignore");
`;

/// Starts Firefox headless; returns { open(url) → page, close() }.
export async function launchFirefox() {
  const profile = mkdtempSync(join(tmpdir(), 'dateline-firefox-'));
  writeFileSync(join(profile, 'user.js'), PREFS);
  const child = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', 'about:blank'], {
    env: { ...process.env, HOME: profile, MOZ_HEADLESS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const endpoint = await new Promise((ok, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start: ${seen.slice(-500)}`)), 30_000);
    const read = (chunk) => {
      seen += chunk;
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        ok(m[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => fail(new Error(`Firefox exited (${code}): ${seen.slice(-500)}`)));
  });
  const socket = new WebSocketImpl(`${endpoint}/session`);
  await new Promise((ok, fail) => {
    socket.onopen = ok;
    socket.onerror = () => fail(new Error('cannot connect to Firefox'));
  });
  let next = 0;
  const pending = new Map();
  const problems = [];
  socket.onmessage = (event) => {
    const message = JSON.parse(typeof event.data === 'string' ? event.data : event.data.toString());
    if (message.id !== undefined && pending.has(message.id)) {
      const { ok, fail } = pending.get(message.id);
      pending.delete(message.id);
      if (message.type === 'error') fail(new Error(`${message.error}: ${message.message}`));
      else ok(message.result);
    } else if (message.method === 'log.entryAdded' && message.params.level === 'error') {
      problems.push(`${message.params.type === 'javascript' ? 'uncaught' : 'console error'}: ${message.params.text}`);
    }
  };
  const send = (method, params = {}) =>
    new Promise((ok, fail) => {
      const id = ++next;
      pending.set(id, { ok, fail });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: {} });
  await send('session.subscribe', { events: ['log.entryAdded'] });
  const { contexts } = await send('browsingContext.getTree', {});
  const context = contexts[0].context;
  return {
    problems,
    async open(url) {
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    /// Evaluates `expression` in the page (promises awaited) and returns its JSON value.
    async evaluate(expression) {
      const { result } = await send('script.evaluate', {
        expression: `JSON.stringify(${expression})`, target: { context }, awaitPromise: true,
      });
      return result.type === 'string' ? JSON.parse(result.value) : undefined;
    },
    async close() {
      await send('session.end').catch(() => {});
      socket.close();
      child.kill();
      await new Promise((ok) => (child.exitCode !== null ? ok() : child.on('exit', ok)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
