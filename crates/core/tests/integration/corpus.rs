//! The whole pipeline over a corpus: the seeds' key events and cross-article pairs, and the
//! corpus rules (corroborated dates, merging, keeping apart) on the fixtures of
//! `testdata/corpus/`, which tell another story (a port strike) in other layouts.

use dateline_core::bundle::{Bundle, Event, Status};
use dateline_core::corpus::{build_bundle, Source};
use dateline_core::{Basis, Precision};
use jiff::civil::{date, Date};

fn seeds_bundle() -> Bundle {
    let sources: Vec<Source<'_>> =
        dateline_seeds::SEEDS.iter().map(|s| Source { id: s.id, bytes: s.bytes }).collect();
    build_bundle(&sources)
}

fn fixture_bundle() -> Bundle {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/corpus");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap())
        })
        .collect();
    files.sort();
    let sources: Vec<Source<'_>> = files.iter().map(|(id, bytes)| Source { id, bytes }).collect();
    build_bundle(&sources)
}

/// The articles (by id prefix) an event's sources come from.
fn source_articles(event: &Event) -> Vec<&str> {
    let mut ids: Vec<&str> = event.sources.iter().map(|s| &s.article[..3]).collect();
    ids.dedup();
    ids
}

fn on(event: &Event, day: Date) -> bool {
    event.when.start <= day && day <= event.when.end
}

#[test]
fn the_restored_channels_of_july_2021_are_one_event_from_two_articles() {
    let bundle = seeds_bundle();
    let restored = bundle
        .events
        .iter()
        .find(|e| {
            e.kind == "communication"
                && e.when.precision == Precision::Day
                && on(e, date(2021, 7, 27))
        })
        .expect("a communication event on the day, 27 July 2021");
    let from = source_articles(restored);
    assert!(from.contains(&"003") && from.contains(&"004"), "{restored:#?}");
    assert_eq!(restored.status, Status::Happened);
}

#[test]
fn the_april_2022_letters_are_one_event_from_two_articles() {
    let bundle = seeds_bundle();
    let letters: Vec<&Event> = bundle
        .events
        .iter()
        .filter(|e| e.kind == "letter" && e.when.start.year() == 2022)
        .collect();
    assert_eq!(letters.len(), 1, "{letters:#?}");
    let e = letters[0];
    assert!(on(e, date(2022, 4, 20)), "{e:#?}");
    assert!(e.when.precision <= Precision::Month);
    assert_eq!(source_articles(e), ["000", "001"]);
    for who in ["person:kim-jong-un", "person:moon-jae-in"] {
        assert!(e.participants.iter().any(|p| p == who), "{who} in {e:#?}");
    }
    // Rule "letter direction": "Moon sent his letter to Kim", "Kim responded to a personal
    // letter from Moon".
    assert_eq!(e.senders, ["person:moon-jae-in"], "{e:#?}");
    assert_eq!(e.recipients, ["person:kim-jong-un"], "{e:#?}");
}

#[test]
fn the_undated_seed_takes_its_date_from_the_dated_one() {
    let bundle = seeds_bundle();
    let undated = bundle.articles.iter().find(|a| a.id.starts_with("003")).unwrap();
    let published = undated.published.as_ref().expect("a corroborated date");
    assert_eq!(published.basis, Basis::Inferred);
    assert_eq!(published.start, date(2021, 7, 27));
    assert!(published.end <= date(2021, 8, 2), "within a week: {published:?}");
    assert!(bundle.warnings.iter().any(|w| w.kind == "date_corroborated"));
}

#[test]
fn background_facts_carry_their_own_dates() {
    let bundle = seeds_bundle();
    let find = |kind: &str, day: Date| {
        bundle.events.iter().find(|e| e.kind == kind && on(e, day)).map(|e| e.title.clone())
    };
    // "held three summits with Kim in 2018".
    assert!(find("summit", date(2018, 6, 1)).is_some());
    // "blew up its joint liaison office with South Korea in 2020".
    assert!(find("demolition", date(2020, 6, 16)).is_some());
    // "the 68th anniversary of the signing of an armistice", in an article of 27 July 2021.
    let armistice = find("agreement", date(1953, 7, 27)).expect("the 1953 armistice");
    assert!(armistice.to_lowercase().contains("armistice"), "{armistice}");
    // "Kim Jong-un had sent him a personal letter around the one-year anniversary".
    let letter = bundle
        .events
        .iter()
        .find(|e| e.kind == "letter" && on(e, date(2019, 6, 12)))
        .expect("Kim's letter to Trump");
    assert!(letter.participants.iter().any(|p| p == "person:donald-trump"), "{letter:#?}");
    assert_eq!(letter.senders, ["person:kim-jong-un"], "{letter:#?}");
    assert_eq!(letter.recipients, ["person:donald-trump"], "{letter:#?}");
    // "incoming South Korean President Yoon Suk-yeol's inauguration on May 10": expected.
    let inauguration = bundle
        .events
        .iter()
        .find(|e| e.kind == "inauguration" && on(e, date(2022, 5, 10)))
        .expect("Yoon's inauguration");
    assert_eq!(inauguration.status, Status::Expected);
}

#[test]
fn no_event_is_dated_beyond_what_the_articles_support() {
    let bundle = seeds_bundle();
    let latest = bundle.articles.iter().filter_map(|a| a.published.as_ref()).map(|p| p.end).max();
    let latest = latest.unwrap();
    for e in &bundle.events {
        match e.status {
            Status::Happened => assert!(e.when.start <= latest, "{e:#?}"),
            // Planned events may lie ahead of publication, not years ahead.
            Status::Expected => assert!(e.when.start.year() <= latest.year() + 1, "{e:#?}"),
        }
        assert!(!e.sources.is_empty());
        assert!(e.when.end.year() < 2026, "never anchored on today's date: {e:#?}");
    }
}

#[test]
fn every_span_in_the_bundle_points_into_its_article() {
    for bundle in [seeds_bundle(), fixture_bundle()] {
        let text_of = |id: &str| &bundle.articles.iter().find(|a| a.id == id).unwrap().text;
        for e in &bundle.events {
            for s in &e.sources {
                assert!(text_of(&s.article).get(s.start..s.end).is_some(), "{s:?}");
            }
        }
        for entity in &bundle.entities {
            for m in &entity.mentions {
                assert!(text_of(&m.article).get(m.start..m.end).is_some(), "{m:?}");
            }
        }
        for a in &bundle.articles {
            for t in &a.timexes {
                assert_eq!(a.text.get(t.start..t.end), Some(t.text.as_str()));
            }
            for q in &a.quotes {
                assert!(a.text.get(q.start..q.end).is_some());
            }
        }
    }
}

#[test]
fn an_undated_report_is_dated_by_a_dated_report_of_the_same_deal() {
    let bundle = fixture_bundle();
    let undated = bundle.articles.iter().find(|a| a.id == "port_strike_undated").unwrap();
    let published = undated.published.as_ref().expect("corroborated");
    // "On Monday, … signed the pay agreement", reported on Wednesday 15 March as Monday.
    assert_eq!((published.start, published.basis), (date(2023, 3, 13), Basis::Inferred));
    let deal = bundle
        .events
        .iter()
        .find(|e| e.kind == "agreement" && on(e, date(2023, 3, 13)))
        .expect("the pay agreement");
    let mut from: Vec<&str> = deal.sources.iter().map(|s| s.article.as_str()).collect();
    from.dedup();
    assert_eq!(
        from,
        ["port_strike_dated", "port_strike_next_day", "port_strike_undated"],
        "{deal:#?}"
    );
}

#[test]
fn yesterday_in_an_undated_report_fixes_its_day() {
    let bundle = fixture_bundle();
    let next_day = bundle.articles.iter().find(|a| a.id == "port_strike_next_day").unwrap();
    let published = next_day.published.as_ref().expect("corroborated");
    // "signed the pay agreement yesterday": the deal of Monday 13 March, so Tuesday 14 March.
    assert_eq!((published.start, published.end), (date(2023, 3, 14), date(2023, 3, 14)));
    assert_eq!(published.basis, Basis::Inferred);
}

#[test]
fn a_different_event_on_the_same_day_stays_apart() {
    let bundle = fixture_bundle();
    let tram = bundle
        .events
        .iter()
        .find(|e| e.sources.iter().any(|s| s.article == "unrelated_same_day"))
        .expect("the tram vote");
    assert!(tram.sources.iter().all(|s| s.article == "unrelated_same_day"), "{tram:#?}");
}

#[test]
fn hostile_input_never_panics_and_is_never_dropped() {
    let long_line = "word ".repeat(50_000);
    let inputs: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("binary", (0..=255u8).cycle().take(4096).collect()),
        ("crlf", b"Title\r\n\r\nOn Monday, police arrested the mayor.\r\n".to_vec()),
        ("one_line", long_line.into_bytes()),
        (
            "hangul",
            "북한 김정은 위원장이 27일 친서를 보냈다.\n\n2021년 7월 27일".as_bytes().to_vec(),
        ),
        ("latin1", b"Caf\xe9 owners \xabprotest\xbb on 3 May 2021.".to_vec()),
    ];
    let sources: Vec<Source<'_>> = inputs.iter().map(|(id, bytes)| Source { id, bytes }).collect();
    let bundle = build_bundle(&sources);
    assert_eq!(bundle.articles.len(), inputs.len());
    let kinds: Vec<&str> = bundle.warnings.iter().map(|w| w.kind.as_str()).collect();
    for kind in ["empty", "looks_binary", "invalid_utf8"] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
}

mod properties {
    use super::*;
    use crate::article::properties::article_like;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(120))]

        /// The whole pipeline on article-like noise: no panic, every article kept, and every
        /// span of every event, entity, timex and quote fits its article's text.
        #[test]
        fn the_pipeline_never_panics_and_its_spans_fit(a in article_like(), b in article_like()) {
            let sources = [Source { id: "a", bytes: a.as_bytes() }, Source { id: "b", bytes: b.as_bytes() }];
            let bundle = build_bundle(&sources);
            prop_assert_eq!(bundle.articles.len(), 2);
            let text_of = |id: &str| &bundle.articles.iter().find(|x| x.id == id).unwrap().text;
            for e in &bundle.events {
                prop_assert!(e.when.start <= e.when.end);
                for s in &e.sources {
                    prop_assert!(text_of(&s.article).get(s.start..s.end).is_some());
                }
            }
            for entity in &bundle.entities {
                for m in &entity.mentions {
                    prop_assert!(text_of(&m.article).get(m.start..m.end).is_some());
                }
            }
            for x in &bundle.articles {
                for t in &x.timexes {
                    prop_assert_eq!(x.text.get(t.start..t.end), Some(t.text.as_str()));
                }
                for q in &x.quotes {
                    prop_assert!(x.text.get(q.start..q.end).is_some());
                }
            }
        }
    }
}
