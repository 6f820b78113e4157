//! The core compiled to `wasm32-unknown-unknown`, run in headless Chromium by
//! `wasm-bindgen-test-runner` (`./x test`). These check that what the web app relies on behaves
//! in the browser exactly as natively: decoding, spans and date arithmetic on the embedded seeds,
//! and the embedded syntax model (it loads, and reads a sentence as it does natively).
//! The whole pipeline in the browser is checked by `crates/web/tests/wasm.rs`: the bundle of
//! the seeds made in Chromium must equal, field for field, the one made natively at build time
//! (whose events `tests/integration` checks). Natively this file compiles to nothing.

#![cfg(target_arch = "wasm32")]

use dateline_core::doc::syntax::{Model, Rel, Upos};
use dateline_core::doc::Doc;
use dateline_core::{decode, input::first_line, Interval, Precision, Span};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn every_embedded_seed_decodes_cleanly_in_the_browser() {
    assert!(!dateline_seeds::SEEDS.is_empty());
    for seed in dateline_seeds::SEEDS {
        let decoded = decode(seed.bytes);
        assert!(decoded.warnings.is_empty(), "{}: {:?}", seed.id, decoded.warnings);
        let first = first_line(&decoded.text);
        assert!(!first.is_empty(), "{} has a first line", seed.id);
    }
}

#[wasm_bindgen_test]
fn invalid_utf8_is_reported_not_fatal_in_the_browser() {
    let decoded = decode(b"Seoul \xff said");
    assert_eq!(decoded.text, "Seoul \u{fffd} said");
    assert_eq!(decoded.warnings.len(), 1);
}

#[wasm_bindgen_test]
fn spans_are_byte_offsets_in_the_browser_too() {
    // 'é' is two bytes in UTF-8 (one UTF-16 unit): the core must not count JS string units.
    let text = "Séoul";
    assert_eq!(Span::new(0, 3).of(text), "Sé");
}

#[wasm_bindgen_test]
fn calendar_arithmetic_works_in_the_browser() {
    let july = Interval::new(
        jiff::civil::date(2021, 7, 1),
        jiff::civil::date(2021, 7, 31),
        Precision::Month,
    );
    assert_eq!(july.days(), 31);
}

#[wasm_bindgen_test]
fn the_embedded_syntax_model_loads_and_parses_in_the_browser() {
    // The trained model, not the empty fallback `Model::embedded` would give if it failed.
    assert!(Model::embedded().info.starts_with("data: UD English EWT"));
    let text = "The court rejected the appeal on Thursday.";
    let mut doc = Doc::new(text);
    doc.set_sentences(&[Span::new(0, text.len())]);
    doc.parse_syntax();
    let tree = doc.tree(0).expect("one sentence");
    let t = &tree.tree;
    assert_eq!(t.roots().collect::<Vec<_>>(), [2]);
    assert_eq!(t.upos(2), Upos::Verb);
    assert_eq!(t.lemma(2), "reject");
    assert_eq!(t.subject(2), Some(1));
    assert_eq!(t.objects(2).collect::<Vec<_>>(), [4]);
    assert_eq!(t.rel(6), Rel::OBL);
}
