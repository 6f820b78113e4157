//! Reading a bundle's JSON in the browser: the core's own `Deserialize` (its dates are read
//! by a small `YYYY-MM-DD` reader, not jiff's full parser, so this costs the page little).

use dateline_core::bundle::Bundle;

/// Parses a bundle from JSON text; an error is serde's message.
pub fn parse_bundle(json: &str) -> Result<Bundle, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
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
        assert!(parse_bundle("{").is_err());
        assert!(parse_bundle("{\"schema\":1}").is_err());
    }
}
