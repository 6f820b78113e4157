//! CSV: one row per event, RFC 4180 quoting, for spreadsheets and researchers.

use std::fmt::Write;

use crate::bundle::Bundle;

/// The header row, in column order.
pub const COLUMNS: [&str; 13] = [
    "id",
    "start",
    "end",
    "precision",
    "basis",
    "status",
    "kind",
    "title",
    "participants",
    "senders",
    "recipients",
    "sources",
    "source_sentence",
];

/// Writes the events of `bundle` as CSV with a header row and CRLF line ends (RFC 4180).
pub fn to_csv(bundle: &Bundle) -> String {
    let mut out = String::new();
    push_row(&mut out, COLUMNS.iter().map(|c| c.to_string()));
    for event in &bundle.events {
        let sources: Vec<String> =
            event.sources.iter().map(|s| format!("{}:{}-{}", s.article, s.start, s.end)).collect();
        push_row(
            &mut out,
            [
                event.id.clone(),
                event.when.start.to_string(),
                event.when.end.to_string(),
                event.when.precision.as_str().to_string(),
                event.when.basis.as_str().to_string(),
                event.status.as_str().to_string(),
                event.kind.clone(),
                event.title.clone(),
                super::participant_names(bundle, event).join("; "),
                super::entity_names(bundle, &event.senders).join("; "),
                super::entity_names(bundle, &event.recipients).join("; "),
                sources.join("; "),
                super::first_source_sentence(bundle, event).to_string(),
            ]
            .into_iter(),
        );
    }
    out
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            let _ = write!(out, "\"{}\"", field.replace('"', "\"\""));
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_commas_quotes_or_newlines_are_quoted() {
        let mut out = String::new();
        push_row(
            &mut out,
            ["plain", "a,b", "say \"hi\"", "two\nlines"].map(String::from).into_iter(),
        );
        assert_eq!(out, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
    }

    #[test]
    fn an_empty_bundle_is_just_the_header() {
        let csv = to_csv(&Bundle::default());
        assert_eq!(csv, format!("{}\r\n", COLUMNS.join(",")));
    }
}
