//! `dateline syntax`: the syntax layer's reading of a text, as CoNLL-U.
//!
//! - `dateline syntax [FILE]` (stdin without FILE): the core's own sentences (headline, dek and
//!   body, as the article reader finds them) and tokens, each word with its lemma, UPOS tag,
//!   head and relation; `# text` and `# span` comments give each sentence's text and UTF-8 byte
//!   span, MISC each word's (`Span=12-17`).
//! - `dateline syntax --conllu FILE`: the sentences and words of a CoNLL-U file exactly as given
//!   (multiword-token ranges and empty nodes skipped), analysed again, so that the result can
//!   be scored against the file with gold tokenization (`bench/syntax/score.py`).
//! - `--bench`: tagging and parsing speed on FILE's words (CoNLL-U), on one core.

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use dateline_core::article::Article;
use dateline_core::doc::syntax::{conllu, Model};
use dateline_core::doc::Doc;

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("dateline syntax: {message}");
    ExitCode::FAILURE
}

fn read_bytes(file: Option<&Path>) -> Result<Vec<u8>, String> {
    match file {
        Some(path) => std::fs::read(path).map_err(|e| format!("{}: {e}", path.display())),
        None => {
            let mut b = Vec::new();
            std::io::stdin().read_to_end(&mut b).map_err(|e| format!("stdin: {e}"))?;
            Ok(b)
        }
    }
}

fn read_conllu(file: &Path) -> Result<Vec<conllu::Sentence>, String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    conllu::parse(&text).map_err(|e| format!("{}: {e}", file.display()))
}

fn emit(out: String) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is the reader's choice, not an error of ours.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => fail(format!("stdout: {e}")),
    }
}

/// Runs the subcommand.
pub fn run(file: Option<&Path>, conllu_input: bool, bench: bool) -> ExitCode {
    match (conllu_input || bench, file) {
        (true, None) => fail("--conllu and --bench need a CoNLL-U FILE"),
        (true, Some(f)) if bench => self::bench(f),
        (true, Some(f)) => reparse(f),
        (false, file) => text(file),
    }
}

/// Re-analyses the words of a CoNLL-U file.
fn reparse(file: &Path) -> ExitCode {
    let sentences = match read_conllu(file) {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    let model = Model::embedded();
    let mut out = String::new();
    for s in &sentences {
        let forms = s.forms();
        let a = model.analyze(&forms);
        let rows: Vec<conllu::Row<'_>> = (0..forms.len())
            .map(|i| conllu::Row {
                form: forms[i],
                lemma: &a.lemmas[i],
                upos: a.upos[i],
                head: a.heads[i].map_or(0, |h| h + 1),
                rel: a.rels[i],
                misc: "",
            })
            .collect();
        conllu::write(&mut out, &s.comments, &rows);
    }
    emit(out)
}

/// The core's own reading of a text.
fn text(file: Option<&Path>) -> ExitCode {
    let bytes = match read_bytes(file) {
        Ok(b) => b,
        Err(e) => return fail(e),
    };
    let decoded = dateline_core::decode(&bytes);
    for w in &decoded.warnings {
        eprintln!("dateline syntax: {w}");
    }
    let text = decoded.text.as_ref();
    let mut doc = Doc::new(text);
    let article = Article::read(&doc);
    // The headline and dek are read as sentences too: a text of one line is all headline.
    let mut spans: Vec<dateline_core::Span> =
        article.title.into_iter().chain(article.dek).chain(article.body_sentences()).collect();
    spans.sort();
    doc.set_sentences(&spans);
    doc.parse_syntax();
    let mut out = String::new();
    for (s, range) in doc.sentences().iter().enumerate() {
        let Some(parse) = doc.tree(s) else { continue };
        let (first, last) = (doc.tokens()[range.start].span, doc.tokens()[range.end - 1].span);
        let comments = [
            format!("sent_id = {}", s + 1),
            format!("text = {}", dateline_core::Span::new(first.start, last.end).of(text)),
            format!("span = {}-{}", first.start, last.end),
        ];
        let spans: Vec<String> = range
            .clone()
            .map(|t| {
                let span = doc.tokens()[t].span;
                format!("Span={}-{}", span.start, span.end)
            })
            .collect();
        let tree = &parse.tree;
        let rows: Vec<conllu::Row<'_>> = range
            .clone()
            .enumerate()
            .map(|(w, t)| conllu::Row {
                form: doc.raw(t),
                lemma: tree.lemma(w),
                upos: tree.upos(w),
                head: tree.head(w).map_or(0, |h| h + 1),
                rel: tree.rel(w),
                misc: &spans[w],
            })
            .collect();
        conllu::write(&mut out, &comments, &rows);
    }
    emit(out)
}

/// Tags and parses FILE's sentences repeatedly for at least two seconds and prints words per
/// second: per second of this thread's CPU time where the system reports it (Linux's
/// `/proc/thread-self/schedstat`), which other work on a busy machine barely moves, and per
/// second of wall-clock time.
fn bench(file: &Path) -> ExitCode {
    let sentences = match read_conllu(file) {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    let forms: Vec<Vec<&str>> = sentences.iter().map(|s| s.forms()).collect();
    let model = Model::embedded();
    let (start, cpu_start) = (Instant::now(), thread_cpu_seconds());
    let (mut words, mut rounds) = (0usize, 0usize);
    while rounds == 0 || start.elapsed().as_secs_f64() < 2.0 {
        for f in &forms {
            words += model.analyze(f).upos.len();
        }
        rounds += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu = match (cpu_start, thread_cpu_seconds()) {
        (Some(a), Some(b)) if b > a => format!(
            ", \"cpu_seconds\": {:.3}, \"words_per_cpu_s\": {:.0}",
            b - a,
            words as f64 / (b - a)
        ),
        _ => String::new(),
    };
    println!(
        "{{\"words\": {words}, \"seconds\": {secs:.3}, \"words_per_s\": {:.0}{cpu}}}",
        words as f64 / secs
    );
    ExitCode::SUCCESS
}

/// This thread's CPU time so far in seconds, when the system says (Linux: the first field of
/// `/proc/thread-self/schedstat`, nanoseconds on a CPU).
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}
