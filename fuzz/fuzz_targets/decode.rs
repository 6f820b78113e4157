//! Bytes → article text: the lossy decoder and the format sniffing every file goes through.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let decoded = dateline_core::decode(bytes);
    // Lossy decoding keeps every valid byte: the text is never shorter than the valid prefix.
    let valid = std::str::from_utf8(bytes).map_or_else(|e| e.valid_up_to(), |s| s.len());
    assert!(decoded.text.len() >= valid);
    let _ = dateline_core::ingest::Format::of("input", bytes);
    let _ = dateline_core::input::first_line(&decoded.text);
});
