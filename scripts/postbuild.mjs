// Runs after `trunk build` (./x build calls it): makes the build work under a strict Content
// Security Policy and adds the ways of embedding it. Node built-ins and esbuild; idempotent (it reads
// Trunk's output, which every trunk build writes afresh, and skips a dist it already did).
//
//   node scripts/postbuild.mjs DIST [SINGLE_FILE]
//
// In DIST it
//   0. gives the parser worker (crates/worker; Trunk names worker files without a hash) content-
//      hashed names and a loader, worker-<hash>.js, that names them; the page's loader tells
//      the app where it is (globalThis.__datelineWorker);
//   1. moves Trunk's inline loader <script type="module"> into loader-<hash>.js, so the pages
//      carry no inline script (CSP `script-src 'self' 'wasm-unsafe-eval'`), and fails on any
//      inline <style> or style="" attribute (CSP `style-src 'self'`);
//   2. writes embed.html (the iframe page: index.html plus embed-<hash>.js/.css);
//   3. writes dateline-element.js (the <dateline-timeline> custom element; a stable name, the
//      one file a host page links) and dateline-element-<hash>.css (style.css for a shadow root);
//   4. copies dateline-embed-host.js (iframe height for host pages), embed-generator.html and
//      demo.html with their scripts and styles;
// then gives the wasm modules' imports short names (scripts/wasm-imports.mjs), minifies the JS
// and CSS it wrote and Trunk's (esbuild, from e2e/node_modules), and writes
// SINGLE_FILE (default DIST/../build-output/dateline.html): one HTML file with the
// wasm (gzip, base64), the JS and the CSS inlined, which opens from file://.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync, renameSync, unlinkSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { shortenImports } from './wasm-imports.mjs';

const WWW = new URL('../www/', import.meta.url).pathname;
const dist = resolve(process.argv[2] ?? 'dist');
const single = resolve(process.argv[3] ?? join(dist, '..', 'build-output', 'dateline.html'));

const say = (text) => console.log(`    ${text}`);
const fail = (text) => {
  console.error(`postbuild: ${text}`);
  process.exit(1);
};
const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);
const read = (name) => readFileSync(join(dist, name), 'utf8');
const www = (name) => readFileSync(join(WWW, name), 'utf8');
/// Writes `data` as `stem-<hash>.ext` in dist and returns the name; an earlier run's file of
/// that stem goes.
function writeHashed(stem, ext, data) {
  const name = `${stem}-${hash(data)}.${ext}`;
  const earlier = new RegExp(`^${stem}-[0-9a-f]{16}\\.${ext}$`);
  for (const old of readdirSync(dist).filter((f) => earlier.test(f) && f !== name)) unlinkSync(join(dist, old));
  writeFileSync(join(dist, name), data);
  return name;
}

// --- 0. the parser worker, content-hashed -----------------------------------------------------
if (existsSync(join(dist, 'dateline-worker.js'))) {
  const stem = `dateline-worker-${hash(readFileSync(join(dist, 'dateline-worker_bg.wasm')))}`;
  renameSync(join(dist, 'dateline-worker.js'), join(dist, `${stem}.js`));
  renameSync(join(dist, 'dateline-worker_bg.wasm'), join(dist, `${stem}_bg.wasm`));
  const loader = www('worker-loader.js')
    .replace("'./dateline-worker.js'", `'./${stem}.js'`)
    .replace("'./dateline-worker_bg.wasm'", `'./${stem}_bg.wasm'`);
  if (!loader.includes(stem)) fail('www/worker-loader.js no longer names the worker files it is given');
  const name = writeHashed('worker', 'js', loader);
  if (existsSync(join(dist, 'worker-loader.js'))) unlinkSync(join(dist, 'worker-loader.js'));
  say(`named the parser worker ${stem} (loader ${name})`);
}

const files = readdirSync(dist);
const one = (re, what) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) fail(`expected one ${what} in ${dist}, found ${found.join(', ') || 'none'}`);
  return found[0];
};
const glue = one(/^dateline-web-[0-9a-f]+\.js$/, 'JS glue (dateline-web-*.js)');
const wasm = one(/^dateline-web-[0-9a-f]+_bg\.wasm$/, 'wasm module');
const css = one(/^style-[0-9a-f]+\.css$/, 'stylesheet (style-*.css)');
const workerLoader = one(/^worker-[0-9a-f]+\.js$/, 'parser worker loader (worker-*.js)');
const workerGlue = one(/^dateline-worker-[0-9a-f]+\.js$/, 'parser worker glue (dateline-worker-*.js)');
const workerWasm = one(/^dateline-worker-[0-9a-f]+_bg\.wasm$/, 'parser worker wasm');
// Where the app finds the worker (crates/web/src/parser.rs), relative to the script saying so.
const namesWorker = (base) =>
  `globalThis.__datelineWorker ??= new URL("./${workerLoader}", ${base}).href;\n`;

// --- 1. index.html without inline scripts or styles -------------------------------------------
let index = read('index.html');
const inline = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
let loader = null;
index = index.replace(inline, (_all, attrs, body) => {
  if (!body.trim()) return '';
  if (loader) fail('more than one inline script in index.html');
  const moduleScript = /type="module"/.test(attrs);
  if (!moduleScript) fail("Trunk's loader is no longer a module script (import.meta.url names the worker)");
  loader = writeHashed('loader', 'js', `${namesWorker('import.meta.url')}${body.trim()}\n`);
  const type = /type="module"/.test(attrs) ? ' type="module"' : '';
  return `<script${type} src="./${loader}"></script>`;
});
if (loader) {
  say(`moved Trunk's inline loader into ${loader} (no inline script: strict CSP)`);
  writeFileSync(join(dist, 'index.html'), index);
} else {
  // Already done by an earlier run over this dist.
  loader = one(/^loader-[0-9a-f]+\.js$/, 'loader (loader-*.js)');
  say(`index.html has no inline script (loader ${loader})`);
}
if (/<style\b/i.test(index) || /\sstyle\s*=/i.test(index)) fail('index.html has an inline style: it breaks style-src \'self\'');
if (/\son[a-z]+\s*=/i.test(index)) fail('index.html has an inline event handler: it breaks script-src \'self\'');

// --- theme blocks from style.css ---------------------------------------------------------------
const style = read(css);
const light = /(?:^|[}\s]):root\s*\{([^}]*)\}/.exec(style)?.[1];
const dark = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(style)?.[1];
if (!light || !dark) fail(`${css} must keep its colours in ':root { … }' and '@media (prefers-color-scheme: dark) { :root { … } }'`);
const vars = (block) => block.split(';').map((d) => d.trim()).filter((d) => d.startsWith('--dl-')).join('; ');
const forced = (selector) =>
  `${selector.replace('%', 'light')} { ${vars(light)}; color-scheme: light; }\n` +
  `${selector.replace('%', 'dark')} { ${vars(dark)}; color-scheme: dark; }\n`;

// --- 2. embed.html -----------------------------------------------------------------------------
const embedJs = writeHashed('embed', 'js', www('embed/embed.js'));
const embedCss = writeHashed('embed', 'css', `${forced(':root[data-theme="%"]')}${www('embed/embed.css')}`);
const embed = index
  .replace(/<title>[^<]*<\/title>/, '<title>Dateline (embedded timeline)</title>')
  .replace(/(<link rel="stylesheet"[^>]*>)/, `$1\n<link rel="stylesheet" href="./${embedCss}">\n<script src="./${embedJs}"></script>`);
if (!embed.includes(embedJs)) fail('could not place the embed script in embed.html');
writeFileSync(join(dist, 'embed.html'), embed);
say(`wrote embed.html (+ ${embedJs}, ${embedCss})`);

// --- 3. the custom element ---------------------------------------------------------------------
const shadowCss =
  style
    // Whitespace optional: a second run reads the minified stylesheet.
    .replace(/(^|[\s,{}])(:root|html|body)(?=\s*[{,])/g, '$1:host')
    .replace(/:focus-visible\s*\{/, ':host :focus-visible {') +
  `\n${forced(':host([theme="%"])')}${www('embed/element.css')}`;
const elementCss = writeHashed('dateline-element', 'css', shadowCss);
const element = www('embed/element.js')
  .replace('__DATELINE_GLUE__', glue)
  .replace('__DATELINE_WASM__', wasm)
  .replace('__DATELINE_CSS__', elementCss)
  .replace('__DATELINE_WORKER__', workerLoader);
if (/__DATELINE_/.test(element)) fail('a placeholder is left in dateline-element.js');
writeFileSync(join(dist, 'dateline-element.js'), element);
say(`wrote dateline-element.js (+ ${elementCss})`);

// --- 4. host script, generator, demo ------------------------------------------------------------
writeFileSync(join(dist, 'dateline-embed-host.js'), www('embed/host.js'));
const generatorJs = writeHashed('embed-generator', 'js', www('embed/generator.js'));
const pagesCss = writeHashed('pages', 'css', www('embed/pages.css'));
const page = (name) =>
  www(name)
    .replaceAll('{{generator.js}}', generatorJs)
    .replaceAll('{{pages.css}}', pagesCss);
writeFileSync(join(dist, 'embed-generator.html'), page('embed/generator.html'));
writeFileSync(join(dist, 'demo.html'), page('demo.html'));
say(`wrote dateline-embed-host.js, embed-generator.html (+ ${generatorJs}), demo.html (+ ${pagesCss})`);
for (const name of ['index.html', 'embed.html', 'embed-generator.html', 'demo.html']) {
  const html = read(name);
  if (/<script\b(?![^>]*\bsrc=)[^>]*>\s*[^\s<]/.test(html.replace(/<script type="text\/plain"[\s\S]*?<\/script>/g, ''))) {
    fail(`${name} has an inline script`);
  }
  if (/<style\b/i.test(html) || /\sstyle\s*=/i.test(html)) fail(`${name} has an inline style`);
}

// --- short import names: about 7.5 KB of the page's gzip (scripts/wasm-imports.mjs) ----------
for (const [wasmName, glueName] of [[wasm, glue], [workerWasm, workerGlue]]) {
  const shortened = shortenImports(new Uint8Array(readFileSync(join(dist, wasmName))), read(glueName));
  if (shortened.renamed === 0) continue; // done by an earlier run over this dist
  writeFileSync(join(dist, wasmName), shortened.wasm);
  writeFileSync(join(dist, glueName), shortened.js);
  say(`${wasmName}: ${shortened.renamed} imports renamed, in the wasm and in ${glueName}`);
}

// --- minified: about 3 KB of the page's gzip (Trunk's own minifier rejects wasm-bindgen's
// glue, see Trunk.toml). Names stay; an already minified file comes out the same.
let esbuild;
try {
  esbuild = createRequire(new URL('../e2e/package.json', import.meta.url))('esbuild');
} catch {
  fail('esbuild is missing from e2e/node_modules: run ./x setup');
}
const scripts = [glue, loader, workerLoader, workerGlue, 'dateline-element.js', embedJs, 'dateline-embed-host.js', generatorJs];
const sheets = [css, elementCss, embedCss, pagesCss];
let before = 0;
let after = 0;
for (const [names, loader] of [[scripts, 'js'], [sheets, 'css']]) {
  for (const name of names) {
    const source = read(name);
    const { code } = esbuild.transformSync(source, { loader, minify: true, legalComments: 'none' });
    writeFileSync(join(dist, name), code);
    before += source.length;
    after += code.length;
  }
}
// Trunk's subresource-integrity hashes must name the minified bytes.
const integrity = (name) => `sha384-${createHash('sha384').update(readFileSync(join(dist, name))).digest('base64')}`;
for (const page of readdirSync(dist).filter((f) => f.endsWith('.html'))) {
  const html = read(page).replace(/<(link|script)\b[^>]*>/g, (tag) => {
    const file = /\b(?:href|src)="\.\/([^"]+)"/.exec(tag)?.[1];
    if (!file || !/\bintegrity="/.test(tag) || !existsSync(join(dist, file))) return tag;
    return tag.replace(/\bintegrity="[^"]*"/, `integrity="${integrity(file)}"`);
  });
  writeFileSync(join(dist, page), html);
}
say(`minified ${scripts.length} scripts and ${sheets.length} stylesheets: ${before} → ${after} bytes (integrity updated)`);

// --- the single file ---------------------------------------------------------------------------
let glueJs = read(glue);
// wasm-bindgen ends the glue with `export { initSync, __wbg_init as default };` (older
// versions: `export default __wbg_init;`). Exports are harmless in an inline module.
const initName = (/export default (\w+);/.exec(glueJs) ?? /(\w+) as default\b/.exec(glueJs))?.[1];
if (!initName) fail(`${glue} exports no default init function`);
// The wasm is gzipped before base64 (less than half the size, for a file sent by email) and
// inflated with the browser's own DecompressionStream (Chromium 80+, Firefox 113+).
const base64 = gzipSync(readFileSync(join(dist, wasm)), { level: 9 }).toString('base64');
// The worker, too, comes from the page itself: a blob: worker running its glue, with its wasm
// packed the same way (a file:// page may not start a worker from a file).
const workerBase64 = gzipSync(readFileSync(join(dist, workerWasm)), { level: 9 }).toString('base64');
const workerSource = `${read(workerGlue)}
{
  const packed = Uint8Array.from(atob("${workerBase64}"), (c) => c.charCodeAt(0));
  const inflated = new Blob([packed]).stream().pipeThrough(new DecompressionStream("gzip"));
  new Response(inflated).arrayBuffer()
    .then((bytes) => wasm_bindgen({ module_or_path: bytes }))
    .catch((error) => setTimeout(() => { throw new Error(\`the article reader did not load: \${error}\`); }));
}
`;
const boot = `
globalThis.__datelineWorker = () => new Worker(URL.createObjectURL(
  new Blob([${JSON.stringify(workerSource)}], { type: "text/javascript" })));
{
  const packed = Uint8Array.from(atob("${base64}"), (c) => c.charCodeAt(0));
  const inflated = new Blob([packed]).stream().pipeThrough(new DecompressionStream("gzip"));
  const bytes = await new Response(inflated).arrayBuffer();
  const exports = await ${initName}({ module_or_path: bytes });
  window.dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: exports } }));
}
`;
const safe = (code) => code.replace(/<\/script/gi, '<\\/script');
let html = index
  .replace(/<link rel="(modulepreload|preload)"[^>]*>\s*/g, '')
  .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>\n${read(css).replace(/<\/style/gi, '<\\/style')}</style>`)
  // No favicon: the single file has no folder next to it, and opened from a file nothing asks
  // for one.
  .replace(/<link rel="icon" href="favicon.ico">\s*/, '')
  .replace(/<script type="module" src="[^"]*"><\/script>/, () => `<script type="module">\n${safe(glueJs)}\n${boot}</script>`);
if (/\b(src|href)="(\.\/|favicon)/.test(html)) fail('the single file still links a file of the build');
mkdirSync(dirname(single), { recursive: true });
writeFileSync(single, html);
say(`wrote the single-file build ${single}`);

// --- sizes -------------------------------------------------------------------------------------
const gz = (name) => gzipSync(readFileSync(name), { level: 9 }).length;
const total = (names) => names.reduce((sum, n) => sum + gz(join(dist, n)), 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const core = [glue, wasm];
const worker = [workerLoader, workerGlue, workerWasm];
const rows = [
  ['explorer (index.html)', total(['index.html', loader, css, ...core])],
  ['iframe embed (embed.html)', total(['embed.html', loader, css, embedJs, embedCss, ...core])],
  ['custom element (dateline-element.js)', total(['dateline-element.js', elementCss, ...core])],
  ['single file (dateline.html)', gz(single)],
  ['parser worker, when articles are added', total(worker)],
];
say('transfer per way of use (gzip -9):');
for (const [what, bytes] of rows) say(`  ${what.padEnd(40)} ${kb(bytes).padStart(10)}`);
say(`  ${'single file, uncompressed'.padEnd(40)} ${kb(readFileSync(single).length).padStart(10)}`);
