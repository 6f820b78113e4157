//! The core compiled to `wasm32-unknown-unknown`, run in headless Chromium by
//! `wasm-bindgen-test-runner` (`./x test`). These check that what the web app relies on behaves
//! in the browser exactly as natively: decoding, spans and date arithmetic on the embedded seeds.
//! Natively this file compiles to nothing; the native suite is `tests/integration`.

#![cfg(target_arch = "wasm32")]

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
fn the_whole_pipeline_runs_in_the_browser() {
    use dateline_core::corpus::{build_bundle, Source};
    let sources: Vec<Source<'_>> =
        dateline_seeds::SEEDS.iter().map(|s| Source { id: s.id, bytes: s.bytes }).collect();
    let bundle = build_bundle(&sources);
    assert_eq!(bundle.articles.len(), sources.len());
    // The July 2021 channels: one event, day-precise, from two articles (one dated only by
    // corroboration), exactly as natively.
    let restored = bundle
        .events
        .iter()
        .find(|e| {
            e.kind == "communication"
                && e.when.precision == Precision::Day
                && e.when.start == jiff::civil::date(2021, 7, 27)
        })
        .expect("the restored channels");
    let mut from: Vec<&str> = restored.sources.iter().map(|s| s.article.as_str()).collect();
    from.dedup();
    assert!(from.len() >= 2, "{from:?}");
    assert!(bundle.articles.iter().all(|a| a.published.is_some()));
}
