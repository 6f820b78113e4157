//! HTML → article: the page reader (tokens, body choice, JSON-LD, metadata).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let ingested = dateline_core::ingest::read("page", "page.html", bytes);
    assert_eq!(ingested.records.len(), 1, "a page is always one article");
});
