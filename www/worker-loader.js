// The parser worker's script (crates/worker): wasm-bindgen's no-modules glue, then the wasm.
// The explorer starts it (crates/web/src/parser.rs) only when a reader has articles to read.
// The build (scripts/postbuild.mjs) writes a content-hashed copy naming hashed files; this one
// serves `trunk serve`.
importScripts('./dateline-worker.js');
wasm_bindgen({ module_or_path: './dateline-worker_bg.wasm' }).catch((error) => {
  // A rejected promise would stay in here; an error thrown from a task reaches the page's
  // Worker `error` handler, which tells the reader.
  setTimeout(() => {
    throw new Error(`the article reader did not load: ${error}`);
  });
});
