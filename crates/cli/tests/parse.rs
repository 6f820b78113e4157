//! `dateline parse` as a user runs it: pages, exports and a folder with its metadata table
//! (the core's fixtures in `crates/core/testdata/ingest/`), and PolNeAR's dev split with its
//! `metadata.tsv` from `../shared` (skipped, saying so, when that folder is absent).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn dateline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dateline")).args(args).output().expect("dateline runs")
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/testdata/ingest")
}

fn bundle(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).expect("a bundle on stdout")
}

#[test]
fn a_folder_with_a_metadata_table_is_dated_per_file() {
    let folder = fixtures().join("folder");
    let table = folder.join("metadata.tsv");
    let output =
        dateline(&["parse", folder.to_str().unwrap(), "--metadata", table.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("metadata.tsv, line 4: no file name"), "{stderr}");
    assert!(stderr.contains("unlisted.txt is not in metadata.tsv"), "{stderr}");
    let bundle = bundle(&output);
    let dated: Vec<(&str, &str, &str)> = bundle["articles"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| {
            let p = a.get("published")?.as_object()?;
            Some((a["id"].as_str()?, p["start"].as_str()?, p["basis"].as_str()?))
        })
        .collect();
    assert_eq!(
        dated,
        [
            ("harbor_2025-05-06_pilots", "2025-05-06", "metadata"),
            ("harbor_2025-05-08_backlog", "2025-05-08", "metadata")
        ]
    );
    assert_eq!(bundle["articles"].as_array().unwrap().len(), 3, "the table is not an article");
}

#[test]
fn exports_and_pages_are_read_and_bad_records_named() {
    let dir = fixtures();
    let files = ["scraper_export.jsonl", "scraper_export.csv", "newspaper_og.html"];
    let paths: Vec<String> =
        files.iter().map(|f| dir.join(f).to_string_lossy().into_owned()).collect();
    let mut args = vec!["parse"];
    args.extend(paths.iter().map(String::as_str));
    let output = dateline(&args);
    assert_eq!(output.status.code(), Some(1), "bad records make the exit code 1");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("scraper_export.jsonl, line 3: not JSON"), "{stderr}");
    assert!(stderr.contains("scraper_export.csv, line 5: no text"), "{stderr}");
    let bundle = bundle(&output);
    let articles = bundle["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 3 + 2 + 1);
    let page = articles.last().unwrap();
    assert_eq!(page["title"], "Council approves tram extension after late-night vote");
    assert_eq!(page["url"], "https://valleycourier.example/local/2025/03/11/tram-extension-vote/");
    let bad =
        bundle["warnings"].as_array().unwrap().iter().filter(|w| w["kind"] == "bad_record").count();
    assert_eq!(bad, 5);
}

#[test]
fn polnear_dev_is_dated_from_its_metadata() {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/bench/quotes/polnear-dev");
    let table = dir.join("metadata.tsv");
    if !table.is_file() {
        println!("benchmark data not found at {}: skipped", dir.display());
        return;
    }
    let rows = std::fs::read_to_string(&table).unwrap();
    let mut expected: Vec<(String, String)> = rows
        .lines()
        .skip(1)
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            Some((cells.get(1)?.to_string(), cells.get(5)?.to_string()))
        })
        .collect();
    expected.sort();
    let output = dateline(&["parse", dir.to_str().unwrap(), "--metadata", table.to_str().unwrap()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let bundle = bundle(&output);
    let mut found: Vec<(String, String)> = bundle["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let published = &a["published"];
            assert_eq!(
                published["basis"], "metadata",
                "{} is not dated from the metadata",
                a["id"]
            );
            (
                a["id"].as_str().unwrap().to_string(),
                published["start"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    found.sort();
    assert_eq!(found.len(), 84);
    assert_eq!(found, expected);
}
