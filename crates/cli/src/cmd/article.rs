//! `dateline article FILE`: what the core saw in one article, as JSON.
//!
//! The file is decoded lossily (decoding warnings go to stderr and into the JSON), parsed with
//! `Article::parse`, and printed with every span followed by the text it covers, so anyone can
//! check the reader's guesses without counting bytes.

use std::path::Path;
use std::process::ExitCode;

use dateline_core::article::Article;
use serde_json::Value;

pub fn run(file: &Path) -> ExitCode {
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("dateline: cannot read {}: {e}", file.display());
            return ExitCode::FAILURE;
        }
    };
    let decoded = dateline_core::decode(&bytes);
    for warning in &decoded.warnings {
        eprintln!("dateline: {}: {warning}", file.display());
    }
    let article = Article::parse(&decoded.text);
    let mut json = serde_json::to_value(&article).expect("articles always serialize");
    add_span_texts(&mut json, &decoded.text);
    let out = serde_json::json!({
        "file": file.display().to_string(),
        "bytes": bytes.len(),
        "warnings": decoded.warnings,
        "article": json,
    });
    println!("{}", serde_json::to_string_pretty(&out).expect("JSON values always serialize"));
    ExitCode::SUCCESS
}

/// Adds a `text` field to every object that is a span (`{"start": n, "end": m}`).
fn add_span_texts(value: &mut Value, text: &str) {
    match value {
        Value::Object(map) => {
            let bounds = match (
                map.len(),
                map.get("start").and_then(Value::as_u64),
                map.get("end").and_then(Value::as_u64),
            ) {
                (2, Some(start), Some(end)) => Some((start, end)),
                _ => None,
            };
            if let Some((start, end)) = bounds {
                let span = dateline_core::Span::new(start as usize, end as usize);
                map.insert("text".to_string(), Value::String(span.of(text).to_string()));
            } else {
                map.values_mut().for_each(|v| add_span_texts(v, text));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| add_span_texts(v, text)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_get_their_text_and_other_objects_are_left_alone() {
        let mut v = serde_json::json!({"title": {"start": 0, "end": 5}, "interval": {"start": "2019-06-13", "end": "2019-06-13"}});
        add_span_texts(&mut v, "Koreas agree");
        assert_eq!(v["title"]["text"], "Korea");
        assert!(v["interval"].get("text").is_none());
    }
}
