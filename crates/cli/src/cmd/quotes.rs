//! `dateline quotes FILE...`: the direct quotations of each article and who said them, as JSON
//! with spans (and the text of each span, for reading).

use std::path::PathBuf;
use std::process::ExitCode;

use dateline_core::article::Article;
use dateline_core::{entity, quote};
use serde_json::{json, Value};

use super::entities::{read, span_json};

pub fn run(files: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    for (name, text) in read(files, &mut failed) {
        let article = Article::parse(&text);
        let found = entity::extract_article(&text, &article);
        let name_of = |id: &Option<String>| {
            id.as_ref().and_then(|id| found.by_id(id)).map(|e| e.name.clone())
        };
        let quotes: Vec<Value> = quote::extract_article(&text, &article, &found)
            .iter()
            .map(|q| {
                json!({
                    "span": span_json(&text, q.span),
                    "text": span_json(&text, q.text),
                    "speaker": q.speaker,
                    "speaker_name": name_of(&q.speaker),
                    "channel": q.channel,
                    "channel_name": name_of(&q.channel),
                    "cue": q.cue.map(|c| span_json(&text, c)),
                })
            })
            .collect();
        println!("{}", json!({ "file": name, "quotes": quotes }));
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
