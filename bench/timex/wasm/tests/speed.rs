//! Tags the 256 TBAQ news texts repeatedly (about 20 MB) in the browser and reports MB/s. The
//! figure is printed and the test then fails on purpose, so that the runner shows the output.

#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn timex_speed_in_chromium() {
    let corpus = include_str!("../../../../../shared/bench/timex/tbaq.jsonl");
    let docs: Vec<(String, Option<jiff::civil::Date>)> = corpus
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            let text = v["text"].as_str().unwrap_or("").to_string();
            (text, v["dct"].as_str().and_then(|d| d.parse().ok()))
        })
        .collect();
    let start = js_sys::Date::now();
    let (mut bytes, mut found) = (0usize, 0usize);
    while bytes < 20_000_000 {
        for (text, dct) in &docs {
            found += dateline_core::timex::tag(text, *dct).len();
            bytes += text.len();
        }
    }
    let secs = (js_sys::Date::now() - start) / 1000.0;
    let mb_s = bytes as f64 / 1e6 / secs;
    let line = format!("TIMEX_WASM bytes={bytes} seconds={secs:.3} timexes={found} mb_per_s={mb_s:.2}");
    console_log!("{line}");
    panic!("{line}");
}
