//! Runs the core over the embedded articles at build time and writes their bundle
//! (`$OUT_DIR/seeds.bundle.json`) for `include_str!`: the explorer's first paint then needs
//! only the viewer, and the extraction pipeline stays out of the page's wasm (it is in the
//! parser worker, `crates/worker`, loaded when a reader adds articles). Same core, same
//! sources, same bundle as the browser would compute: `crates/worker`'s tests check that the
//! worker's merge equals `corpus::build_bundle`.

use std::path::PathBuf;

use dateline_core::corpus::{build_bundle, Source};

fn main() {
    // The seeds crate embeds another folder under DATELINE_SEEDS (`./x site`); this script must
    // then run again even when cargo finds nothing else changed.
    println!("cargo:rerun-if-env-changed=DATELINE_SEEDS");
    let sources: Vec<Source<'_>> =
        dateline_seeds::SEEDS.iter().map(|s| Source { id: s.id, bytes: s.bytes }).collect();
    let bundle = build_bundle(&sources);
    let json = serde_json::to_string(&bundle).expect("a bundle always serializes");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("seeds.bundle.json"), json).expect("OUT_DIR is writable");
}
