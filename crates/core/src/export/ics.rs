//! iCalendar (RFC 5545): one all-day `VEVENT` per event, so a timeline can be opened in any
//! calendar application.
//!
//! Dates are all-day (`VALUE=DATE`) with an exclusive `DTEND`, as the RFC asks. `DTSTAMP` is
//! required; the core has no clock (and must be deterministic), so it is the event's own start
//! date at midnight UTC. Expected events are `STATUS:TENTATIVE`.

use std::fmt::Write;

use jiff::civil::Date;

use crate::bundle::{Bundle, Status};

/// Writes the events of `bundle` as an iCalendar file (CRLF line ends, lines folded at 75 bytes).
pub fn to_ics(bundle: &Bundle) -> String {
    let mut out = String::new();
    push_line(&mut out, "BEGIN:VCALENDAR");
    push_line(&mut out, "VERSION:2.0");
    push_line(&mut out, "PRODID:-//Dateline//dateline.bundle/1//EN");
    push_line(&mut out, "CALSCALE:GREGORIAN");
    for event in &bundle.events {
        let end_exclusive = event.when.end.tomorrow().unwrap_or(event.when.end);
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}@dateline", escape(&event.id)));
        push_line(&mut out, &format!("DTSTAMP:{}T000000Z", compact(event.when.start)));
        push_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", compact(event.when.start)));
        push_line(&mut out, &format!("DTEND;VALUE=DATE:{}", compact(end_exclusive)));
        push_line(&mut out, &format!("SUMMARY:{}", escape(&event.title)));
        let mut description = format!(
            "Dated to the {} ({}).",
            event.when.precision.as_str(),
            event.when.basis.as_str()
        );
        let sentence = super::first_source_sentence(bundle, event);
        if !sentence.is_empty() {
            let _ = write!(description, "\n\n{sentence}");
        }
        let names = super::participant_names(bundle, event);
        if !names.is_empty() {
            let _ = write!(description, "\n\nWith: {}", names.join(", "));
        }
        push_line(&mut out, &format!("DESCRIPTION:{}", escape(&description)));
        push_line(&mut out, &format!("CATEGORIES:{}", escape(&event.kind)));
        let status = match event.status {
            Status::Happened => "CONFIRMED",
            Status::Expected => "TENTATIVE",
        };
        push_line(&mut out, &format!("STATUS:{status}"));
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// `YYYYMMDD`, the RFC's DATE form.
fn compact(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out
}

/// Appends `line` folded to at most 75 bytes per physical line (§3.1), never inside a character.
fn push_line(out: &mut String, line: &str) {
    let mut budget = 75;
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > budget {
            out.push_str("\r\n ");
            // A continuation line starts with the space, which counts against its 75 bytes.
            budget = 74;
            used = 0;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values_escape_the_rfc_specials() {
        assert_eq!(escape("a;b,c\\d\r\ne\nf"), "a\\;b\\,c\\\\d\\ne\\nf");
    }

    #[test]
    fn long_lines_fold_at_75_bytes_without_splitting_characters() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "한".repeat(60));
        push_line(&mut out, &line);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} bytes", physical.len());
        }
        // Unfolding (remove CRLF + space) gives the line back.
        assert_eq!(out.replace("\r\n ", "").trim_end(), line);
    }

    #[test]
    fn dates_use_the_compact_form() {
        assert_eq!(compact(jiff::civil::date(2021, 7, 7)), "20210707");
    }
}
