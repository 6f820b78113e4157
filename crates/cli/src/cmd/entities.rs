//! `dateline entities FILE...`: the people, organizations and places of each article, as JSON
//! with spans (and the text of each span, for reading); with several files, a last line gives
//! the corpus's entities, one id per real-world entity, and each article's ids mapped to them.

use std::path::PathBuf;
use std::process::ExitCode;

use dateline_core::article::Article;
use dateline_core::{entity, Span};
use serde_json::{json, Value};

/// A span with its text.
pub fn span_json(text: &str, span: Span) -> Value {
    json!({ "start": span.start, "end": span.end, "text": span.of(text) })
}

/// Reads each file and decodes it; a file that cannot be read is named on stderr.
pub fn read(files: &[PathBuf], failed: &mut bool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for path in files {
        match std::fs::read(path) {
            Ok(bytes) => out.push((
                path.display().to_string(),
                dateline_core::decode(&bytes).text.into_owned(),
            )),
            Err(e) => {
                eprintln!("dateline: {}: {e}", path.display());
                *failed = true;
            }
        }
    }
    out
}

pub fn run(files: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    let mut extractions = Vec::new();
    let mut names = Vec::new();
    for (name, text) in read(files, &mut failed) {
        let article = Article::parse(&text);
        let found = entity::extract_article(&text, &article);
        let entities: Vec<Value> = found
            .entities
            .iter()
            .map(|e| {
                json!({
                    "id": e.id,
                    "name": e.name,
                    "kind": e.kind,
                    "aliases": e.aliases,
                    "roles": e.roles.iter().map(|r| json!({"text": r.text, "source": span_json(&text, r.source)})).collect::<Vec<_>>(),
                    "mentions": e.mentions.iter().map(|&m| span_json(&text, m)).collect::<Vec<_>>(),
                    "media": e.media,
                    "author": e.author,
                })
            })
            .collect();
        println!("{}", json!({ "file": name, "entities": entities }));
        extractions.push(found);
        names.push(name);
    }
    if extractions.len() > 1 {
        let merged = entity::corpus::merge(&extractions);
        println!(
            "{}",
            json!({ "corpus": { "files": names, "entities": merged.entities, "ids": merged.ids } })
        );
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
