//! The whole pipeline on one text: decode, read, syntax, timexes, entities, quotes, events,
//! the corpus merge and the bundle's JSON.
#![no_main]
use dateline_core::corpus::{analyze, assemble, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        // The syntax model is decoded once per process, on first use (over a second under
        // the sanitizers): done here, so that no input is charged with it.
        let _ = analyze(Source { id: "warm-up", bytes: b"Warm up.\n\nThe model is read once." });
    },
    |bytes: &[u8]| {
        let bundle = assemble(vec![analyze(Source { id: "fuzz", bytes })]);
        let article = &bundle.articles[0];
        for timex in &article.timexes {
            assert!(timex.start <= timex.end && timex.end <= article.text.len());
            assert!(
                article.text.is_char_boundary(timex.start)
                    && article.text.is_char_boundary(timex.end)
            );
        }
        serde_json::to_string(&bundle).expect("a bundle always serializes");
    }
);
