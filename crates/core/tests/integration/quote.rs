//! The quote scorer: quotation precision and recall, speaker and channel accuracy on the
//! annotated evaluation set in `testdata/quotes/` (the five seeds and the articles written for
//! it; see its README). Run with `cargo test -p dateline-core --test integration quote --
//! --nocapture` to see the figures. It fails below the recorded floors.

use std::path::{Path, PathBuf};

use dateline_core::article::Article;
use dateline_core::entity::{self, Extraction};
use dateline_core::quote::eval::{self, GoldQuote, Score};
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

/// A name's matching key (the core's, so that tests and the CLI agree).
pub fn key(name: &str) -> String {
    eval::name_key(name)
}

fn gold_quotes(a: &Evaluated) -> Vec<GoldQuote> {
    serde_json::from_value(a.gold["quotes"].clone()).unwrap_or_else(|e| panic!("{}: {e}", a.name))
}

fn score(set: &[&Evaluated], verbose: bool) -> Score {
    let mut total = Score::default();
    for a in set {
        let (s, misses) = eval::score(&a.text, &a.quotes, &a.entities, &gold_quotes(a));
        total.add(s);
        if verbose {
            for miss in misses {
                println!("  [{}] {miss:?}", a.name);
            }
        }
    }
    total
}

fn line(label: &str, articles: usize, s: &Score) -> String {
    format!(
        "quotes ({label}, {articles} articles): {} annotated, {} found, {} matched; precision \
         {:.1}%, recall {:.1}%, speaker accuracy {:.1}% ({}/{}), channel accuracy {:.1}%",
        s.gold,
        s.found,
        s.matched,
        100.0 * s.precision(),
        100.0 * s.recall(),
        100.0 * s.speaker_accuracy(),
        s.speaker_right,
        s.matched,
        100.0 * s.channel_accuracy()
    )
}

/// Floors the scorer must stay above (measured figures are in the README).
const MIN_PRECISION: f64 = 0.95;
const MIN_RECALL: f64 = 0.95;
const MIN_SPEAKER_ACCURACY: f64 = 0.95;

#[test]
fn quote_scorer_meets_the_floors() {
    let set = evaluation_set();
    let all: Vec<&Evaluated> = set.iter().collect();
    let total = score(&all, true);
    let groups: [(&str, fn(&str) -> bool); 3] = [
        ("seeds", |n| n.starts_with("seed ")),
        ("written", |n| !n.starts_with("seed ") && !n.contains("heldout")),
        ("held out", |n| n.contains("heldout")),
    ];
    for (label, member) in groups {
        let part: Vec<&Evaluated> = set.iter().filter(|a| member(&a.name)).collect();
        println!("{}", line(label, part.len(), &score(&part, false)));
    }
    println!("{}", line("all", all.len(), &total));
    let (precision, recall, speaker) =
        (total.precision(), total.recall(), total.speaker_accuracy());
    assert!(precision >= MIN_PRECISION, "quote precision {precision:.3} < {MIN_PRECISION}");
    assert!(recall >= MIN_RECALL, "quote recall {recall:.3} < {MIN_RECALL}");
    assert!(
        speaker >= MIN_SPEAKER_ACCURACY,
        "speaker accuracy {speaker:.3} < {MIN_SPEAKER_ACCURACY}"
    );
}

#[test]
fn every_direct_quote_in_the_seeds_has_the_right_speaker() {
    let set = evaluation_set();
    let seeds: Vec<&Evaluated> = set.iter().filter(|a| a.name.starts_with("seed ")).collect();
    let s = score(&seeds, false);
    assert_eq!(s.matched, s.gold, "every seed quotation is found");
    assert_eq!(s.speaker_right, s.matched, "every seed quotation has the right speaker");
}
