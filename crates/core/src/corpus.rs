//! The whole pipeline over a corpus: files in, one [`Bundle`] out.
//!
//! Each source is decoded (lossily, with warnings), read as an article and annotated; the
//! per-article results are then merged across the corpus. This is the entry point the CLI
//! (`dateline parse`) and the web app call.

use crate::bundle::{self, Bundle, Warning};
use crate::input::{self, DecodeWarning};

/// One input file or pasted text.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// Unique within the corpus: the file stem, or a name given to a pasted text.
    pub id: &'a str,
    pub bytes: &'a [u8],
}

/// What the core found in one source, before the corpus-wide merge.
///
/// Analysing sources is independent per source, so callers may run [`analyze`] in parallel
/// (the CLI does, with rayon) and hand the results to [`assemble`] in corpus order.
#[derive(Debug, Clone)]
pub struct Analyzed {
    pub article: bundle::Article,
    pub warnings: Vec<Warning>,
}

/// Runs the per-article part of the pipeline on one source.
pub fn analyze(source: Source<'_>) -> Analyzed {
    let decoded = input::decode(source.bytes);
    let warnings = decoded
        .warnings
        .iter()
        .map(|warning| Warning {
            article: Some(source.id.to_string()),
            kind: warning_kind(warning).to_string(),
            message: format!("{}: {warning}", source.id),
        })
        .collect();
    let text = decoded.text.into_owned();
    let title = input::first_line(&text).of(&text).to_string();
    let article = bundle::Article {
        id: source.id.to_string(),
        title,
        outlet: None,
        published: None,
        bylines: Vec::new(),
        text,
        removed: Vec::new(),
        timexes: Vec::new(),
        quotes: Vec::new(),
        sentences: Vec::new(),
    };
    Analyzed { article, warnings }
}

/// Merges per-article results, in the order given, into one bundle.
pub fn assemble(analyzed: Vec<Analyzed>) -> Bundle {
    let mut bundle = Bundle::default();
    for one in analyzed {
        bundle.articles.push(one.article);
        bundle.warnings.extend(one.warnings);
    }
    bundle
}

/// Runs the whole pipeline on every source, in order, and returns the bundle.
pub fn build_bundle(sources: &[Source<'_>]) -> Bundle {
    assemble(sources.iter().map(|&source| analyze(source)).collect())
}

/// The stable machine-readable name of a decoding warning.
fn warning_kind(warning: &DecodeWarning) -> &'static str {
    match warning {
        DecodeWarning::InvalidUtf8 { .. } => "invalid_utf8",
        DecodeWarning::Empty => "empty",
        DecodeWarning::LooksBinary { .. } => "looks_binary",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_becomes_an_article_in_order() {
        let bundle = build_bundle(&[
            Source { id: "b", bytes: b"Second\nbody" },
            Source { id: "a", bytes: b"First" },
        ]);
        let ids: Vec<&str> = bundle.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["b", "a"]);
        assert_eq!(bundle.articles[0].title, "Second");
        assert!(bundle.warnings.is_empty());
    }

    #[test]
    fn bad_input_gives_warnings_and_keeps_the_article() {
        let bundle = build_bundle(&[
            Source { id: "empty", bytes: b"" },
            Source { id: "latin1", bytes: b"Caf\xe9 talks" },
        ]);
        assert_eq!(bundle.articles.len(), 2, "nothing the user gave is dropped");
        let kinds: Vec<(&str, &str)> = bundle
            .warnings
            .iter()
            .map(|w| (w.article.as_deref().unwrap(), w.kind.as_str()))
            .collect();
        assert_eq!(kinds, [("empty", "empty"), ("latin1", "invalid_utf8")]);
        assert_eq!(bundle.articles[1].text, "Caf\u{fffd} talks");
    }
}
