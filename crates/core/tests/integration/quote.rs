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
    type Membership = fn(&str) -> bool;
    let groups: [(&str, Membership); 3] = [
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

/// Runs the whole reading: article, entities, quotations; checks every span fits the text.
fn read_all(text: &str) -> (Extraction, Vec<Quote>) {
    let article = Article::parse(text);
    let mut entities = entity::extract_article(text, &article);
    let quotes = quote::extract_article(text, &article, &entities);
    // Unnamed speakers ("a spokesman said") are entities once recorded, as the pipeline does.
    quote::record_unnamed_speakers(text, &quotes, &mut entities);
    for e in &entities.entities {
        for m in &e.mentions {
            assert!(text.get(m.start..m.end).is_some(), "mention {m:?} of {}", e.id);
        }
    }
    for q in &quotes {
        assert!(text.get(q.span.start..q.span.end).is_some() && q.span.contains(q.text));
        for id in q.speaker.iter().chain(&q.channel) {
            assert!(entities.by_id(id).is_some(), "dangling id {id}");
        }
    }
    (entities, quotes)
}

/// An article of about `bytes` bytes, made of paragraphs with names, titles and quotations.
fn long_article(bytes: usize) -> String {
    let paragraphs = [
        "North Korean leader Kim Jong Un met South Korean President Moon Jae-in in Seoul.",
        "“We will not go back,” Kim said. “The door is open.”",
        "Leif-Eric Easley, a professor at Ewha University, said the talks were “a reminder.”",
        "According to the North's state news agency KCNA, Moon said he wants “peace.”",
        "“It could happen,” he added, as Mr Kim smiled: “Yes.”",
        "Ho cautioned, \"we shouldn't jump to conclusions,\" Reuters reported.",
    ];
    let mut out = String::from("Leaders meet\n\n");
    let mut k = 0;
    while out.len() < bytes {
        out.push_str(paragraphs[k % paragraphs.len()]);
        out.push_str("\n\n");
        k += 1;
    }
    out
}

fn time_read(text: &str) -> f64 {
    crate::fastest(1, || {
        let (entities, quotes) = read_all(text);
        assert!(!entities.entities.is_empty() && !quotes.is_empty());
    })
}

#[test]
fn entity_and_quote_time_grows_linearly_with_the_text() {
    let small = long_article(50_000);
    let large = long_article(250_000);
    time_read(&small);
    let t1 = time_read(&small).min(time_read(&small)).min(time_read(&small));
    let t5 = time_read(&large).min(time_read(&large)).min(time_read(&large));
    let ratio = t5 / t1;
    println!("entities+quotes: 50 KB {t1:.3}s, 250 KB {t5:.3}s, ratio {ratio:.2}");
    // Linear is a ratio near 5; quadratic would be near 25. The bound is loose on purpose.
    assert!(ratio < 10.0, "5x the text took {ratio:.1}x the time");
}

#[test]
fn one_run_on_sentence_without_punctuation_stays_linear() {
    // A ratio of two sizes, each the fastest of three runs, not a time limit: on a busy machine
    // a limit fails for the wrong reason.
    let time = |reps: usize| {
        let words = "Kim Jong Un said Moon Jae-in told “Park” that ".repeat(reps);
        crate::fastest(3, || {
            read_all(&words);
        })
    };
    let (t1, t4) = (time(1_000), time(4_000));
    let ratio = t4 / t1.max(1e-6);
    println!("run-on sentence: 1,000 phrases {t1:.3}s, 4,000 {t4:.3}s, ratio {ratio:.2}");
    // Linear is a ratio near 4; quadratic would be near 16.
    assert!(ratio < 9.0, "4x the sentence took {ratio:.1}x the time");
}

mod properties {
    use super::read_all;
    use proptest::prelude::*;

    /// Strings made of the pieces quotations and names are made of, so that the rules fire.
    fn quote_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("\n".to_string()),
            Just("\n\n".to_string()),
            Just(" ".to_string()),
            Just("“".to_string()),
            Just("”".to_string()),
            Just("\"".to_string()),
            Just("'".to_string()),
            Just("‘".to_string()),
            Just("’".to_string()),
            Just("Kim Jong-Un".to_string()),
            Just("Mr Kim".to_string()),
            Just(" said".to_string()),
            Just(", he added.".to_string()),
            Just("according to ".to_string()),
            Just("the North's state news agency KCNA".to_string()),
            Just("S. Rajaratnam School of International Studies".to_string()),
            Just(", a professor at Ewha University,".to_string()),
            Just("By Kim Ji-eun, staff reporter".to_string()),
            Just("Secretary of State".to_string()),
            Just(" bin ".to_string()),
            Just("(KCNA)".to_string()),
            Just(": ".to_string()),
            Just("é한글عربي".to_string()),
            "[A-Za-z .,;:!?\"'()\\[\\]—-]{0,40}",
            any::<String>(),
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn entities_and_quotes_never_panic_and_spans_fit(text in quote_like()) {
            read_all(&text);
        }

        #[test]
        fn arbitrary_strings_never_panic(text in any::<String>()) {
            read_all(&text);
        }
    }
}
