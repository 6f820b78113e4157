//! `dateline quotes FILE...`: the direct quotations of each article and who said them, as JSON
//! with spans (and the text of each span, for reading): the speaker's entity id and name, and
//! `speaker_mention`, the words of the attribution that name the speaker ("he", "the
//! senator", "Elizabeth Warren"), which coreference resolved to that entity.
//!
//! `dateline quotes --score DIR` scores the core against an annotated folder (`NAME.txt` with
//! `NAME.gold.json`, as in `crates/core/testdata/quotes/articles/`): one JSON line per article
//! with its counts and misses, then the totals.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use dateline_core::article::Article;
use dateline_core::quote::eval::{self, GoldQuote, Score};
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
                    "speaker_mention": q.speaker_mention.map(|m| span_json(&text, m)),
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

/// The annotations next to an article: `NAME.gold.json`'s "quotes".
fn gold_of(article: &Path) -> Result<Vec<GoldQuote>, String> {
    let path = article.with_extension("gold.json");
    let raw = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: Value =
        serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_value(value["quotes"].clone()).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn score(dir: &Path) -> ExitCode {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect(),
        Err(e) => {
            eprintln!("dateline: {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    files.sort();
    let mut failed = false;
    let mut total = Score::default();
    for (name, text) in read(&files, &mut failed) {
        let gold = match gold_of(Path::new(&name)) {
            Ok(gold) => gold,
            Err(e) => {
                eprintln!("dateline: {e}");
                failed = true;
                continue;
            }
        };
        let article = Article::parse(&text);
        let found = entity::extract_article(&text, &article);
        let quotes = quote::extract_article(&text, &article, &found);
        let (s, misses) = eval::score(&text, &quotes, &found, &gold);
        total.add(s);
        println!("{}", json!({ "file": name, "score": s, "misses": misses }));
    }
    println!(
        "{}",
        json!({
            "total": total,
            "precision": total.precision(),
            "recall": total.recall(),
            "speaker_accuracy": total.speaker_accuracy(),
            "channel_accuracy": total.channel_accuracy(),
        })
    );
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
