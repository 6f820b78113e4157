//! Reading a bundle's JSON in the browser: the core's own `Deserialize` (its dates are read
//! by a small `YYYY-MM-DD` reader, not jiff's full parser, so this costs the page little).

use dateline_core::bundle::{Bundle, SCHEMA};

use crate::i18n::{fill, t};

/// Parses a bundle from JSON text; an error says what is wrong and where ([`json_error`]).
pub fn parse_bundle(json: &str) -> Result<Bundle, String> {
    serde_json::from_str(json).map_err(|e| json_error(&e))
}

/// What is wrong with a JSON text, and where. Not serde_json's own message: its `Display`
/// links every message serde_json has, and the standard library's I/O error texts, about
/// 1 KB of the page's gzip transfer for what only a broken bundle shows. (`dateline parse`
/// and the worker read bundles with serde_json's full messages.)
pub fn json_error(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match e.classify() {
        Category::Syntax => "not valid JSON",
        Category::Eof => "the JSON ends early",
        Category::Data => "a field is missing or of the wrong type",
        Category::Io => "unreadable",
    };
    format!("{what} (line {}, column {})", e.line(), e.column())
}

/// Parses a bundle of this build's schema from JSON text; an error is a message for the
/// reader in the page's locale, naming the bundle as `name` (its address, or "the bundle
/// given").
pub fn read_bundle(json: &str, name: &str) -> Result<Bundle, String> {
    let bundle =
        parse_bundle(json).map_err(|e| fill(t().not_a_bundle, &[("url", &name), ("why", &e)]))?;
    if bundle.schema != SCHEMA {
        let got = bundle.schema;
        return Err(fill(t().bundle_schema, &[("url", &name), ("got", &got), ("want", &SCHEMA)]));
    }
    Ok(bundle)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-written end-to-end fixture (events, entities, quotes, conflicts).
    const FIXTURE: &str = include_str!("../../../e2e/fixtures/koreas.json");

    #[test]
    fn reads_the_hand_written_fixture() {
        let bundle = parse_bundle(FIXTURE).unwrap();
        assert!(!bundle.events.is_empty() && !bundle.entities.is_empty());
        assert!(bundle.events.iter().any(|e| !e.conflicts.is_empty()));
    }

    #[test]
    fn reads_what_the_core_writes() {
        let sources = [dateline_core::corpus::Source { id: "a", bytes: b"Title\n\nBody." }];
        let bundle = dateline_core::corpus::build_bundle(&sources);
        let json = serde_json::to_string(&bundle).unwrap();
        assert_eq!(parse_bundle(&json).unwrap(), bundle);
    }

    #[test]
    fn malformed_json_is_an_error_message() {
        assert_eq!(parse_bundle("{").unwrap_err(), "the JSON ends early (line 1, column 1)");
        let wrong = parse_bundle("{\"schema\":1}").unwrap_err();
        assert!(wrong.starts_with("a field is missing or of the wrong type (line 1"), "{wrong}");
        assert!(parse_bundle("{]").unwrap_err().starts_with("not valid JSON"));
    }
}
