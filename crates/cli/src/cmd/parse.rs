//! `dateline parse [PATH...]`: the whole pipeline over files, directories or the embedded
//! corpus, printed as a bundle (or exported).
//!
//! Files are read first (a missing or unreadable one is named on stderr and skipped, and the
//! exit code becomes 1) and made into records by `dateline_core::ingest` (a `.txt` file is one
//! article, a saved page `.html` one, a `.jsonl` or `.csv` export one per record; a record that
//! cannot be read is named on stderr, kept as a bundle warning, and the exit code becomes 1),
//! then analysed in parallel with rayon, then assembled in the order the paths were given
//! (directories contribute their `.txt`, `.html` and `.htm` files sorted by path; exports are
//! read when named). `--metadata TABLE` gives each file the title, date, authors, outlet and URL of its
//! row; stated metadata wins over what the text gives.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use clap::ValueEnum;
use dateline_core::bundle::Warning;
use dateline_core::corpus::{self, Hints};
use dateline_core::export;
use dateline_core::ingest::{self, MetadataTable, Record};
use rayon::prelude::*;

/// Output formats of `dateline parse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The `dateline.bundle/1` JSON.
    Json,
    /// TimelineJS3 JSON.
    Timelinejs,
    /// One CSV row per event.
    Csv,
    /// An iCalendar file, one all-day event per event.
    Ics,
}

/// Corpora larger than this report progress on stderr.
const PROGRESS_ABOVE: usize = 100;

/// File extensions a directory contributes: articles, one per file. Exports (`.jsonl`,
/// `.csv`) are read when named, never found in a folder, where they are as likely to be
/// annotations or tables (PolNeAR's folders hold a `gold.jsonl`).
const READ_IN_DIRECTORIES: &[&str] = &["txt", "html", "htm"];

/// What `dateline parse` is asked to do.
pub struct Request<'a> {
    pub paths: &'a [PathBuf],
    pub format: Format,
    pub pretty: bool,
    pub title: &'a str,
    pub published: Option<jiff::civil::Date>,
    pub metadata: Option<&'a Path>,
}

pub fn run(request: Request<'_>) -> ExitCode {
    let Request { paths, format, pretty, title, published, metadata } = request;
    let mut failed = false;
    let table = match metadata.map(read_table) {
        Some(Ok(table)) => Some(table),
        Some(Err(message)) => {
            eprintln!("dateline: {message}");
            return ExitCode::FAILURE;
        }
        None => None,
    };
    let files = if paths.is_empty() {
        dateline_seeds::SEEDS
            .iter()
            .map(|s| (s.id.to_string(), format!("{}.txt", s.id), s.bytes.to_vec()))
            .collect()
    } else {
        read_inputs(paths, metadata, &mut failed)
    };
    let mut bad_records = Vec::new();
    let records = ingest_all(&files, table.as_ref(), &mut bad_records);
    // The files' bytes are in the records now; neither is needed once the articles are read
    // (each analysed article holds its own text), so they are dropped before the bundle is
    // assembled and written, which keeps them out of the peak memory.
    drop(files);
    failed |= !bad_records.is_empty();
    let total = records.len();
    let done = AtomicUsize::new(0);
    let analyzed: Vec<corpus::Analyzed> = records
        .par_iter()
        .map(|record| {
            let result = corpus::analyze_record(record, Hints { published });
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if total > PROGRESS_ABOVE && (n % PROGRESS_ABOVE == 0 || n == total) {
                eprintln!("dateline: analysed {n}/{total} files");
            }
            result
        })
        .collect();
    drop(records);
    let mut bundle = corpus::assemble(analyzed);
    bundle.warnings.extend(bad_records);
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match format {
        Format::Json => write_json(&mut stdout, &bundle, pretty),
        Format::Timelinejs => {
            write_json(&mut stdout, &export::timelinejs::to_timeline(&bundle, title), pretty)
        }
        Format::Csv => stdout.write_all(export::csv::to_csv(&bundle).as_bytes()),
        Format::Ics => stdout.write_all(export::ics::to_ics(&bundle).as_bytes()),
    };
    if let Err(e) = written.and_then(|_| stdout.flush()) {
        eprintln!("dateline: cannot write the output: {e}");
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes `value` as JSON and a newline, serialized straight into `out` (a corpus's bundle is
/// several times its text: it is never held whole as a string).
fn write_json<T: serde::Serialize>(
    out: &mut impl Write,
    value: &T,
    pretty: bool,
) -> std::io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, value)?;
    } else {
        serde_json::to_writer(&mut *out, value)?;
    }
    out.write_all(b"\n")
}

/// Reads a metadata table, or says why it cannot be read; bad rows are named on stderr.
fn read_table(path: &Path) -> Result<(MetadataTable, String), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let decoded = dateline_core::decode(&bytes);
    let (table, errors) = MetadataTable::read(&name, &decoded.text).map_err(|e| e.to_string())?;
    for error in errors {
        eprintln!("dateline: {error}");
    }
    Ok((table, name))
}

/// Makes every file into records, with its row of the metadata table (which wins over what
/// the file itself states). Records that cannot be read become warnings, named on stderr.
fn ingest_all(
    files: &[(String, String, Vec<u8>)],
    table: Option<&(MetadataTable, String)>,
    bad_records: &mut Vec<Warning>,
) -> Vec<Record> {
    let mut records = Vec::new();
    for (id, name, bytes) in files {
        let ingested = ingest::read(id, name, bytes);
        for error in ingested.errors {
            eprintln!("dateline: {error}");
            bad_records.push(Warning {
                article: None,
                kind: "bad_record".to_string(),
                message: error.to_string(),
            });
        }
        for mut record in ingested.records {
            if let Some((table, table_name)) = table {
                match table.get(name) {
                    Some((metadata, notes)) => {
                        record.metadata = metadata.clone().or(record.metadata);
                        record.notes.extend(notes.iter().cloned());
                    }
                    None => eprintln!("dateline: {name} is not in {table_name}"),
                }
            }
            records.push(record);
        }
    }
    records
}

/// Reads every file named or found under a named directory (but not the metadata table), as
/// `(id, file name, bytes)`, naming each failure on stderr. Ids are file stems, made unique
/// with `~2`, `~3`… on collisions.
fn read_inputs(
    paths: &[PathBuf],
    metadata: Option<&Path>,
    failed: &mut bool,
) -> Vec<(String, String, Vec<u8>)> {
    let mut files = Vec::new();
    let table = metadata.and_then(|m| m.canonicalize().ok());
    for path in paths {
        if path.is_dir() {
            match article_files_under(path) {
                Ok(found) => {
                    files.extend(found.into_iter().filter(|f| f.canonicalize().ok() != table))
                }
                Err(e) => {
                    eprintln!("dateline: cannot read directory {}: {e}", path.display());
                    *failed = true;
                }
            }
        } else {
            files.push(path.clone());
        }
    }
    let mut taken = HashSet::new();
    let mut inputs = Vec::with_capacity(files.len());
    for file in files {
        match std::fs::read(&file) {
            Ok(bytes) => {
                let name =
                    file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                inputs.push((unique_id(&file, &mut taken), name, bytes));
            }
            Err(e) => {
                eprintln!("dateline: cannot read {}: {e}", file.display());
                *failed = true;
            }
        }
    }
    inputs
}

/// The article files under `dir` ([`READ_IN_DIRECTORIES`]), recursively, sorted by path.
fn article_files_under(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| {
                READ_IN_DIRECTORIES.iter().any(|known| e.eq_ignore_ascii_case(known))
            }) {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn unique_id(path: &Path, taken: &mut HashSet<String>) -> String {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let stem = if stem.is_empty() { "article".to_string() } else { stem };
    let mut id = stem.clone();
    let mut n = 2;
    while !taken.insert(id.clone()) {
        id = format!("{stem}~{n}");
        n += 1;
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colliding_stems_get_numbered_ids() {
        let mut taken = HashSet::new();
        assert_eq!(unique_id(Path::new("a/story.txt"), &mut taken), "story");
        assert_eq!(unique_id(Path::new("b/story.txt"), &mut taken), "story~2");
        assert_eq!(unique_id(Path::new("c/story.txt"), &mut taken), "story~3");
        assert_eq!(unique_id(Path::new(".txt"), &mut taken), ".txt");
    }

    #[test]
    fn json_is_written_as_serde_json_prints_it_with_a_newline() {
        let value = serde_json::json!({"a": [1, 2], "b": "x\u{201c}y\""});
        for pretty in [false, true] {
            let mut out = Vec::new();
            write_json(&mut out, &value, pretty).unwrap();
            let expected = if pretty {
                serde_json::to_string_pretty(&value).unwrap()
            } else {
                serde_json::to_string(&value).unwrap()
            };
            assert_eq!(String::from_utf8(out).unwrap(), format!("{expected}\n"));
        }
    }
}
