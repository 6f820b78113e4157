//! Files as people have them (`testdata/ingest/`, written by the team): saved pages in the
//! styles of a wire service (JSON-LD, cookie banner, share bar, inline scripts), a newspaper
//! (OpenGraph, newsletter box and related links inside the article, comments), a blog (no
//! metadata, no `<article>`) and a broadcaster (div soup, consent dialog, broken JSON-LD); a
//! news-please style JSON Lines export and a CSV export, both with bad records; a folder of
//! texts with a metadata table.

use std::path::Path;

use dateline_core::corpus::{analyze_record, assemble, Hints};
use dateline_core::ingest::{self, Ingested, MetadataTable, Record};
use dateline_core::{Basis, Error};
use jiff::civil::date;

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/ingest").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn page(name: &str) -> Record {
    let Ingested { mut records, errors } = ingest::read("page", name, &fixture(name));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(records.len(), 1);
    records.remove(0)
}

/// What a record states, as plain values: title, published, authors, outlet, url.
fn stated(record: &Record) -> (String, Option<jiff::civil::Date>, Vec<String>, String, String) {
    let m = &record.metadata;
    (
        m.title.as_ref().map(|t| t.value.clone()).unwrap_or_default(),
        m.published.as_ref().map(|p| p.value),
        m.authors.as_ref().map(|a| a.value.clone()).unwrap_or_default(),
        m.outlet.as_ref().map(|o| o.value.clone()).unwrap_or_default(),
        m.url.as_ref().map(|u| u.value.clone()).unwrap_or_default(),
    )
}

fn assert_body(record: &Record, kept: &[&str], left_out: &[&str]) {
    for text in kept {
        assert!(record.text.contains(text), "{text:?} missing from:\n{}", record.text);
    }
    for text in left_out {
        assert!(!record.text.contains(text), "{text:?} kept in:\n{}", record.text);
    }
}

#[test]
fn wire_page_with_json_ld() {
    let record = page("wire_jsonld.html");
    assert_eq!(
        stated(&record),
        (
            "Harbor pilots end work-to-rule after pay offer".into(),
            Some(date(2025, 5, 6)),
            vec!["Ilse Marchetti".into(), "Tomas Ferreira".into()],
            "Meridian Wire".into(),
            "https://meridian-wire.example/world/harbor-pilots-end-work-to-rule".into(),
        )
    );
    let m = &record.metadata;
    assert_eq!(m.published.as_ref().unwrap().from, "JSON-LD datePublished");
    assert_eq!(m.url.as_ref().unwrap().from, "<link rel=canonical>");
    assert!(
        record.text.starts_with("Harbor pilots end work-to-rule after pay offer\n\nBy Ilse"),
        "{}",
        record.text
    );
    assert_body(
        &record,
        &[
            "ROTTERDAM, May 6 (Meridian) - Harbor pilots",
            "Normal service resumes",
            "by the end of the week.",
        ],
        &[
            "cookies",
            "Accept all",
            "Share on",
            "dataLayer",
            "loadAd",
            "Advertisement",
            "More on this story",
            "Pilots begin",
            "All rights",
            "Business",
        ],
    );
    let note = record.notes.iter().find(|n| n.kind == "left_out").unwrap();
    assert!(note.message.contains("cookie notice (1)"), "{}", note.message);
    assert!(note.message.contains("share bar (1)"), "{}", note.message);
}

#[test]
fn newspaper_page_with_open_graph() {
    let record = page("newspaper_og.html");
    assert_eq!(
        stated(&record),
        (
            "Council approves tram extension after late-night vote".into(),
            Some(date(2025, 3, 11)),
            vec!["Nadia Okafor".into()],
            "The Valley Courier".into(),
            "https://valleycourier.example/local/2025/03/11/tram-extension-vote/".into(),
        )
    );
    let m = &record.metadata;
    assert_eq!(m.title.as_ref().unwrap().from, "og:title");
    assert_eq!(m.published.as_ref().unwrap().from, "article:published_time");
    assert_eq!(m.authors.as_ref().unwrap().from, "author");
    assert_body(
        &record,
        &["voted 7-2 late Tuesday", "city engineer Paolo Vance", "ask for a public hearing"],
        &[
            "Skip to content",
            "Home",
            "Get the Courier",
            "Sign up",
            "what we know",
            "About time",
            "Trending",
            "Mill Street",
            "Subscribe today",
        ],
    );
}

#[test]
fn blog_page_without_metadata_is_read_by_text_density() {
    let record = page("blog_plain.html");
    assert_eq!(
        stated(&record),
        (
            "Ferry timetable cut for the winter".into(),
            Some(date(2024, 10, 28)),
            vec!["Morag Lindqvist".into()],
            String::new(),
            String::new(),
        )
    );
    let m = &record.metadata;
    assert_eq!(m.title.as_ref().unwrap().from, "<h1>");
    assert_eq!(m.published.as_ref().unwrap().from, "<time datetime>");
    assert_eq!(m.authors.as_ref().unwrap().from, "byline markup");
    assert_body(
        &record,
        &["twice a day instead of four times", "late boat on Fridays", "reviewed in January"],
        &["Harbour webcam", "Tide tables", "Archive", "Powered by"],
    );
}

#[test]
fn broadcaster_div_soup_with_a_consent_dialog() {
    let record = page("broadcaster_div_soup.html");
    assert_eq!(
        stated(&record),
        (
            "Flood defences to be raised along river after record levels".into(),
            Some(date(2024, 2, 19)),
            vec!["Priya Raman".into()],
            "NBX News".into(),
            "https://nbx.example/news/uk-flood-defences".into(),
        )
    );
    assert_body(
        &record,
        &["six-mile stretch", "since 1947", "Harriet Osei, said", "take two years"],
        &[
            "privacy choices",
            "Agree",
            "Facebook",
            "WhatsApp",
            "Advertisement",
            "Storm warnings",
            "Most read",
            "Weather",
        ],
    );
    assert!(record.notes.iter().any(|n| n.message.contains("JSON-LD block(s)")));
}

#[test]
fn stated_metadata_wins_and_the_bundle_says_where_it_came_from() {
    let record = page("newspaper_og.html");
    let bundle =
        assemble(vec![analyze_record(&record, Hints { published: Some(date(2000, 1, 1)) })]);
    let article = &bundle.articles[0];
    let published = article.published.as_ref().unwrap();
    assert_eq!((published.start, published.basis), (date(2025, 3, 11), Basis::Metadata));
    assert_eq!(article.title, "Council approves tram extension after late-night vote");
    assert_eq!(article.outlet.as_deref(), Some("The Valley Courier"));
    assert_eq!(article.bylines, ["Nadia Okafor"]);
    assert_eq!(
        article.url.as_deref(),
        Some("https://valleycourier.example/local/2025/03/11/tram-extension-vote/")
    );
    let fields: Vec<(&str, &str)> =
        article.metadata.iter().map(|s| (s.field.as_str(), s.from.as_str())).collect();
    assert_eq!(
        fields,
        [
            ("title", "og:title"),
            ("published", "article:published_time"),
            ("bylines", "author"),
            ("outlet", "og:site_name"),
            ("url", "og:url")
        ]
    );
    // "late Tuesday" is resolved from the stated day: 11 March 2025 was a Tuesday.
    assert!(article.timexes.iter().any(|t| t.value == "2025-03-11"), "{:?}", article.timexes);
    assert!(bundle.warnings.iter().any(|w| w.kind == "left_out"));
    let json = serde_json::to_string(&bundle).unwrap();
    assert!(json.contains("\"basis\":\"metadata\""));
    let back: dateline_core::bundle::Bundle = serde_json::from_str(&json).unwrap();
    assert_eq!(back, bundle);
}

#[test]
fn json_lines_export_reads_good_records_and_names_bad_lines() {
    let Ingested { records, errors } =
        ingest::read("ferry", "ferry.jsonl", &fixture("scraper_export.jsonl"));
    let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["ferry-1", "ferry-2", "ferry-7"]);
    assert_eq!(
        stated(&records[0]),
        (
            "Ferry crews strike over rosters".into(),
            Some(date(2025, 1, 14)),
            vec!["Lena Brandt".into()],
            "harbourtimes.example".into(),
            "https://harbourtimes.example/2025/01/14/ferry-strike".into(),
        )
    );
    assert!(records[0].text.starts_with("Ferry crews on the northern routes"));
    assert_eq!(stated(&records[1]).2, ["Lena Brandt", "Ola Svensson"]);
    assert_eq!(stated(&records[2]).1, None);
    assert!(records[2].notes[0].message.contains("“17 January 2025” is not an ISO date"));
    let messages: Vec<String> = errors.iter().map(Error::to_string).collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(messages[0].starts_with("ferry.jsonl, line 3: not JSON"));
    assert_eq!(
        messages[1],
        "ferry.jsonl, line 4: no text (a text, maintext, body or content value); this record was skipped"
    );
    assert_eq!(messages[2], "ferry.jsonl, line 6: not a JSON object; this record was skipped");
    // Undated by its metadata, the third is dated from the first two's events or not at all,
    // but it is read.
    let bundle = assemble(records.iter().map(|r| analyze_record(r, Hints::default())).collect());
    assert_eq!(bundle.articles.len(), 3);
    assert_eq!(bundle.articles[1].published.as_ref().map(|p| p.basis), Some(Basis::Metadata));
}

#[test]
fn csv_export_reads_rows_across_lines_and_names_bad_rows() {
    let Ingested { records, errors } =
        ingest::read("air", "airport.csv", &fixture("scraper_export.csv"));
    assert_eq!(records.len(), 2);
    assert!(records[0].text.contains("second runway on Monday"));
    assert!(records[0].text.contains("double the number of flights"));
    assert_eq!(stated(&records[0]).3, "The Plains Herald");
    assert_eq!(stated(&records[1]).2, ["Dana Whitfield", "Marcus Hale"]);
    assert_eq!(records[1].id, "air-6", "{errors:?}");
    let lines: Vec<usize> = errors
        .iter()
        .map(|e| match e {
            Error::BadRecord { line, .. } => *line,
            other => panic!("{other}"),
        })
        .collect();
    assert_eq!(lines, [5, 7]);
}

#[test]
fn a_folder_table_dates_each_listed_text() {
    let table = String::from_utf8(fixture("folder/metadata.tsv")).unwrap();
    let (table, errors) = MetadataTable::read("metadata.tsv", &table).unwrap();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let (pilots, notes) = table.get("harbor_2025-05-06_pilots.txt").unwrap();
    assert!(notes.is_empty());
    assert_eq!(pilots.published.as_ref().unwrap().value, date(2025, 5, 6));
    let (backlog, _) = table.get("harbor_2025-05-08_backlog").unwrap();
    assert_eq!(backlog.published.as_ref().unwrap().value, date(2025, 5, 8));
    assert!(backlog.authors.is_none(), "pandas' None is no author");
    assert!(table.get("unlisted.txt").is_none());
    let (_, notes) = table.get("missing_file").unwrap();
    assert!(notes[0].message.contains("“May 10, 2025”"));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Strings made of the pieces pages and exports are made of, so that every branch runs.
    fn page_like() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("<article>".to_string()),
            Just("</article>".to_string()),
            Just("<p>".to_string()),
            Just("</div>".to_string()),
            Just("<div class=\"share cookie-banner\">".to_string()),
            Just("<meta property=\"article:published_time\" content=\"2024-01-0".to_string()),
            Just("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",".to_string()),
            Just("</script>".to_string()),
            Just("<time datetime=\"2024-02-30T1é:00\">".to_string()),
            Just("<span class=\"byline\">By ".to_string()),
            Just("<a href=x>".to_string()),
            Just("\"text\",\"title\"\r\n".to_string()),
            Just("{\"text\": \"a\", \"published\": \"2024-01-01T".to_string()),
            Just("\n".to_string()),
            Just("&amp;&#x0;&notanentity;".to_string()),
            Just("é한글عربي".to_string()),
            "[<>/=\"' a-z{}:,\\[\\]\n\t-]{0,30}",
            any::<String>(),
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn every_format_reads_anything_without_panicking(text in page_like()) {
            for name in ["a.html", "a.jsonl", "a.csv", "a.txt", "a"] {
                let ingested = ingest::read("a", name, text.as_bytes());
                for record in &ingested.records {
                    prop_assert!(!record.id.is_empty());
                }
            }
            let _ = MetadataTable::read("m.tsv", &text);
            let _ = MetadataTable::read("m.csv", &text);
        }
    }

    #[test]
    fn a_large_page_reads_in_linear_time() {
        let paragraph =
            "<div class=\"x\"><p>The council voted <a href=\"#\">late</a> on Tuesday.</p></div>\n";
        let time = |n: usize| {
            let page =
                format!("<html><body><article>{}</article></body></html>", paragraph.repeat(n));
            crate::fastest(3, || {
                let ingested = ingest::read("p", "p.html", page.as_bytes());
                assert!(ingested.records[0].text.len() > n * 20);
            })
        };
        let (small, large) = (time(2_000), time(10_000));
        // Linear is a ratio near 5; quadratic would be near 25. Loose on purpose.
        assert!(large / small.max(1e-4) < 12.0, "5x the page took {:.1}x the time", large / small);
    }
}
