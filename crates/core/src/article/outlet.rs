//! Which outlet published the article, and the span of text that says so.
//!
//! Sources, strongest first ([`OutletSource`]): a copyright line ("Copyright CNBC"), a contact
//! address in the furniture ("english@hani.co.kr" → the Hankyoreh via the domain table), a
//! masthead line (a line that is only an outlet's name), a wire dateline tag ("(AP)"), an outlet
//! named in a byline, and finally "told the Hankyoreh"-style mentions in the body, which only
//! count when a single outlet is named that way more often than any other (articles also say
//! "told NBC News" about other outlets' interviews). Articles that say none of this get `None`:
//! citing "according to Reuters" names a source, not the publisher.

use super::outlets::{self, KnownOutlet};
use super::structure::Layout;
use super::{is_blank, Outlet, OutletSource, SetAsideKind};
use crate::Span;

/// Names `outlet` with `evidence` from `source`.
fn known(outlet: &KnownOutlet, evidence: Span, source: OutletSource) -> Outlet {
    Outlet { name: outlet.name.to_string(), evidence, source, kind: Some(outlet.kind) }
}

fn is_word_boundary(s: &str, at: usize) -> bool {
    let before = s[..at].chars().next_back();
    before.is_none_or(|c| !c.is_alphanumeric())
}

/// The first known outlet named in `span` as whole words (longest name first).
fn outlet_named_in(text: &str, span: Span) -> Option<(Span, &'static KnownOutlet)> {
    let s = span.of(text);
    let mut best: Option<(usize, usize, &'static KnownOutlet)> = None;
    for (name, outlet) in outlets::all_names() {
        let mut from = 0;
        while let Some(found) = s.get(from..).and_then(|rest| rest.find(name)) {
            let at = from + found;
            let end = at + name.len();
            let after_ok = s[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            if is_word_boundary(s, at) && after_ok {
                if best.is_none_or(|(b, _, _)| at < b) {
                    best = Some((at, end, outlet));
                }
                break;
            }
            from = end;
        }
    }
    best.map(|(at, end, o)| (Span::new(span.start + at, span.start + end), o))
}

/// Phrases that end the outlet's name in a copyright line.
const RIGHTS_RESERVED: &[&str] = &[
    "all rights reserved",
    "무단전재",
    "무단 전재",
    "tous droits réservés",
    "alle rechte vorbehalten",
    "جميع الحقوق محفوظة",
    "版权所有",
];

/// Rule: "Copyright 2021 The Associated Press. All rights reserved." names the outlet after the
/// copyright sign and the years; an unknown name is reported as written.
fn from_copyright(text: &str, line: Span) -> Option<Outlet> {
    if let Some((span, outlet)) = outlet_named_in(text, line) {
        return Some(known(outlet, span, OutletSource::Copyright));
    }
    let s = line.of(text);
    let mut start = 0;
    for prefix in ["copyright", "©", "ⓒ", "(c)"] {
        let rest = &s[start..];
        let trimmed = rest.trim_start_matches(is_blank);
        if trimmed.get(..prefix.len()).is_some_and(|h| h.eq_ignore_ascii_case(prefix)) {
            start = s.len() - trimmed.len() + prefix.len();
        }
    }
    let rest = &s[start..];
    let skip = rest.len()
        - rest
            .trim_start_matches(|c: char| {
                is_blank(c) || c.is_ascii_digit() || matches!(c, '-' | '–' | ',' | '©')
            })
            .len();
    let name_start = start + skip;
    let mut name = &s[name_start..];
    for phrase in RIGHTS_RESERVED {
        if let Some(at) = name.to_lowercase().find(phrase).filter(|&at| name.is_char_boundary(at)) {
            name = &name[..at];
        }
    }
    let name = name.trim_end_matches(|c: char| is_blank(c) || matches!(c, '.' | ',' | ';'));
    if name.is_empty() || name.len() > 60 || !name.chars().any(char::is_alphabetic) {
        return None;
    }
    let evidence = Span::new(line.start + name_start, line.start + name_start + name.len());
    Some(Outlet { name: name.to_string(), evidence, source: OutletSource::Copyright, kind: None })
}

/// Rule: an e-mail address or web address in contact furniture names the outlet by its domain.
fn from_address(text: &str, line: Span) -> Option<Outlet> {
    let s = line.of(text);
    let at = s.find('@').map(|a| a + 1).or_else(|| s.find("www.").map(|w| w + 4))?;
    let len = s[at..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .unwrap_or(s.len() - at);
    let domain = s[at..at + len].trim_end_matches('.');
    if !domain.contains('.') {
        return None;
    }
    let evidence = Span::new(line.start + at, line.start + at + domain.len());
    Some(match outlets::by_domain(domain) {
        Some(outlet) => known(outlet, evidence, OutletSource::ContactAddress),
        None => Outlet {
            name: domain.to_ascii_lowercase(),
            evidence,
            source: OutletSource::ContactAddress,
            kind: None,
        },
    })
}

/// Rule: "told the Hankyoreh" / "told CNBC" in the body; the outlet told most often, if unique.
fn from_told_mentions(text: &str, paragraphs: &[Span]) -> Option<Outlet> {
    let mut counts: Vec<(&'static KnownOutlet, usize, Span)> = Vec::new();
    for p in paragraphs {
        let s = p.of(text);
        let mut from = 0;
        while let Some(found) = s.get(from..).and_then(|rest| rest.find("told ")) {
            let at = from + found + "told ".len();
            from = at;
            if !is_word_boundary(s, at - "told ".len()) {
                continue;
            }
            let mut name_at = at;
            for article in ["the ", "The "] {
                if s[at..].starts_with(article) {
                    name_at = at + article.len();
                }
            }
            let window_end = (name_at + 48).min(s.len());
            let window_end =
                (window_end..=s.len()).find(|&e| s.is_char_boundary(e)).unwrap_or(s.len());
            let window = Span::new(p.start + name_at, p.start + window_end);
            if let Some((span, outlet)) =
                outlet_named_in(text, window).filter(|(span, _)| span.start == window.start)
            {
                match counts.iter_mut().find(|(o, _, _)| std::ptr::eq(*o, outlet)) {
                    Some(entry) => entry.1 += 1,
                    None => counts.push((outlet, 1, span)),
                }
            }
        }
    }
    counts.sort_by_key(|(_, n, _)| std::cmp::Reverse(*n));
    match counts.as_slice() {
        [(outlet, _, span)] => Some(known(outlet, *span, OutletSource::ToldMention)),
        [(outlet, a, span), (_, b, _), ..] if a > b => {
            Some(known(outlet, *span, OutletSource::ToldMention))
        }
        _ => None,
    }
}

/// The outlet of the article, from the strongest evidence found.
pub(crate) fn detect(text: &str, layout: &Layout) -> Option<Outlet> {
    let lines_of = |kinds: &'static [SetAsideKind]| {
        layout.set_aside.iter().filter(move |a| kinds.contains(&a.kind)).map(|a| a.span)
    };
    let addresses = || {
        lines_of(&[
            SetAsideKind::Contact,
            SetAsideKind::CommentPrompt,
            SetAsideKind::TrailingFurniture,
        ])
        .filter_map(|l| from_address(text, l))
    };
    lines_of(&[SetAsideKind::Copyright])
        .find_map(|line| from_copyright(text, line))
        .or_else(|| addresses().find(|o| o.kind.is_some()))
        .or_else(|| {
            lines_of(&[SetAsideKind::Masthead]).find_map(|line| {
                outlet_named_in(text, line).map(|(span, o)| known(o, span, OutletSource::Masthead))
            })
        })
        .or_else(|| {
            layout
                .wire_datelines
                .iter()
                .find_map(|w| w.outlet.map(|(span, o)| known(o, span, OutletSource::WireDateline)))
        })
        .or_else(|| {
            layout.byline_outlets.first().map(|&(span, o)| known(o, span, OutletSource::Byline))
        })
        .or_else(|| from_told_mentions(text, &layout.paragraphs))
        // An unknown domain is the weakest evidence: a press release's contact is the issuer.
        .or_else(|| addresses().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(text: &str) -> Span {
        Span::new(0, text.len())
    }

    #[test]
    fn a_copyright_line_names_a_known_outlet() {
        let line = "Copyright 2021 The Associated Press. All rights reserved.";
        let o = from_copyright(line, whole(line)).unwrap();
        assert_eq!(o.name, "Associated Press");
        assert_eq!(o.evidence.of(line), "The Associated Press");
    }

    #[test]
    fn a_copyright_line_names_an_unknown_outlet_as_written() {
        let line = "© 2020 Pyongyang Gazette Ltd. All rights reserved";
        assert_eq!(from_copyright(line, whole(line)).unwrap().name, "Pyongyang Gazette Ltd");
        assert!(from_copyright("Copyright 2020", whole("Copyright 2020")).is_none());
    }

    #[test]
    fn a_contact_address_names_the_outlet_by_domain() {
        let line = "Please direct comments or questions to [english@hani.co.kr]";
        let o = from_address(line, whole(line)).unwrap();
        assert_eq!(o.name, "The Hankyoreh");
        assert_eq!(o.evidence.of(line), "hani.co.kr");
        let unknown = "Contact: desk@example-news.org";
        assert_eq!(from_address(unknown, whole(unknown)).unwrap().name, "example-news.org");
    }

    #[test]
    fn told_mentions_count_only_with_a_unique_favourite() {
        let text = "Cho told the Hankyoreh that it was good.";
        assert_eq!(from_told_mentions(text, &[whole(text)]).unwrap().name, "The Hankyoreh");
        let tie = "Park told NBC News so. Ho told CNBC so.";
        assert!(from_told_mentions(tie, &[whole(tie)]).is_none());
        let cited = "According to Reuters, it was good.";
        assert!(from_told_mentions(cited, &[whole(cited)]).is_none());
    }

    #[test]
    fn outlet_names_match_whole_words_only() {
        let text = "The CNBC desk";
        assert_eq!(outlet_named_in(text, whole(text)).unwrap().1.name, "CNBC");
        let text = "APEC leaders met";
        assert!(outlet_named_in(text, whole(text)).is_none());
    }
}
