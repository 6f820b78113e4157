//! The layout pass: which lines of a pasted page are headline, dek, dateline, byline, caption,
//! credit, key point, subheading, furniture or body.
//!
//! Copied pages are line-structured: one paragraph or page element per line, usually with blank
//! lines between paragraphs. The pass works on trimmed lines in three steps:
//! 1. **Intrinsic kinds.** A line that says what it is by its wording or shape (a furniture
//!    phrase, a dateline, a byline, a photo credit, a caption opening, a bullet, a bare
//!    punctuation mark, a line repeated right after itself) gets that kind wherever it is.
//! 2. **Header.** From the top: an optional section label, the title, then a dek, among the
//!    intrinsic lines. The header ends at the first line that is none of these.
//! 3. **Body.** The rest is body, except short unpunctuated lines between paragraphs
//!    (subheadings) and short unpunctuated lines after the last paragraph (trailing furniture).
//!    Inside a paragraph, a stray opening bracket and a wire dateline ("SEOUL (AP) —") are set
//!    aside too.
//!
//! Every line ends up either body or set aside, so nothing is dropped.
//!
//! The line rules live in [`line_kinds`] (what a line says it is by itself) and [`wire`]
//! (what opens a paragraph: a wire dateline, a stray bracket); this module puts them in order.

mod line_kinds;
mod wire;

use super::byline::{is_role_line, parse_bare_byline, parse_byline};
use super::furniture::SHORT_LINE;
use super::outlets::KnownOutlet;
use super::{is_blank, Byline, SetAside, SetAsideKind};
use crate::doc::Doc;
use crate::Span;
use line_kinds::{
    ends_sentence, ends_with_punctuation, intrinsic_role, is_known_section, is_section_label,
    looks_like_title, word_count,
};
pub(crate) use wire::WireDateline;
use wire::{stray_opening_bracket, wire_dateline};

/// A trimmed, non-blank line.
#[derive(Debug, Clone, Copy)]
struct Line {
    span: Span,
    /// A blank line (or the start of the text) comes right before it.
    blank_before: bool,
    /// A blank line (or the end of the text) comes right after it.
    blank_after: bool,
}

/// What the layout pass found.
#[derive(Debug, Default)]
pub(crate) struct Layout {
    pub section: Option<Span>,
    pub title: Option<Span>,
    pub dek: Option<Span>,
    pub key_points: Vec<Span>,
    pub bylines: Vec<Byline>,
    pub byline_outlets: Vec<(Span, &'static KnownOutlet)>,
    pub datelines: Vec<Span>,
    pub wire_datelines: Vec<WireDateline>,
    pub captions: Vec<Span>,
    pub credits: Vec<Span>,
    pub subheadings: Vec<Span>,
    pub paragraphs: Vec<Span>,
    pub set_aside: Vec<SetAside>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Unknown,
    Aside(SetAsideKind),
    /// A bullet line in the header; the span is the text after the bullet.
    KeyPoint(Span),
    /// A caption line that ends with its credit in parentheses.
    CaptionAndCredit(Span, Span),
    Body,
}

/// Splits `text` into trimmed non-blank lines. A line break is `\n`, `\r\n` or a lone `\r`.
fn split_lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines: Vec<Line> = Vec::new();
    let mut start = 0;
    let mut blank_pending = true;
    let mut i = 0;
    while i <= bytes.len() {
        let at_break = i == bytes.len()
            || bytes[i] == b'\n'
            || (bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
        if at_break {
            let raw = text.get(start..i).unwrap_or("");
            let trimmed = raw.trim_matches(is_blank);
            if trimmed.is_empty() {
                blank_pending = true;
                if let Some(last) = lines.last_mut() {
                    last.blank_after = true;
                }
            } else {
                let lead = raw.len() - raw.trim_start_matches(is_blank).len();
                let s = start + lead;
                lines.push(Line {
                    span: Span::new(s, s + trimmed.len()),
                    blank_before: blank_pending,
                    blank_after: false,
                });
                blank_pending = false;
            }
            start = i + 1;
        }
        i += 1;
    }
    if let Some(last) = lines.last_mut() {
        last.blank_after = true;
    }
    lines
}

/// Reads the layout of `text`.
pub(crate) fn read_layout(doc: &Doc<'_>) -> Layout {
    let text = doc.text();
    let lines = split_lines(text);
    let n = lines.len();
    let mut roles: Vec<Role> =
        lines.iter().map(|l| intrinsic_role(doc, l.span).unwrap_or(Role::Unknown)).collect();

    // Rule: a line repeated right after itself is a photo caption (alt text and figcaption).
    for i in 1..n {
        let (a, b) = (lines[i - 1].span.of(text), lines[i].span.of(text));
        if a == b
            && !lines[i].blank_before
            && a.len() >= 20
            && roles[i - 1] == Role::Unknown
            && roles[i] == Role::Unknown
        {
            roles[i - 1] = Role::Aside(SetAsideKind::Caption);
            roles[i] = Role::Aside(SetAsideKind::Caption);
        }
    }

    // Rule: lines right under a furniture heading ("Related Stories", "Topics", "Media
    // contact:") without a blank line between are its links or details.
    for i in 0..n {
        let Role::Aside(kind) = roles[i] else { continue };
        let heading = matches!(
            kind,
            SetAsideKind::ReadAlso
                | SetAsideKind::Related
                | SetAsideKind::MostViewed
                | SetAsideKind::Navigation
                | SetAsideKind::Boilerplate
                | SetAsideKind::Contact
        );
        if !heading || lines[i].span.len() > 40 {
            continue;
        }
        let mut j = i + 1;
        while j < n
            && !lines[j].blank_before
            && roles[j] == Role::Unknown
            && lines[j].span.len() <= SHORT_LINE
        {
            roles[j] = Role::Aside(kind);
            j += 1;
        }
    }

    let blank_separated = lines.iter().filter(|l| l.blank_before).count() * 3 >= n.max(1);

    // Header: section label, title, dek.
    let mut have_title = false;
    let mut have_dek = false;
    let mut have_section = false;
    let mut header_open = true;
    let mut previous_was_header = false;
    for i in 0..n {
        let line = lines[i];
        let s = line.span.of(text);
        if roles[i] != Role::Unknown {
            if let Role::KeyPoint(_) = roles[i] {
                if !header_open {
                    roles[i] = Role::Body;
                }
            }
            previous_was_header = header_open;
            continue;
        }
        if header_open {
            let next = lines.get(i + 1).copied();
            if !have_title
                && is_section_label(text, line, next, lines.get(i + 2).is_some())
                && next.is_some_and(|_| roles[i + 1] == Role::Unknown)
                && i == first_content(&roles)
            {
                roles[i] = Role::Aside(SetAsideKind::SectionLabel);
                have_section = true;
                previous_was_header = true;
                continue;
            }
            if !have_title && looks_like_title(s) {
                roles[i] = Role::Aside(SetAsideKind::Title);
                have_title = true;
                previous_was_header = true;
                continue;
            }
            // Rule: a known section name right under the title is a label ("Analysis").
            if have_title && !have_section && is_known_section(s) {
                roles[i] = Role::Aside(SetAsideKind::SectionLabel);
                have_section = true;
                previous_was_header = true;
                continue;
            }
            // Rule: a role alone under a byline ("Staff Writer") belongs to the byline.
            let after_byline = i > 0 && roles[i - 1] == Role::Aside(SetAsideKind::Byline);
            if after_byline && is_role_line(s) {
                roles[i] = Role::Aside(SetAsideKind::Byline);
                previous_was_header = true;
                continue;
            }
            // Rule: a short line of names next to a dateline in the header is a byline even
            // without "By" ("Justin McCurry in Tokyo").
            let next_is_dateline = roles.get(i + 1) == Some(&Role::Aside(SetAsideKind::Dateline));
            let prev_is_dateline = i > 0 && roles[i - 1] == Role::Aside(SetAsideKind::Dateline);
            if have_title
                && (next_is_dateline || prev_is_dateline)
                && parse_bare_byline(text, line.span).is_some()
            {
                roles[i] = Role::Aside(SetAsideKind::Byline);
                previous_was_header = true;
                continue;
            }
            if have_title
                && !have_dek
                && is_dek(text, &lines, &roles, i, previous_was_header, blank_separated)
            {
                roles[i] = Role::Aside(SetAsideKind::Dek);
                have_dek = true;
                previous_was_header = true;
                continue;
            }
            header_open = false;
        }
        roles[i] = Role::Body;
        previous_was_header = false;
    }

    // Rule: short unpunctuated lines after the last body paragraph are trailing furniture
    // (newsletter prompts, "Watch the stories that matter", widget titles).
    for i in (0..n).rev() {
        match roles[i] {
            Role::Body => {
                let s = lines[i].span.of(text);
                if s.len() <= 120 && !ends_sentence(s) {
                    roles[i] = Role::Aside(SetAsideKind::TrailingFurniture);
                } else {
                    break;
                }
            }
            Role::Unknown => {}
            _ => {}
        }
    }

    // Rule: a subheading is a short body line without final punctuation, standing between
    // blank lines (or between sentences when the text has no blank lines), followed by body.
    for i in 0..n {
        if roles[i] != Role::Body {
            continue;
        }
        let line = lines[i];
        let s = line.span.of(text);
        let starts_capital =
            s.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let short = s.len() <= 100 && word_count(s) <= 12;
        let followed_by_body = roles.get(i + 1) == Some(&Role::Body);
        let standalone = if blank_separated {
            line.blank_before && line.blank_after
        } else {
            s.chars().count() <= 60 && i > 0 && ends_sentence(lines[i - 1].span.of(text))
        };
        if short && starts_capital && !ends_with_punctuation(s) && followed_by_body && standalone {
            roles[i] = Role::Aside(SetAsideKind::Subheading);
        }
    }

    assemble(text, &lines, &roles, blank_separated)
}

fn first_content(roles: &[Role]) -> usize {
    roles.iter().position(|r| *r == Role::Unknown).unwrap_or(0)
}

/// Rule: a dek (standfirst) follows the title in the header: right under a header line with no
/// blank line between (in a text that separates paragraphs with blank lines), as a line of four
/// to forty words without final punctuation, or right above the byline or dateline.
fn is_dek(
    text: &str,
    lines: &[Line],
    roles: &[Role],
    i: usize,
    previous_was_header: bool,
    blank_separated: bool,
) -> bool {
    let line = lines[i];
    let s = line.span.of(text);
    if lines.get(i + 1).is_none() || s.ends_with(':') {
        return false;
    }
    let adjacent = previous_was_header && !line.blank_before && blank_separated && s.len() <= 600;
    let words = word_count(s);
    let unpunctuated = !ends_with_punctuation(s) && (4..=40).contains(&words) && s.len() <= 300;
    // Text between the title and the byline or dateline is the standfirst.
    let above_byline = s.len() <= 400
        && matches!(
            roles.get(i + 1),
            Some(Role::Aside(SetAsideKind::Byline | SetAsideKind::Dateline))
        );
    adjacent || unpunctuated || above_byline
}

/// Turns line roles into spans; groups body lines into paragraphs.
fn assemble(text: &str, lines: &[Line], roles: &[Role], blank_separated: bool) -> Layout {
    let mut layout = Layout::default();
    let aside = |layout: &mut Layout, span: Span, kind: SetAsideKind| {
        layout.set_aside.push(SetAside { span, kind })
    };
    let mut paragraphs: Vec<Span> = Vec::new();
    let mut previous_body: Option<usize> = None;
    for (i, (line, role)) in lines.iter().zip(roles).enumerate() {
        let span = line.span;
        match *role {
            Role::Body => {
                let joins = previous_body == Some(i.wrapping_sub(1))
                    && !line.blank_before
                    && (blank_separated || !ends_sentence(lines[i - 1].span.of(text)));
                match paragraphs.last_mut() {
                    Some(p) if joins => p.end = span.end,
                    _ => paragraphs.push(span),
                }
                previous_body = Some(i);
            }
            Role::KeyPoint(content) => {
                layout.key_points.push(content);
                aside(&mut layout, span, SetAsideKind::KeyPoint);
            }
            Role::CaptionAndCredit(caption, credit) => {
                layout.captions.push(caption);
                layout.credits.push(credit);
                aside(&mut layout, caption, SetAsideKind::Caption);
                aside(&mut layout, credit, SetAsideKind::Credit);
            }
            Role::Aside(kind) => {
                match kind {
                    SetAsideKind::SectionLabel => layout.section = Some(span),
                    SetAsideKind::Title => layout.title = Some(span),
                    SetAsideKind::Dek => layout.dek = Some(span),
                    SetAsideKind::Caption => layout.captions.push(span),
                    SetAsideKind::Credit => layout.credits.push(span),
                    SetAsideKind::Subheading => layout.subheadings.push(span),
                    SetAsideKind::Dateline => layout.datelines.push(span),
                    SetAsideKind::Byline => {
                        let parsed =
                            parse_byline(text, span).or_else(|| parse_bare_byline(text, span));
                        if let Some(parsed) = parsed {
                            layout.bylines.extend(parsed.names);
                            layout.byline_outlets.extend(parsed.outlets);
                        } else if is_role_line(span.of(text)) {
                            for b in
                                layout.bylines.iter_mut().rev().take_while(|b| b.role.is_none())
                            {
                                b.role = Some(span);
                            }
                        }
                    }
                    _ => {}
                }
                aside(&mut layout, span, kind);
            }
            Role::Unknown => paragraphs.push(span),
        }
    }
    for (k, mut p) in paragraphs.into_iter().enumerate() {
        if let Some(stray) = stray_opening_bracket(text, p) {
            aside(&mut layout, stray, SetAsideKind::StrayPunctuation);
            p.start = skip_blanks(text, stray.end, p.end);
        }
        if k < 2 {
            if let Some(wire) = wire_dateline(text, p) {
                aside(&mut layout, wire.span, SetAsideKind::Dateline);
                layout.datelines.push(wire.span);
                layout.wire_datelines.push(wire);
                p.start = skip_blanks(text, wire.span.end, p.end);
            }
        }
        if p.start < p.end {
            layout.paragraphs.push(p);
        }
    }
    layout.set_aside.sort_by_key(|a| a.span.start);
    layout
}

fn skip_blanks(text: &str, from: usize, end: usize) -> usize {
    let rest = text.get(from..end).unwrap_or("");
    from + (rest.len() - rest.trim_start_matches(is_blank).len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The set-aside kinds and texts of `text`'s layout (also for `wire`'s tests).
    pub(super) fn kinds(text: &str) -> Vec<(SetAsideKind, &str)> {
        read_layout(&Doc::new(text)).set_aside.iter().map(|a| (a.kind, a.span.of(text))).collect()
    }

    /// The paragraphs of `text`'s layout.
    pub(super) fn paragraphs(text: &str) -> Vec<&str> {
        read_layout(&Doc::new(text)).paragraphs.iter().map(|p| p.of(text)).collect()
    }

    pub(super) const BODY: &str =
        "The two leaders agreed to restore the hotline, officials said on Tuesday.";

    #[test]
    fn crlf_and_lone_cr_line_breaks_are_line_breaks() {
        let lines = split_lines("a\r\nb\rc\n\nd");
        assert_eq!(lines.len(), 4);
        assert!(!lines[1].blank_before && lines[3].blank_before);
    }

    #[test]
    fn a_short_first_line_before_a_headline_is_a_section_label() {
        let text = format!("Business\n\nKoreas restore their hotline after a year\n\n{BODY}");
        assert_eq!(
            kinds(&text)[..2],
            [
                (SetAsideKind::SectionLabel, "Business"),
                (SetAsideKind::Title, "Koreas restore their hotline after a year")
            ]
        );
    }

    #[test]
    fn bullets_in_the_header_are_key_points_and_in_the_body_list_items() {
        let text = format!("Koreas restore their hotline after a year\n• first point\n• second point\n\n{BODY}\n\n- a listed item in the body\n\n{BODY}");
        let layout = read_layout(&Doc::new(&text));
        assert_eq!(layout.key_points.len(), 2);
        assert!(paragraphs(&text).contains(&"- a listed item in the body"));
    }

    #[test]
    fn a_line_repeated_right_after_itself_is_a_caption() {
        let cap = "Kim and Trump during their summit in Hanoi on Feb. 28.";
        let text = format!("Koreas restore their hotline after a year\n\n{cap}\n{cap}\n\n{BODY}");
        assert_eq!(read_layout(&Doc::new(&text)).captions.len(), 2);
    }

    #[test]
    fn a_line_right_under_the_header_is_a_dek() {
        let text = format!("Koreas restore their hotline after a year\n(Photo : AFP)\nA standfirst that sums the story up in a sentence.\n\n{BODY}");
        assert_eq!(
            read_layout(&Doc::new(&text)).dek.map(|d| d.of(&text)),
            Some("A standfirst that sums the story up in a sentence.")
        );
    }

    #[test]
    fn an_unpunctuated_line_after_the_title_is_a_dek_even_after_a_blank_line() {
        let text = format!("Koreas restore their hotline after a year\n\nLetter shows commitment to dialogue continues\n\n{BODY}");
        assert!(read_layout(&Doc::new(&text)).dek.is_some());
    }

    #[test]
    fn the_first_punctuated_paragraph_after_a_blank_line_is_body_not_dek() {
        let text = format!("Koreas restore their hotline after a year\n\n{BODY}\n\nA second paragraph says more, officials said.");
        assert!(read_layout(&Doc::new(&text)).dek.is_none());
        assert_eq!(paragraphs(&text).len(), 2);
    }

    #[test]
    fn short_unpunctuated_lines_between_paragraphs_are_subheadings() {
        let text = format!("Koreas restore their hotline after a year\n\n{BODY}\n\nLetters of Friendship\n\n{BODY}");
        assert_eq!(
            read_layout(&Doc::new(&text))
                .subheadings
                .iter()
                .map(|s| s.of(&text))
                .collect::<Vec<_>>(),
            ["Letters of Friendship"]
        );
    }

    #[test]
    fn short_unpunctuated_lines_after_the_body_are_trailing_furniture() {
        let text = format!("Koreas restore their hotline after a year\n\n{BODY}\n\nThe best videos of the week\n\nWatch the stories that matter");
        let k = kinds(&text);
        assert_eq!(k.last().unwrap().0, SetAsideKind::TrailingFurniture);
        assert_eq!(paragraphs(&text), [BODY]);
    }

    #[test]
    fn furniture_phrases_are_set_aside_with_their_kind() {
        let text = format!("Koreas restore their hotline after a year\n\n{BODY}\n\nRead Also: Another story entirely\n\n{BODY}\n\nCopyright CNBC\nContact Us");
        let k = kinds(&text);
        assert!(k.contains(&(SetAsideKind::ReadAlso, "Read Also: Another story entirely")));
        assert!(k.contains(&(SetAsideKind::Copyright, "Copyright CNBC")));
        assert!(k.contains(&(SetAsideKind::Contact, "Contact Us")));
    }

    #[test]
    fn a_caption_closed_by_its_credit_is_split_in_two() {
        let text = format!("Koreas restore their hotline after a year\n\nIn this photo, Kim offers a flower in Pyongyang. (Korean Central News Agency/Korea News Service via AP)\n\n{BODY}");
        let layout = read_layout(&Doc::new(&text));
        assert_eq!(
            layout.credits[0].of(&text),
            "(Korean Central News Agency/Korea News Service via AP)"
        );
        assert_eq!(
            layout.captions[0].of(&text),
            "In this photo, Kim offers a flower in Pyongyang."
        );
    }

    #[test]
    fn a_single_line_text_is_all_body() {
        let text = BODY.repeat(10);
        assert_eq!(paragraphs(&text).len(), 1);
        assert!(read_layout(&Doc::new(&text)).title.is_none());
    }
}
