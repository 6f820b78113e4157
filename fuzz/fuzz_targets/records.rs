//! JSON Lines, CSV and metadata tables → records: every record read or named as bad.
#![no_main]
use dateline_core::ingest::{self, MetadataTable};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    for name in ["export.jsonl", "export.csv"] {
        let ingested = ingest::read("export", name, bytes);
        for record in &ingested.records {
            assert!(
                !record.text.trim().is_empty(),
                "a record without text is an error, not a record"
            );
        }
    }
    let text = String::from_utf8_lossy(bytes);
    for name in ["metadata.tsv", "metadata.csv"] {
        if let Ok((table, _errors)) = MetadataTable::read(name, &text) {
            let _ = table.get("article.txt");
        }
    }
});
