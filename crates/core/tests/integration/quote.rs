//! The quote scorer: quotation precision and recall, speaker and channel accuracy on the
//! annotated evaluation set in `testdata/quotes/` (the five seeds and the articles written for
//! it; see its README). Run with `cargo test -p dateline-core --test integration quote --
//! --nocapture` to see the figures. It fails below the recorded floors.

use std::path::{Path, PathBuf};

use dateline_core::article::Article;
use dateline_core::entity::{self, Extraction};
use dateline_core::quote::{self, Quote};
use serde_json::Value;

/// One annotated article with what the core found in it.
pub struct Evaluated {
    pub name: String,
    pub text: String,
    pub gold: Value,
    pub entities: Extraction,
    pub quotes: Vec<Quote>,
}

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/quotes")
}

fn gold(path: &Path) -> Value {
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn evaluate(name: String, text: String, gold: Value) -> Evaluated {
    let article = Article::parse(&text);
    let entities = entity::extract_article(&text, &article);
    let quotes = quote::extract_article(&text, &article, &entities);
    Evaluated { name, text, gold, entities, quotes }
}

/// The evaluation set: seeds (text from the embedded corpus) and written articles.
pub fn evaluation_set() -> Vec<Evaluated> {
    let mut out = Vec::new();
    for seed in dateline_seeds::SEEDS {
        let path = testdata().join("seeds").join(format!("{}.gold.json", seed.id));
        let text = dateline_core::decode(seed.bytes).text.into_owned();
        out.push(evaluate(format!("seed {}", seed.id), text, gold(&path)));
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(testdata().join("articles"))
        .expect("testdata/quotes/articles")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("article text");
        let gold_path = path.with_extension("gold.json");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        out.push(evaluate(name, text, gold(&gold_path)));
    }
    out
}

/// A name's matching key: lowercase letters and digits, without a leading "the".
pub fn key(name: &str) -> String {
    let k: String =
        name.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    let lower = name.trim().to_lowercase();
    if lower.starts_with("the ") {
        return k.trim_start_matches("the").to_string();
    }
    k
}

/// Quoted words compared without marks, blanks or edge punctuation.
fn normalized(text: &str) -> String {
    let stripped: String = text
        .chars()
        .filter(|c| !matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»' | '„'))
        .collect();
    let words: Vec<&str> = stripped.split_whitespace().collect();
    words.join(" ").trim_matches(|c: char| matches!(c, ',' | '.' | ' ' | ':' | ';')).to_string()
}

/// Whether the predicted entity id names the gold person (or both are absent).
fn same_actor(x: &Extraction, predicted: &Option<String>, gold: &Value) -> bool {
    match (predicted, gold.as_str()) {
        (None, None) => true,
        (Some(id), Some(name)) => x.by_id(id).is_some_and(|e| {
            let k = key(name);
            key(&e.name) == k || e.aliases.iter().any(|a| key(a) == k)
        }),
        _ => false,
    }
}

#[derive(Default, Debug)]
struct Tally {
    gold: usize,
    predicted: usize,
    matched: usize,
    speaker_right: usize,
    channel_right: usize,
}

fn score(set: &[Evaluated], verbose: bool) -> Tally {
    let mut t = Tally::default();
    for a in set {
        let gold_quotes = a.gold["quotes"].as_array().cloned().unwrap_or_default();
        t.gold += gold_quotes.len();
        t.predicted += a.quotes.len();
        let mut used = vec![false; a.quotes.len()];
        for g in &gold_quotes {
            let want = normalized(g["text"].as_str().unwrap_or(""));
            let found = (0..a.quotes.len())
                .find(|&i| !used[i] && normalized(a.quotes[i].text.of(&a.text)) == want);
            let Some(i) = found else {
                if verbose {
                    println!("  missed [{}] {want:.60}", a.name);
                }
                continue;
            };
            used[i] = true;
            t.matched += 1;
            let q = &a.quotes[i];
            let speaker_ok = same_actor(&a.entities, &q.speaker, &g["speaker"]);
            t.speaker_right += usize::from(speaker_ok);
            t.channel_right += usize::from(same_actor(&a.entities, &q.channel, &g["channel"]));
            if verbose && !speaker_ok {
                let got = q.speaker.as_ref().and_then(|id| a.entities.by_id(id)).map(|e| &e.name);
                println!("  speaker [{}] {want:.50}: got {got:?}, want {}", a.name, g["speaker"]);
            }
        }
        if verbose {
            for q in a.quotes.iter().zip(&used).filter(|(_, u)| !**u).map(|(q, _)| q) {
                println!("  extra [{}] {:.60}", a.name, q.text.of(&a.text));
            }
        }
    }
    t
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        1.0
    } else {
        n as f64 / d as f64
    }
}

/// Floors the scorer must stay above (measured figures are in the README).
const MIN_PRECISION: f64 = 0.95;
const MIN_RECALL: f64 = 0.95;
const MIN_SPEAKER_ACCURACY: f64 = 0.95;

#[test]
fn quote_scorer_meets_the_floors() {
    let set = evaluation_set();
    let t = score(&set, true);
    let precision = ratio(t.matched, t.predicted);
    let recall = ratio(t.matched, t.gold);
    let speaker = ratio(t.speaker_right, t.matched);
    let channel = ratio(t.channel_right, t.matched);
    println!(
        "quotes: {} articles, {} gold, {} found, {} matched; precision {:.1}%, recall {:.1}%, \
         speaker accuracy {:.1}%, channel accuracy {:.1}%",
        set.len(),
        t.gold,
        t.predicted,
        t.matched,
        100.0 * precision,
        100.0 * recall,
        100.0 * speaker,
        100.0 * channel
    );
    assert!(precision >= MIN_PRECISION, "quote precision {precision:.3} < {MIN_PRECISION}");
    assert!(recall >= MIN_RECALL, "quote recall {recall:.3} < {MIN_RECALL}");
    assert!(
        speaker >= MIN_SPEAKER_ACCURACY,
        "speaker accuracy {speaker:.3} < {MIN_SPEAKER_ACCURACY}"
    );
}

#[test]
fn every_direct_quote_in_the_seeds_has_the_right_speaker() {
    let seeds: Vec<Evaluated> =
        evaluation_set().into_iter().filter(|a| a.name.starts_with("seed ")).collect();
    let t = score(&seeds, false);
    assert_eq!(t.matched, t.gold, "every seed quotation is found");
    assert_eq!(t.speaker_right, t.matched, "every seed quotation has the right speaker");
}

#[test]
fn the_scorer_notices_a_wrong_speaker() {
    // The scorer itself: a gold file naming another speaker must count as wrong.
    let text = "“We are ready,” Donald Trump said.".to_string();
    let wrong = serde_json::json!({"quotes": [{"text": "We are ready,", "speaker": "John Bolton", "channel": null}]});
    let right = serde_json::json!({"quotes": [{"text": "We are ready,", "speaker": "Donald Trump", "channel": null}]});
    let t = score(&[evaluate("wrong".into(), text.clone(), wrong)], false);
    assert_eq!((t.matched, t.speaker_right), (1, 0));
    let t = score(&[evaluate("right".into(), text, right)], false);
    assert_eq!((t.matched, t.speaker_right), (1, 1));
}
