//! `Article::parse` on the five seeds (snapshots plus explicit checks), on the fixtures in
//! `testdata/articles/` (each with an `.expected.json`), on arbitrary strings (property tests:
//! no panic, every non-blank byte covered exactly once) and on large inputs (linear time).

use std::path::{Path, PathBuf};

use dateline_core::article::{Article, PublishedDate, SetAsideKind};
use dateline_core::Span;
use jiff::civil::{date, Date};
use serde_json::{json, Value};

fn seed(id_prefix: &str) -> (String, String) {
    let s =
        dateline_seeds::SEEDS.iter().find(|s| s.id.starts_with(id_prefix)).expect("seed exists");
    (s.id.to_string(), dateline_core::decode(s.bytes).text.into_owned())
}

fn texts(spans: &[Span], text: &str) -> Vec<String> {
    spans.iter().map(|s| s.of(text).to_string()).collect()
}

fn opt_text(span: Option<Span>, text: &str) -> Value {
    span.map_or(Value::Null, |s| Value::String(s.of(text).to_string()))
}

/// A readable projection of an article: every span replaced by its text.
fn view(a: &Article, text: &str) -> Value {
    let published = match &a.published {
        PublishedDate::Stated(s) => json!({
            "basis": "stated",
            "text": s.span.of(text),
            "interval": s.interval,
            "time": opt_text(s.time, text),
            "zone": opt_text(s.zone, text),
        }),
        PublishedDate::Inferred(i) => json!({
            "basis": "inferred",
            "interval": i.interval,
            "evidence": i.evidence.iter().map(|e| json!({
                "rule": e.rule, "fact": e.fact, "not_before": e.not_before, "not_after": e.not_after,
                "text": e.span.of(text),
            })).collect::<Vec<_>>(),
        }),
        PublishedDate::Unbounded(u) => json!({
            "basis": "unbounded", "reason": u.reason, "not_before": u.not_before, "not_after": u.not_after,
        }),
    };
    json!({
        "section": opt_text(a.section, text),
        "title": opt_text(a.title, text),
        "dek": opt_text(a.dek, text),
        "key_points": texts(&a.key_points, text),
        "outlet": a.outlet.as_ref().map(|o| json!({"name": o.name, "source": o.source, "evidence": o.evidence.of(text)})),
        "bylines": a.bylines.iter().map(|b| json!([b.name.of(text), opt_text(b.role, text)])).collect::<Vec<_>>(),
        "published": published,
        "updated": a.updated.map(|u| json!({"text": u.span.of(text), "interval": u.interval, "time": opt_text(u.time, text)})),
        "captions": texts(&a.captions, text),
        "credits": texts(&a.credits, text),
        "subheadings": texts(&a.subheadings, text),
        "set_aside": a.set_aside.iter().map(|s| json!([s.kind, s.span.of(text)])).collect::<Vec<_>>(),
        "paragraphs": a.paragraphs.iter().map(|p| texts(&p.sentences, text)).collect::<Vec<_>>(),
    })
}

fn assert_covered_once(a: &Article, text: &str, what: &str) {
    let faults = a.coverage_faults(text);
    assert!(
        faults.is_empty(),
        "{what}: bytes not covered exactly once: {:?}",
        faults.iter().map(|f| f.of(text)).collect::<Vec<_>>()
    );
    for s in a.paragraphs.iter().map(|p| p.span).chain(a.set_aside.iter().map(|s| s.span)) {
        assert!(text.get(s.start..s.end).is_some(), "{what}: span {s:?} is not on char boundaries");
    }
}

// ---------------------------------------------------------------- seeds

#[test]
fn seed_snapshots() {
    for s in dateline_seeds::SEEDS {
        let text = dateline_core::decode(s.bytes).text.into_owned();
        let a = Article::parse(&text);
        insta::assert_json_snapshot!(format!("article_{}", s.id), view(&a, &text));
    }
}

#[test]
fn seeds_are_covered_exactly_once_also_with_crlf_line_endings() {
    for s in dateline_seeds::SEEDS {
        let text = dateline_core::decode(s.bytes).text.into_owned();
        let a = Article::parse(&text);
        assert_covered_once(&a, &text, s.id);
        // The same page saved on Windows reads the same.
        let crlf = text.replace('\n', "\r\n");
        let b = Article::parse(&crlf);
        assert_covered_once(&b, &crlf, s.id);
        assert_eq!(a.title.map(|t| t.of(&text)), b.title.map(|t| t.of(&crlf)), "{}", s.id);
        assert_eq!(a.set_aside.len(), b.set_aside.len(), "{}", s.id);
        assert_eq!(a.paragraphs.len(), b.paragraphs.len(), "{}", s.id);
        assert_eq!(a.published.interval(), b.published.interval(), "{}", s.id);
    }
}

#[test]
fn seed_000_business_section_credit_key_points_and_copyright() {
    let (_, text) = seed("000");
    let a = Article::parse(&text);
    assert_eq!(opt_text(a.section, &text), "Business");
    assert_eq!(
        opt_text(a.title, &text),
        "South Korea and North Korea Leaders Sent ‘Personal Letters' to Each Other This Week"
    );
    assert_eq!(
        texts(&a.credits, &text),
        ["Pyeongyang Press Corps | Getty Images News | Getty Images"]
    );
    assert_eq!(a.key_points.len(), 3);
    assert!(a.key_points[0].of(&text).starts_with("North Korean leader Kim Jong Un responded"));
    let outlet = a.outlet.expect("the copyright line names CNBC");
    assert_eq!((outlet.name.as_str(), outlet.evidence.of(&text)), ("CNBC", "CNBC"));
    let kinds: Vec<_> = a.set_aside.iter().map(|s| (s.kind, s.span.of(&text))).collect();
    assert!(kinds.contains(&(SetAsideKind::Copyright, "Copyright CNBC")));
    assert!(kinds.contains(&(SetAsideKind::Contact, "Contact Us")));
    assert!(a.dek.is_none() && a.bylines.is_empty() && a.captions.is_empty());
}

#[test]
fn seed_001_credit_dek_subheadings_and_read_also_furniture() {
    let (_, text) = seed("001");
    let a = Article::parse(&text);
    assert!(opt_text(a.title, &text)
        .as_str()
        .unwrap()
        .starts_with("North, South Korea Leaders Exchange"));
    assert!(a.credits[0].of(&text).starts_with("(Photo : Photo by Brendan Smialowski / AFP)"));
    assert!(a
        .dek
        .unwrap()
        .of(&text)
        .starts_with("North Korean leader Kim Jong-Un reportedly exchanged"));
    assert_eq!(texts(&a.subheadings, &text), ["Letters of Friendship", "Tensions Between Koreas"]);
    let kinds: Vec<_> = a.set_aside.iter().map(|s| s.kind).collect();
    assert!(kinds.contains(&SetAsideKind::ReadAlso) && kinds.contains(&SetAsideKind::Related));
    // The article cites Reuters, Yahoo News and CNBC but never says who published it.
    assert!(a.outlet.is_none());
}

#[test]
fn seed_002_dateline_dek_repeated_caption_byline_and_hankyoreh_furniture() {
    let (_, text) = seed("002");
    let a = Article::parse(&text);
    assert_eq!(
        opt_text(a.title, &text),
        "Kim Jong-un sends Trump personal letter on 1st anniversary of Singapore summit"
    );
    assert_eq!(
        opt_text(a.dek, &text),
        "Letter indicates leaders’ commitment to dialogue continues after Hanoi summit failure"
    );
    let PublishedDate::Stated(p) = &a.published else { panic!("the dateline states the date") };
    assert_eq!(
        (p.interval.start, p.time.unwrap().of(&text), p.zone.unwrap().of(&text)),
        (date(2019, 6, 13), "16:04 KST", "KST")
    );
    assert_eq!(a.updated.unwrap().interval.start, date(2019, 6, 13));
    assert_eq!(a.captions.len(), 2);
    let bylines: Vec<_> =
        a.bylines.iter().map(|b| (b.name.of(&text), b.role.map(|r| r.of(&text)))).collect();
    assert_eq!(
        bylines,
        [
            ("Hwang Joon-bum", Some("Washington correspondent")),
            ("Kim Ji-eun", Some("staff reporters")),
            ("Noh Ji-won", Some("staff reporters")),
        ]
    );
    assert_eq!(a.outlet.as_ref().map(|o| o.name.as_str()), Some("The Hankyoreh"));
    let kinds: Vec<_> = a.set_aside.iter().map(|s| s.kind).collect();
    for k in [
        SetAsideKind::CommentPrompt,
        SetAsideKind::ButtonLabel,
        SetAsideKind::MostViewed,
        SetAsideKind::Subheading,
    ] {
        assert!(kinds.contains(&k), "{k:?}");
    }
}

#[test]
fn seed_003_stray_bracket_is_set_aside_and_no_outlet() {
    let (_, text) = seed("003");
    let a = Article::parse(&text);
    assert_eq!(
        opt_text(a.title, &text),
        "Kim Jong Un Reaches Special Partnership With South Korea"
    );
    assert!(a
        .set_aside
        .iter()
        .any(|s| s.kind == SetAsideKind::StrayPunctuation && s.span.of(&text) == "("));
    assert!(a.paragraphs[0].span.of(&text).starts_with("On Tuesday, liaison officials"));
    assert!(a.outlet.is_none());
}

#[test]
fn seed_004_twice_stated_date_caption_with_credit_and_newsletter_furniture() {
    let (_, text) = seed("004");
    let a = Article::parse(&text);
    assert_eq!(
        opt_text(a.title, &text),
        "Koreas restore communication channels and agree to improve ties"
    );
    assert_eq!(a.published.interval().map(|i| i.start), Some(date(2021, 7, 27)));
    assert_eq!(a.set_aside.iter().filter(|s| s.kind == SetAsideKind::Dateline).count(), 2);
    assert!(a.captions[0]
        .of(&text)
        .starts_with("In this photo provided by the North Korean government"));
    assert_eq!(
        texts(&a.credits, &text),
        ["(Korean Central News Agency/Korea News Service via AP)"]
    );
    assert_eq!(a.set_aside.iter().filter(|s| s.kind == SetAsideKind::Newsletter).count(), 2);
    assert!(a.outlet.is_none(), "an AP photo credit does not make AP the publisher");
}

/// True publication dates of the undated seeds (see `seeds/README.md`: April 2022, July 2021).
#[test]
fn undated_seeds_get_an_inferred_interval_with_evidence_containing_the_true_date() {
    let cases: [(&str, Date, bool); 3] = [
        // (seed, true date, whether the text alone bounds it within a month)
        ("000", date(2022, 4, 22), true),
        ("001", date(2022, 4, 22), true),
        ("003", date(2021, 7, 27), false),
    ];
    for (id, truth, within_a_month) in cases {
        let (_, text) = seed(id);
        let a = Article::parse(&text);
        let PublishedDate::Inferred(inferred) = &a.published else {
            panic!("{id}: expected an inferred date, got {:?}", a.published)
        };
        assert!(
            inferred.interval.contains(truth),
            "{id}: {:?} does not contain {truth}",
            inferred.interval
        );
        assert!(!inferred.evidence.is_empty(), "{id}: no evidence");
        if within_a_month {
            assert!(
                inferred.interval.days() <= 31,
                "{id}: {:?} is wider than a month",
                inferred.interval
            );
        }
    }
}

// ---------------------------------------------------------------- fixtures

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/articles");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("testdata/articles exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

/// Compares one expected field; returns a description of the mismatch.
fn check(field: &str, expected: &Value, a: &Article, text: &str) -> Option<String> {
    let actual = match field {
        "layout" => return None,
        "title" => opt_text(a.title, text),
        "dek" => opt_text(a.dek, text),
        "section" => opt_text(a.section, text),
        "key_points" => json!(texts(&a.key_points, text)),
        "outlet" => a.outlet.as_ref().map_or(Value::Null, |o| json!(o.name)),
        "outlet_source" => a.outlet.as_ref().map_or(Value::Null, |o| json!(o.source)),
        "bylines" => json!(a
            .bylines
            .iter()
            .map(|b| json!([b.name.of(text), opt_text(b.role, text)]))
            .collect::<Vec<_>>()),
        "captions" => json!(texts(&a.captions, text)),
        "credits" => json!(texts(&a.credits, text)),
        "subheadings" => json!(texts(&a.subheadings, text)),
        "set_aside" => {
            json!(a.set_aside.iter().map(|s| json!([s.kind, s.span.of(text)])).collect::<Vec<_>>())
        }
        "paragraphs" => json!(a.paragraphs.len()),
        "first_paragraph_sentences" => {
            json!(a.paragraphs.first().map(|p| texts(&p.sentences, text)).unwrap_or_default())
        }
        "updated" => a.updated.map_or(Value::Null, |u| json!(u.interval.start)),
        "published" => {
            let mut got = serde_json::Map::new();
            match &a.published {
                PublishedDate::Stated(s) => {
                    got.insert("basis".into(), json!("stated"));
                    got.insert("date".into(), json!(s.interval.start));
                    got.insert("time".into(), opt_text(s.time, text));
                    got.insert("zone".into(), opt_text(s.zone, text));
                }
                PublishedDate::Inferred(i) => {
                    got.insert("basis".into(), json!("inferred"));
                    got.insert("start".into(), json!(i.interval.start));
                    got.insert("end".into(), json!(i.interval.end));
                    if let Some(day) = expected.get("contains").and_then(Value::as_str) {
                        let day: Date = day.parse().expect("a date");
                        got.insert(
                            "contains".into(),
                            if i.interval.contains(day) { json!(day) } else { Value::Null },
                        );
                    }
                }
                PublishedDate::Unbounded(_) => {
                    got.insert("basis".into(), json!("unbounded"));
                }
            }
            // Only the keys the fixture states are compared.
            let wanted = expected.as_object().expect("published is an object");
            let got: serde_json::Map<String, Value> = wanted
                .keys()
                .map(|k| (k.clone(), got.get(k).cloned().unwrap_or(Value::Null)))
                .collect();
            Value::Object(got)
        }
        other => return Some(format!("unknown field {other:?} in the fixture")),
    };
    (actual != *expected).then(|| format!("{field}:\n   expected {expected}\n   actual   {actual}"))
}

#[test]
fn fixtures_have_their_expected_structure() {
    let files = fixtures();
    assert!(files.len() >= 15, "at least 15 fixtures, found {}", files.len());
    let mut failures = Vec::new();
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let text = dateline_core::decode(&bytes).text.into_owned();
        let expected_path = file.with_extension("expected.json");
        let expected: Value = serde_json::from_str(
            &std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("{} exists", expected_path.display())),
        )
        .expect("valid JSON");
        let a = Article::parse(&text);
        assert_covered_once(&a, &text, &file.display().to_string());
        for (field, value) in expected.as_object().expect("an object") {
            if let Some(problem) = check(field, value, &a, &text) {
                failures
                    .push(format!("{}: {problem}", file.file_name().unwrap().to_string_lossy()));
            }
        }
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}

// ---------------------------------------------------------------- robustness

#[test]
fn invalid_utf8_binary_and_odd_inputs_parse_without_panicking() {
    let inputs: Vec<Vec<u8>> = vec![
        b"Seoul \xff\xfe said \xc3".to_vec(),
        (0u8..=255).cycle().take(70_000).collect(),
        b"\r\r\r\n\n\r".to_vec(),
        "(".repeat(10_000).into_bytes(),
        "[. . .] ".repeat(5_000).into_bytes(),
        "By By By By\n".repeat(1_000).into_bytes(),
        "\u{feff}\u{200b}\u{a0}".repeat(1_000).into_bytes(),
        "שלום עולם. ".repeat(2_000).into_bytes(),
    ];
    for bytes in inputs {
        let text = dateline_core::decode(&bytes).text.into_owned();
        let a = Article::parse(&text);
        assert_covered_once(&a, &text, "odd input");
    }
}

/// A generated article of about `bytes` bytes: seed paragraphs over and over, with headings,
/// captions and furniture mixed in, so every rule runs.
fn big_article(bytes: usize, newlines: bool) -> String {
    let mut out = String::with_capacity(bytes + 10_000);
    let bodies: Vec<String> = dateline_seeds::SEEDS
        .iter()
        .map(|s| dateline_core::decode(s.bytes).text.into_owned())
        .collect();
    let mut k = 0;
    while out.len() < bytes {
        let body = &bodies[k % bodies.len()];
        if newlines {
            out.push_str(body);
            out.push_str("\n\nA Subheading Here\n\n");
        } else {
            out.push_str(&body.replace('\n', " "));
            out.push(' ');
        }
        k += 1;
    }
    out
}

fn time_parse(text: &str) -> f64 {
    assert!(!Article::parse(text).paragraphs.is_empty());
    crate::fastest(2, || {
        std::hint::black_box(Article::parse(text));
    })
}

#[test]
fn parsing_time_grows_linearly_with_the_text() {
    for newlines in [true, false] {
        let small = big_article(1_000_000, newlines);
        let large = big_article(5_000_000, newlines);
        // The first parse warms up; then the best of two runs of each.
        let (t1, t5) = (time_parse(&small), time_parse(&large));
        let ratio = t5 / t1;
        eprintln!("newlines={newlines}: 1 MB {t1:.3}s, 5 MB {t5:.3}s, ratio {ratio:.2}");
        // Linear is a ratio near 5; quadratic would be near 25. The bound is loose on purpose.
        assert!(ratio < 10.0, "5x the text took {ratio:.1}x the time (newlines={newlines})");
    }
}

pub(crate) mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Strings made of the pieces articles are made of, so that the rules fire.
    pub(crate) fn article_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("\n".to_string()),
            Just("\r\n".to_string()),
            Just("\n\n".to_string()),
            Just(" ".to_string()),
            Just("\u{a0}".to_string()),
            Just("• ".to_string()),
            Just("By Kim Ji-eun, staff reporter".to_string()),
            Just("Posted on : 2019-06-13 16:04 KST".to_string()),
            Just("27 July 2021".to_string()),
            Just("Copyright CNBC".to_string()),
            Just("Read Also: ".to_string()),
            Just("(Photo : AFP)".to_string()),
            Just("SEOUL, South Korea (AP) — ".to_string()),
            Just("President Moon Jae-in".to_string()),
            Just("weeks before the inauguration".to_string()),
            Just("Mr. Kim said “yes.” ".to_string()),
            Just("U.S. ".to_string()),
            Just("[. . .]".to_string()),
            Just("(".to_string()),
            Just("é한글عربي".to_string()),
            "[A-Za-z .,;:!?\"'()\\[\\]—-]{0,40}",
            any::<String>(),
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn parse_never_panics_and_covers_every_byte_once(text in article_like()) {
            let a = Article::parse(&text);
            prop_assert!(a.coverage_faults(&text).is_empty(), "{:?}", a.coverage_faults(&text));
            for p in &a.paragraphs {
                for s in &p.sentences {
                    prop_assert!(p.span.contains(*s) && text.get(s.start..s.end).is_some());
                }
            }
            let _ = serde_json::to_string(&a).unwrap();
        }

        #[test]
        fn arbitrary_strings_parse(text in any::<String>()) {
            let a = Article::parse(&text);
            prop_assert!(a.coverage_faults(&text).is_empty());
        }

        #[test]
        fn sentences_stay_inside_their_span_on_any_text(text in any::<String>(), a in 0usize..64, b in 0usize..64) {
            let span = Span::new(a.min(b), a.max(b));
            for s in dateline_core::article::sentences(&text, span) {
                prop_assert!(span.contains(s) && text.get(s.start..s.end).is_some());
            }
        }
    }
}
