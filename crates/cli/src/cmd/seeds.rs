//! `dateline seeds`: what the embedded corpus holds.

use std::process::ExitCode;

pub fn run() -> ExitCode {
    for seed in dateline_seeds::SEEDS {
        let decoded = dateline_core::decode(seed.bytes);
        let first = dateline_core::input::first_line(&decoded.text);
        let line = serde_json::json!({
            "id": seed.id,
            "bytes": seed.bytes.len(),
            "first_line": first.of(&decoded.text),
        });
        println!("{line}");
    }
    ExitCode::SUCCESS
}
