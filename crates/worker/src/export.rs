//! Export files of the bundle the page shows, made here rather than in the page: the core's
//! exporters and a JSON writer are code the page would download for a rare action.
//!
//! The page hands over the JSON texts it read its bundle from (one, or a loaded bundle and the
//! reader's articles), which are read and appended ([`Bundle::append`]) in order.

use dateline_core::bundle::Bundle;
use dateline_core::export::{csv::to_csv, ics::to_ics, timelinejs::to_timeline};

/// The file `format` (`bundle`, `timelinejs`, `csv` or `ics`) for the bundle `parts` give. An
/// error is for people.
pub fn export(format: &str, parts: &[String]) -> Result<String, String> {
    let mut bundle = Bundle::default();
    for part in parts {
        let read: Bundle = serde_json::from_str(part)
            .map_err(|e| format!("The bundle could not be read for export: {e}"))?;
        bundle.append(read);
    }
    match format {
        "bundle" => pretty(&bundle),
        "timelinejs" => pretty(&to_timeline(&bundle, "Dateline timeline")),
        "csv" => Ok(to_csv(&bundle)),
        "ics" => Ok(to_ics(&bundle)),
        other => Err(format!("There is no export format “{other}”.")),
    }
}

fn pretty<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_core::corpus::{build_bundle, Source};

    fn bundle_json(id: &str, text: &str) -> String {
        serde_json::to_string(&build_bundle(&[Source { id, bytes: text.as_bytes() }])).unwrap()
    }

    const TALKS: &str = "Talks resume\n\nSEOUL, March 4, 2024 (Wire) - The two sides met in \
        Seoul on Monday and agreed to meet again in June, officials said.";
    const STRIKE: &str = "Port strike ends\n\nHALIFAX, May 2, 2023 (Wire) - Dock workers \
        ended their strike on Tuesday after the union signed a deal, officials said.";

    #[test]
    fn parts_are_appended_in_order_and_written_in_each_format() {
        let parts = [bundle_json("talks", TALKS), bundle_json("strike", STRIKE)];
        let bundle: Bundle = serde_json::from_str(&export("bundle", &parts).unwrap()).unwrap();
        let ids: Vec<&str> = bundle.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["talks", "strike"]);
        assert!(bundle.events.len() >= 2, "{:?}", bundle.events);

        let timeline: serde_json::Value =
            serde_json::from_str(&export("timelinejs", &parts).unwrap()).unwrap();
        assert_eq!(timeline["events"].as_array().map(Vec::len), Some(bundle.events.len()));
        let csv = export("csv", &parts).unwrap();
        assert_eq!(csv.lines().count(), bundle.events.len() + 1, "a header and a row per event");
        assert!(export("ics", &parts).unwrap().starts_with("BEGIN:VCALENDAR"));
    }

    #[test]
    fn bad_parts_and_formats_are_errors_with_a_message() {
        let error = export("csv", &["{not json".to_string()]).unwrap_err();
        assert!(error.starts_with("The bundle could not be read"), "{error}");
        assert!(export("pdf", &[]).unwrap_err().contains("“pdf”"));
        let empty: Bundle = serde_json::from_str(&export("bundle", &[]).unwrap()).unwrap();
        assert_eq!(empty, Bundle::default());
    }
}
