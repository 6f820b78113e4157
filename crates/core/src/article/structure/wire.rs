//! What may open a paragraph of a pasted page besides its text: a wire-service dateline
//! ("SEOUL, South Korea (AP) —", "Seoul (CNN)") with its outlet, or a stray opening bracket
//! left over from a page element that was not copied.

use super::line_kinds::word_count;
use crate::article::is_blank;
use crate::article::outlets::{self, KnownOutlet};
use crate::Span;

/// A wire-service dateline opening a paragraph: "SEOUL, South Korea (AP) —".
#[derive(Debug, Clone, Copy)]
pub(crate) struct WireDateline {
    pub span: Span,
    pub outlet: Option<(Span, &'static KnownOutlet)>,
}

/// Rule: an opening bracket that starts a paragraph and is never closed in it is stray, left
/// over from a page element that was not copied ("( On Tuesday, ...").
pub(super) fn stray_opening_bracket(text: &str, p: Span) -> Option<Span> {
    let s = p.of(text);
    let close = match s.chars().next()? {
        '(' => ')',
        '[' => ']',
        _ => return None,
    };
    let rest = &s[1..];
    let mut window_end = rest.len().min(400);
    while !rest.is_char_boundary(window_end) {
        window_end -= 1;
    }
    (!rest[..window_end].contains(close)).then(|| Span::new(p.start, p.start + 1))
}

/// Rule: a wire dateline opens the first paragraphs: a place in capitals, optionally more
/// place names and a date, optionally a wire tag in parentheses or slashes, then a dash
/// ("SEOUL, South Korea (AP) —", "SEOUL, July 27 (Reuters) -", "WASHINGTON —",
/// "SEOUL, June 12, 2019 /PRNewswire/ --"); or a capitalised place right before a known wire
/// tag, with the text glued on ("Seoul (CNN)North Korea ...").
pub(super) fn wire_dateline(text: &str, p: Span) -> Option<WireDateline> {
    let s = p.of(text);
    let mut head_end = s.len().min(120);
    while !s.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let head = &s[..head_end];
    let first_word: &str = head.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let capitals = first_word.chars().count() >= 3 && first_word.chars().all(|c| c.is_uppercase());
    // " _ " is the wire archives' dash ("NEWARK, N.J. _ A new task force …").
    let dashes = [" — ", " – ", " - ", " -- ", " —", "— ", " _ "];
    let dash =
        dashes.iter().filter_map(|d| head.find(d).map(|at| (at, *d))).min_by_key(|(at, _)| *at);
    if let Some((dash_at, dash)) = dash.filter(|_| capitals) {
        let before = &head[..dash_at];
        // A full stop only ends an abbreviation: "Mich.", "N.J.", "Oct. 4".
        let abbreviations_only = before.match_indices('.').all(|(at, _)| {
            let word = before[..at].rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            (1..=5).contains(&word.chars().count()) && word.starts_with(char::is_uppercase)
        });
        if abbreviations_only && !before.contains(['!', '?', '"', '“']) && word_count(before) <= 10
        {
            let end = dash_at + dash.trim_end_matches(is_blank).len();
            return Some(WireDateline {
                span: Span::new(p.start, p.start + end),
                outlet: wire_tag(before, p.start),
            });
        }
    }
    // "Seoul (CNN)": a known tag after one to five capitalised words.
    let open = head.find('(')?;
    let close = head[open..].find(')')? + open;
    let place = &head[..open];
    let capitalised = place
        .split(is_blank)
        .filter(|w| !w.is_empty())
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let glued = head[close + 1..].chars().next().is_some_and(|c| !is_blank(c));
    if open == 0
        || !glued
        || word_count(place) > 5
        || place.contains(['.', '!', '?'])
        || !capitalised
    {
        return None;
    }
    let outlet = wire_tag(&head[..=close], p.start)?;
    Some(WireDateline { span: Span::new(p.start, p.start + close + 1), outlet: Some(outlet) })
}

/// The known wire tag in a dateline, "(AP)" or "/PRNewswire/", with its span.
fn wire_tag(dateline: &str, offset: usize) -> Option<(Span, &'static KnownOutlet)> {
    for (open_char, close_char) in [('(', ')'), ('/', '/')] {
        let Some(open) = dateline.rfind(open_char).and_then(|last| {
            if open_char == close_char {
                dateline[..last].rfind(open_char)
            } else {
                Some(last)
            }
        }) else {
            continue;
        };
        let Some(close) = dateline[open + 1..].find(close_char).map(|c| c + open + 1) else {
            continue;
        };
        let tag = &dateline[open + 1..close];
        if let Some(o) = outlets::by_wire_tag(tag) {
            return Some((Span::new(offset + open + 1, offset + close), o));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::read_layout;
    use super::super::tests::{kinds, paragraphs, BODY};
    use crate::article::SetAsideKind;
    use crate::doc::Doc;

    #[test]
    fn a_stray_opening_bracket_is_set_aside() {
        let text = format!("Koreas restore their hotline after a year\n\n( {BODY}");
        assert_eq!(paragraphs(&text), [BODY]);
        assert!(kinds(&text).contains(&(SetAsideKind::StrayPunctuation, "(")));
        let balanced = format!("Koreas restore their hotline after a year\n\n(Yonhap) {BODY}");
        assert_eq!(paragraphs(&balanced).len(), 1);
        assert!(!kinds(&balanced).iter().any(|k| k.0 == SetAsideKind::StrayPunctuation));
    }

    #[test]
    fn a_wire_dateline_is_set_aside_with_its_outlet() {
        let text = format!(
            "Koreas restore their hotline after a year\n\nSEOUL, South Korea (AP) — {BODY}"
        );
        let layout = read_layout(&Doc::new(&text));
        assert_eq!(layout.wire_datelines[0].span.of(&text), "SEOUL, South Korea (AP) —");
        assert_eq!(layout.wire_datelines[0].outlet.unwrap().1.name, "Associated Press");
        assert_eq!(paragraphs(&text), [BODY]);
    }

    #[test]
    fn a_dateline_with_abbreviations_or_the_archives_underscore_is_set_aside() {
        for (dateline, outlet) in [
            ("TUCSON, Ariz., Oct. 4 (UPI) —", Some("United Press International")),
            ("DENVER, Colo. _", None),
            ("ALBANY, N.Y. —", None),
        ] {
            let text = format!("Koreas restore their hotline after a year\n\n{dateline} {BODY}");
            let layout = read_layout(&Doc::new(&text));
            assert_eq!(layout.wire_datelines[0].span.of(&text), dateline);
            assert_eq!(layout.wire_datelines[0].outlet.map(|o| o.1.name), outlet);
            assert_eq!(paragraphs(&text), [BODY]);
        }
        // A sentence's full stop is no abbreviation.
        let sentence = format!(
            "Koreas restore their hotline after a year\n\nSEOUL said nothing. Then — {BODY}"
        );
        assert!(read_layout(&Doc::new(&sentence)).wire_datelines.is_empty());
    }

    #[test]
    fn wire_tags_glued_to_the_text_or_between_slashes() {
        let text = format!("Koreas restore their hotline after a year\n\nSeoul (CNN){BODY}");
        let layout = read_layout(&Doc::new(&text));
        assert_eq!(layout.wire_datelines[0].span.of(&text), "Seoul (CNN)");
        assert_eq!(paragraphs(&text), [BODY]);
        let release = format!("Acme opens a Seoul office this summer\n\nSEOUL, South Korea, June 12, 2019 /PRNewswire/ -- {BODY}");
        let layout = read_layout(&Doc::new(&release));
        assert_eq!(layout.wire_datelines[0].outlet.unwrap().1.name, "PR Newswire");
    }

    #[test]
    fn a_capitalised_sentence_opening_is_not_a_wire_dateline() {
        let text = format!(
            "Koreas restore their hotline after a year\n\nThe UN (which met today) said so. {BODY}"
        );
        assert!(read_layout(&Doc::new(&text)).wire_datelines.is_empty());
        let named = format!(
            "Koreas restore their hotline after a year\n\nThe Korean Central News Agency (KCNA) said so. {BODY}"
        );
        assert!(
            read_layout(&Doc::new(&named)).wire_datelines.is_empty(),
            "a tag followed by a space is a mention"
        );
    }
}
