// Short names for the imports of a wasm-bindgen module (`shortenImports`), used by
// postbuild.mjs. wasm-bindgen names every function the wasm imports from its JS glue
// `__wbg_<name>_<16 hex digits>`, once in the wasm's import section and once as a key of the
// glue's import object, under a module name repeated in every import entry
// ("./dateline-web_bg.js"). The hex digits do not compress: over the page's 200-odd imports
// the names cost about 4 KB of gzip. Renamed to `a`, `b`, ... `aa`, ... in both files (and the
// module to `w`), the two stay consistent and nothing else changes: no import is added,
// removed or reordered.

/// Reads an unsigned LEB128 at `at`: [value, next offset].
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/// `value` as unsigned LEB128 bytes.
function toLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/// The `n`th short name: a … z, A … Z, then two letters, and so on (valid JS identifiers).
export function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return name;
}

/// The import entries of `wasm` (a Uint8Array): each with its module and field names and the
/// bytes of its description, and where the import section lies.
function readImports(wasm) {
  const text = new TextDecoder();
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = leb(wasm, at + 1);
    if (id === 2) {
      const entries = [];
      let [count, p] = leb(wasm, body);
      for (; count > 0; count--) {
        const name = () => {
          const [length, start] = leb(wasm, p);
          p = start + length;
          return text.decode(wasm.subarray(start, p));
        };
        const module = name();
        const field = name();
        const descStart = p;
        const kind = wasm[p++];
        const skipLeb = () => {
          p = leb(wasm, p)[1];
        };
        const limits = () => {
          const flags = wasm[p++];
          skipLeb();
          if (flags & 1) skipLeb();
        };
        if (kind === 0) skipLeb(); // function: its type
        else if (kind === 1) {
          p++; // table: its element type, then limits
          limits();
        } else if (kind === 2) limits(); // memory
        else if (kind === 3) p += 2; // global: value type, mutability
        else if (kind === 4) {
          p++; // tag: attribute, then type
          skipLeb();
        } else throw new Error(`import of unknown kind ${kind}`);
        entries.push({ module, field, desc: wasm.subarray(descStart, p) });
      }
      return { entries, start: at, end: body + size };
    }
    at = body + size;
  }
  return null;
}

/// Renames the glue's imports in `wasm` (bytes) and `js` (its glue's text). Returns the new
/// wasm and JS and how many names changed; a name is renamed only if the glue holds it exactly
/// once (as its import object's key), so that both files always agree.
export function shortenImports(wasm, js) {
  const found = readImports(wasm);
  if (!found) return { wasm, js, renamed: 0 };
  const occurrences = (name) =>
    js.match(new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}(?![\\w$])`, 'g'))?.length ?? 0;
  const quoted = (module) => js.split(JSON.stringify(module)).length - 1;
  const modules = new Map();
  const fields = new Map();
  let next = 0;
  for (const { module, field } of found.entries) {
    if (!/^__wb(g|indgen)_\w+$/.test(field) || fields.has(field)) continue;
    if (occurrences(field) !== 1) continue;
    // (Keys of one object literal: a short name cannot meet another key, which all start with
    // `__`; `w` is kept for the module.)
    let name;
    do name = shortName(next++);
    while (name === 'w');
    fields.set(field, name);
    if (!modules.has(module)) modules.set(module, quoted(module) === 1 && !/"w"/.test(js) ? 'w' : module);
  }
  if (fields.size === 0) return { wasm, js, renamed: 0 };
  const encoder = new TextEncoder();
  const nameBytes = (s) => {
    const b = encoder.encode(s);
    return [...toLeb(b.length), ...b];
  };
  const body = [...toLeb(found.entries.length)];
  for (const { module, field, desc } of found.entries) {
    body.push(...nameBytes(modules.get(module) ?? module), ...nameBytes(fields.get(field) ?? field), ...desc);
  }
  const section = [2, ...toLeb(body.length), ...body];
  const out = new Uint8Array(wasm.length - (found.end - found.start) + section.length);
  out.set(wasm.subarray(0, found.start), 0);
  out.set(section, found.start);
  out.set(wasm.subarray(found.end), found.start + section.length);
  for (const [field, name] of fields) {
    js = js.replace(new RegExp(`(?<![\\w$])${field}(?![\\w$])`), name);
  }
  for (const [module, name] of modules) {
    if (name !== module) js = js.replace(JSON.stringify(module), JSON.stringify(name));
  }
  return { wasm: out, js, renamed: fields.size };
}
