//! Bylines: who wrote the article and in what role.
//!
//! A byline line opens with "By" (or "Reporting by", "Written by", …, see
//! [`BYLINE_STARTS`](super::furniture::BYLINE_STARTS)) and lists names, roles and sometimes the
//! outlet, separated by commas, semicolons, "|", "&" or "and":
//! "By Hwang Joon-bum, Washington correspondent, and Kim Ji-eun and Noh Ji-won, staff reporters".
//! A role applies to every name listed since the previous role; a segment that names a known
//! outlet ("By Kim Tong-hyung, Associated Press") is reported as outlet evidence instead.

use super::furniture::{BYLINE_ROLE_WORDS, BYLINE_STARTS};
use super::outlets::{self, KnownOutlet};
use super::{is_blank, Byline};
use crate::Span;

/// A byline line read into names and roles.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ParsedByline {
    pub names: Vec<Byline>,
    pub outlets: Vec<(Span, &'static KnownOutlet)>,
}

/// Lines longer than this are prose, not bylines.
const MAX_BYLINE_BYTES: usize = 240;

/// Words that may sit lowercase inside a name ("Ursula von der Leyen", "Kim bin Salman").
const NAME_PARTICLES: &[&str] =
    &["de", "van", "von", "der", "den", "bin", "al", "da", "le", "la", "del", "di"];

/// Reads `line` as a byline; `None` if it is not one or names nobody.
pub(crate) fn parse_byline(text: &str, line: Span) -> Option<ParsedByline> {
    let s = line.of(text);
    if s.len() > MAX_BYLINE_BYTES || s.is_empty() {
        return None;
    }
    let opener_len = BYLINE_STARTS.iter().find_map(|start| {
        let head = s.get(..start.len())?;
        let after = s[start.len()..].chars().next()?;
        (head.eq_ignore_ascii_case(start) && is_blank(after)).then_some(start.len())
    })?;
    parse_names(text, Span::new(line.start + opener_len, line.end))
}

/// Reads a header line without an opener as a byline ("Justin McCurry in Tokyo"); `None` if it
/// is not made only of names, roles and outlets, or is longer than eight words.
pub(crate) fn parse_bare_byline(text: &str, line: Span) -> Option<ParsedByline> {
    let s = line.of(text);
    if s.len() > 80 || s.split(is_blank).filter(|w| !w.is_empty()).count() > 8 {
        return None;
    }
    parse_names(text, line)
}

/// Names, roles and outlets in the content of a byline.
fn parse_names(text: &str, content: Span) -> Option<ParsedByline> {
    let first = content.of(text).trim_start_matches(is_blank).chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    let mut parsed = ParsedByline { names: Vec::new(), outlets: Vec::new() };
    let mut pending = 0usize;
    for segment in segments(text, content) {
        let (role_prefix, who) = split_by_prefix(text, segment);
        let seg = who.of(text);
        if seg.is_empty() {
            continue;
        }
        if let Some(outlet) = outlets::by_name(seg) {
            parsed.outlets.push((who, outlet));
            continue;
        }
        // An e-mail address names the outlet by its domain ("cheesuk@heraldcorp.com").
        if let Some(at) = seg.find('@') {
            if let Some(outlet) = outlets::by_domain(&seg[at + 1..]) {
                parsed.outlets.push((Span::new(who.start + at + 1, who.end), outlet));
            }
            continue;
        }
        if seg.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        if is_name(seg) {
            parsed.names.push(Byline { name: who, role: role_prefix });
            if role_prefix.is_none() {
                pending += 1;
            }
        } else if let Some(at) = seg.find(" in ").filter(|&at| is_name(&seg[..at])) {
            // "Justin McCurry in Tokyo": the place is the role.
            let name = Span::new(who.start, who.start + at);
            parsed.names.push(Byline { name, role: Some(Span::new(who.start + at + 1, who.end)) });
        } else if is_role(seg) {
            let count = parsed.names.len();
            for b in &mut parsed.names[count - pending.min(count)..] {
                b.role = Some(who);
            }
            pending = 0;
        } else {
            // Neither a name, a role nor an outlet: a sentence that happens to start with "By".
            return None;
        }
    }
    (!parsed.names.is_empty()).then_some(parsed)
}

/// "Editing by Lincoln Feast" → (role "Editing", name "Lincoln Feast").
fn split_by_prefix(text: &str, segment: Span) -> (Option<Span>, Span) {
    let s = segment.of(text);
    if let Some(at) = s.find(" by ") {
        let role = Span::new(segment.start, segment.start + at);
        let who = Span::new(segment.start + at + 4, segment.end);
        return (Some(role).filter(|r| !r.is_empty()), trim(text, who));
    }
    (None, segment)
}

fn trim(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let lead = s.len() - s.trim_start_matches(is_blank).len();
    // A final period belongs to the line, not to the last name ("Editing by Lincoln Feast.").
    let body = s.trim_matches(is_blank).trim_end_matches('.');
    Span::new(span.start + lead, span.start + lead + body.len())
}

/// Splits at `,` `;` `|` `&` `/`, brackets and the word "and", trimming each piece and dropping empties.
fn segments(text: &str, span: Span) -> Vec<Span> {
    let s = span.of(text);
    let mut out = Vec::new();
    let mut start = 0;
    let cut = |from: usize, to: usize, out: &mut Vec<Span>| {
        let piece = trim(text, Span::new(span.start + from, span.start + to));
        if !piece.is_empty() {
            out.push(piece);
        }
    };
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let sep_len = if rest.starts_with([',', ';', '|', '&', '/', '(', ')', '[', ']']) {
            1
        } else if rest.starts_with(" and ") {
            5
        } else {
            0
        };
        if sep_len > 0 {
            cut(start, i, &mut out);
            i += sep_len;
            start = i;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    cut(start, s.len(), &mut out);
    out
}

fn has_role_word(words: &[&str]) -> bool {
    words.iter().any(|w| {
        let bare = w.trim_matches(|c: char| !c.is_alphabetic());
        BYLINE_ROLE_WORDS.iter().any(|r| r.eq_ignore_ascii_case(bare))
    })
}

/// Rule: a line that is only a role ("Staff Writer", "Senior correspondent"): at most four
/// words, one of them a role word.
pub(crate) fn is_role_line(s: &str) -> bool {
    let words: Vec<&str> = s.split(is_blank).filter(|w| !w.is_empty()).collect();
    words.len() <= 4 && has_role_word(&words)
}

/// A role: names a job ("staff reporters"), or is a short description.
fn is_role(seg: &str) -> bool {
    let words: Vec<&str> = seg.split(is_blank).filter(|w| !w.is_empty()).collect();
    has_role_word(&words) || words.len() <= 3
}

/// A name: one to five words, each capitalised (or a particle), and no role word.
fn is_name(seg: &str) -> bool {
    let words: Vec<&str> = seg.split(is_blank).filter(|w| !w.is_empty()).collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    let calendar_word = words.iter().any(|w| {
        let bare = w.trim_matches(|c: char| !c.is_alphabetic());
        super::datewords::is_weekday(bare) || super::datewords::month_number(bare).is_some()
    });
    !has_role_word(&words)
        && !calendar_word
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase()) || NAME_PARTICLES.contains(w)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Vec<(&str, Option<&str>)> {
        parse_byline(line, Span::new(0, line.len()))
            .map(|p| {
                p.names.iter().map(|b| (b.name.of(line), b.role.map(|r| r.of(line)))).collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn a_role_applies_to_every_name_since_the_previous_role() {
        let line = "By Hwang Joon-bum, Washington correspondent, and Kim Ji-eun and Noh Ji-won, staff reporters";
        assert_eq!(
            read(line),
            [
                ("Hwang Joon-bum", Some("Washington correspondent")),
                ("Kim Ji-eun", Some("staff reporters")),
                ("Noh Ji-won", Some("staff reporters")),
            ]
        );
    }

    #[test]
    fn reporting_and_editing_credits_carry_their_own_role() {
        let line = "Reporting by Josh Smith; Editing by Lincoln Feast";
        assert_eq!(read(line), [("Josh Smith", None), ("Lincoln Feast", Some("Editing"))]);
    }

    #[test]
    fn an_outlet_in_a_byline_is_not_a_name() {
        let line = "By Kim Tong-Hyung, Associated Press";
        let parsed = parse_byline(line, Span::new(0, line.len())).unwrap();
        assert_eq!(parsed.names.len(), 1);
        assert_eq!(parsed.outlets[0].1.name, "Associated Press");
    }

    #[test]
    fn an_email_address_in_a_byline_names_the_outlet() {
        let line = "By Choi He-suk (cheesuk@heraldcorp.com)";
        let parsed = parse_byline(line, Span::new(0, line.len())).unwrap();
        assert_eq!(parsed.names[0].name.of(line), "Choi He-suk");
        assert_eq!(parsed.outlets[0].1.name, "The Korea Herald");
    }

    #[test]
    fn a_bare_byline_with_a_place() {
        let line = "Justin McCurry in Tokyo";
        let parsed = parse_bare_byline(line, Span::new(0, line.len())).unwrap();
        assert_eq!(parsed.names[0].name.of(line), "Justin McCurry");
        assert_eq!(parsed.names[0].role.unwrap().of(line), "in Tokyo");
        let sentence = "North Korea fired two missiles into the sea on Thursday morning";
        assert!(parse_bare_byline(sentence, Span::new(0, sentence.len())).is_none());
    }

    #[test]
    fn prose_starting_with_by_is_not_a_byline() {
        assert!(read("By reopening lines of communication, both sides took a step.").is_empty());
        assert!(read("By").is_empty());
        assert!(read("By Tuesday, North Korea had restored all of the cut lines.").is_empty());
    }
}
