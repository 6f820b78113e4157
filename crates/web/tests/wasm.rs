//! The page shows the embedded articles' bundle that `build.rs` made natively at build time;
//! the parser worker computes bundles in the browser. Both must be the same core's answer:
//! this runs the core on the embedded articles inside headless Chromium (`./x test`, through
//! `wasm-bindgen-test-runner`) and compares with the bundle the build embedded. Natively this
//! file compiles to nothing (`library.rs` checks the same natively).

#![cfg(target_arch = "wasm32")]

use dateline_core::bundle::Bundle;
use dateline_core::corpus::{build_bundle, Source};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_embedded_bundle_is_what_the_core_makes_in_the_browser() {
    let embedded: Bundle =
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/seeds.bundle.json")))
            .expect("the build wrote a bundle");
    let sources: Vec<Source<'_>> =
        dateline_seeds::SEEDS.iter().map(|s| Source { id: s.id, bytes: s.bytes }).collect();
    let in_browser = build_bundle(&sources);
    assert!(!in_browser.events.is_empty());
    assert_eq!(in_browser, embedded);
}
