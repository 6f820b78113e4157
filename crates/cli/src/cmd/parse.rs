//! `dateline parse [PATH...]`: the whole pipeline over files, directories or the embedded
//! corpus, printed as a bundle (or exported).
//!
//! Files are read first (a missing or unreadable one is named on stderr and skipped, and the
//! exit code becomes 1), then analysed in parallel with rayon, then assembled in the order the
//! paths were given (directories contribute their `.txt` files sorted by path).

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use clap::ValueEnum;
use dateline_core::corpus::{self, Hints, Source};
use dateline_core::export;
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

pub fn run(
    paths: &[PathBuf],
    format: Format,
    pretty: bool,
    title: &str,
    published: Option<jiff::civil::Date>,
) -> ExitCode {
    let mut failed = false;
    let files = if paths.is_empty() {
        dateline_seeds::SEEDS.iter().map(|s| (s.id.to_string(), s.bytes.to_vec())).collect()
    } else {
        read_inputs(paths, &mut failed)
    };
    let total = files.len();
    let done = AtomicUsize::new(0);
    let analyzed: Vec<corpus::Analyzed> = files
        .par_iter()
        .map(|(id, bytes)| {
            let result = corpus::analyze_with(Source { id, bytes }, Hints { published });
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if total > PROGRESS_ABOVE && (n % PROGRESS_ABOVE == 0 || n == total) {
                eprintln!("dateline: analysed {n}/{total} files");
            }
            result
        })
        .collect();
    let bundle = corpus::assemble(analyzed);
    let output = match format {
        Format::Json => to_json(&bundle, pretty),
        Format::Timelinejs => to_json(&export::timelinejs::to_timeline(&bundle, title), pretty),
        Format::Csv => export::csv::to_csv(&bundle),
        Format::Ics => export::ics::to_ics(&bundle),
    };
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_all(output.as_bytes()).and_then(|_| stdout.flush()) {
        eprintln!("dateline: cannot write the output: {e}");
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn to_json<T: serde::Serialize>(value: &T, pretty: bool) -> String {
    let mut json =
        if pretty { serde_json::to_string_pretty(value) } else { serde_json::to_string(value) }
            .expect("bundle types always serialize");
    json.push('\n');
    json
}

/// Reads every file named or found under a named directory, as `(id, bytes)`, naming each
/// failure on stderr. Ids are file stems, made unique with `~2`, `~3`… on collisions.
fn read_inputs(paths: &[PathBuf], failed: &mut bool) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            match text_files_under(path) {
                Ok(found) => files.extend(found),
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
            Ok(bytes) => inputs.push((unique_id(&file, &mut taken), bytes)),
            Err(e) => {
                eprintln!("dateline: cannot read {}: {e}", file.display());
                *failed = true;
            }
        }
    }
    inputs
}

/// The `.txt` files under `dir`, recursively, sorted by path.
fn text_files_under(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) {
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
}
