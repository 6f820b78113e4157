// Runs after `trunk build` (./x build calls it): makes the build work under a strict Content
// Security Policy and adds the ways of embedding it. Node built-ins only; idempotent (it reads
// Trunk's output, which every trunk build writes afresh, and skips a dist it already did).
//
//   node scripts/postbuild.mjs DIST [SINGLE_FILE]
//
// In DIST it
//   1. moves Trunk's inline loader <script type="module"> into loader-<hash>.js, so the pages
//      carry no inline script (CSP `script-src 'self' 'wasm-unsafe-eval'`), and fails on any
//      inline <style> or style="" attribute (CSP `style-src 'self'`);
//   2. writes embed.html (the iframe page: index.html plus embed-<hash>.js/.css);
//   3. writes dateline-element.js (the <dateline-timeline> custom element; a stable name, the
//      one file a host page links) and dateline-element-<hash>.css (style.css for a shadow root);
//   4. copies dateline-embed-host.js (iframe height for host pages), embed-generator.html and
//      demo.html with their scripts and styles;
// then writes SINGLE_FILE (default DIST/../build-output/dateline.html): one HTML file with the
// wasm (gzip, base64), the JS and the CSS inlined, which opens from file://.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

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
/// Writes `data` as `stem-<hash>.ext` in dist and returns the name.
function writeHashed(stem, ext, data) {
  const name = `${stem}-${hash(data)}.${ext}`;
  writeFileSync(join(dist, name), data);
  return name;
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

// --- 1. index.html without inline scripts or styles -------------------------------------------
let index = read('index.html');
const inline = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
let loader = null;
index = index.replace(inline, (_all, attrs, body) => {
  if (!body.trim()) return '';
  if (loader) fail('more than one inline script in index.html');
  loader = writeHashed('loader', 'js', `${body.trim()}\n`);
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
const light = /^:root\s*\{([^}]*)\}/m.exec(style)?.[1];
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
    .replace(/(^|[\s,}])(:root|html|body)(?=\s*[{,])/g, '$1:host')
    .replace(/:focus-visible \{/, ':host :focus-visible {') +
  `\n${forced(':host([theme="%"])')}${www('embed/element.css')}`;
const elementCss = writeHashed('dateline-element', 'css', shadowCss);
const element = www('embed/element.js')
  .replace('__DATELINE_GLUE__', glue)
  .replace('__DATELINE_WASM__', wasm)
  .replace('__DATELINE_CSS__', elementCss);
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

// --- the single file ---------------------------------------------------------------------------
let glueJs = read(glue);
// wasm-bindgen ends the glue with `export { initSync, __wbg_init as default };` (older
// versions: `export default __wbg_init;`). Exports are harmless in an inline module.
const initName = (/export default (\w+);/.exec(glueJs) ?? /(\w+) as default\b/.exec(glueJs))?.[1];
if (!initName) fail(`${glue} exports no default init function`);
// The wasm is gzipped before base64 (less than half the size, for a file sent by email) and
// inflated with the browser's own DecompressionStream (Chromium 80+, Firefox 113+).
const base64 = gzipSync(readFileSync(join(dist, wasm)), { level: 9 }).toString('base64');
const boot = `
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
  .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>\n${style.replace(/<\/style/gi, '<\\/style')}</style>`)
  .replace(/<script type="module" src="[^"]*"><\/script>/, () => `<script type="module">\n${safe(glueJs)}\n${boot}</script>`);
if (/\b(src|href)="\.\//.test(html)) fail('the single file still links a file of the build');
mkdirSync(dirname(single), { recursive: true });
writeFileSync(single, html);
say(`wrote the single-file build ${single}`);

// --- sizes -------------------------------------------------------------------------------------
const gz = (name) => gzipSync(readFileSync(name), { level: 9 }).length;
const total = (names) => names.reduce((sum, n) => sum + gz(join(dist, n)), 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const core = [glue, wasm];
const rows = [
  ['explorer (index.html)', total(['index.html', loader, css, ...core])],
  ['iframe embed (embed.html)', total(['embed.html', loader, css, embedJs, embedCss, ...core])],
  ['custom element (dateline-element.js)', total(['dateline-element.js', elementCss, ...core])],
  ['single file (dateline.html)', gz(single)],
];
say('transfer per way of use (gzip -9):');
for (const [what, bytes] of rows) say(`  ${what.padEnd(40)} ${kb(bytes).padStart(10)}`);
say(`  ${'single file, uncompressed'.padEnd(40)} ${kb(readFileSync(single).length).padStart(10)}`);
