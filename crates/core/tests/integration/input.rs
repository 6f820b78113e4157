//! Decoding every seed: they are valid UTF-8, so no warnings and no copies.

#[test]
fn seeds_decode_without_warnings() {
    for name in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds")).unwrap() {
        let path = name.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let bytes = std::fs::read(&path).unwrap();
            let decoded = dateline_core::decode(&bytes);
            assert!(decoded.warnings.is_empty(), "{}: {:?}", path.display(), decoded.warnings);
            assert_eq!(decoded.text.len(), bytes.len());
        }
    }
}
