//! The viewer's bundle reader: any bytes as `dateline.bundle/1` JSON (the page reads bundles
//! it did not make: `?bundle=`, `src=`). Read back, a bundle written again is the same.
#![no_main]
use dateline_core::bundle::Bundle;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    if let Ok(bundle) = serde_json::from_str::<Bundle>(text) {
        let json = serde_json::to_string(&bundle).expect("a bundle always serializes");
        let again: Bundle = serde_json::from_str(&json).expect("a written bundle reads back");
        assert_eq!(again, bundle);
    }
});
