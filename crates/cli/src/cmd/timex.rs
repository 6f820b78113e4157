//! `dateline timex`: the temporal expressions of one text as a JSON array
//! `[{"start","end","text","type","value","mod"?}]` (UTF-8 byte offsets into the input exactly
//! as given), the interface the TIMEX3 benchmark scores; `--bench` measures tagging speed.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use dateline_core::timex::{tag, Timex};
use jiff::civil::Date;

fn to_json(text: &str, timexes: &[Timex]) -> serde_json::Value {
    let rows: Vec<serde_json::Value> = timexes
        .iter()
        .map(|t| {
            let mut row = serde_json::json!({
                "start": t.span.start,
                "end": t.span.end,
                "text": t.span.of(text),
                "type": t.kind.as_str(),
                "value": t.value,
            });
            if let Some(m) = t.modifier {
                row["mod"] = m.as_str().into();
            }
            if let Some(i) = t.interval {
                row["interval"] = serde_json::json!({
                    "start": i.start.to_string(),
                    "end": i.end.to_string(),
                    "precision": i.precision.as_str(),
                });
            }
            row
        })
        .collect();
    serde_json::Value::Array(rows)
}

/// Runs the subcommand: tagging, or with `bench` the speed measurement (which needs the JSONL
/// corpus as FILE).
pub fn dispatch(
    file: Option<PathBuf>,
    dct: Option<Date>,
    bench: bool,
    bench_mb: usize,
) -> ExitCode {
    match (bench, file) {
        (true, Some(path)) => self::bench(&path, bench_mb),
        (true, None) => {
            eprintln!("dateline timex --bench: give the JSONL corpus as FILE");
            ExitCode::FAILURE
        }
        (false, file) => run(dct, file.as_deref()),
    }
}

/// Tags `file` (or stdin) with `dct` as the anchor and prints the JSON array.
pub fn run(dct: Option<Date>, file: Option<&Path>) -> ExitCode {
    let bytes = match file {
        Some(path) => match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("dateline timex: {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        },
        None => {
            let mut b = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut b) {
                eprintln!("dateline timex: stdin: {e}");
                return ExitCode::FAILURE;
            }
            b
        }
    };
    // Offsets must be into the input exactly as given: valid UTF-8 is used as is; anything
    // else is decoded lossily (offsets then refer to the decoded text, and a warning says so).
    let decoded = dateline_core::decode(&bytes);
    for w in &decoded.warnings {
        eprintln!("dateline timex: {w:?}");
    }
    let text = decoded.text.as_ref();
    let timexes = tag(text, dct);
    println!("{}", to_json(text, &timexes));
    ExitCode::SUCCESS
}

/// Tags the texts of a TBAQ-style JSONL file (one `{"text", "dct"}` object per line), repeated
/// until about `megabytes` MB, on one core, and prints the throughput.
pub fn bench(jsonl: &Path, megabytes: usize) -> ExitCode {
    let content = match std::fs::read_to_string(jsonl) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("dateline timex --bench: {}: {e}", jsonl.display());
            return ExitCode::FAILURE;
        }
    };
    let docs: Vec<(String, Option<Date>)> = content
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| {
            let text = v.get("text")?.as_str()?.to_string();
            let dct = v.get("dct").and_then(|d| d.as_str()).and_then(|d| d.parse().ok());
            Some((text, dct))
        })
        .collect();
    let corpus_bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    if corpus_bytes == 0 {
        eprintln!("dateline timex --bench: no texts in {}", jsonl.display());
        return ExitCode::FAILURE;
    }
    let target = megabytes.max(1) * 1_000_000;
    let start = Instant::now();
    let (mut bytes, mut found) = (0usize, 0usize);
    while bytes < target {
        for (text, dct) in &docs {
            found += tag(text, *dct).len();
            bytes += text.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mb_s = bytes as f64 / 1e6 / secs;
    println!("{{\"bytes\": {bytes}, \"seconds\": {secs:.3}, \"timexes\": {found}, \"mb_per_s\": {mb_s:.2}}}");
    ExitCode::SUCCESS
}
