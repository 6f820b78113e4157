//! What a line of a pasted page says it is by itself, whatever its position: furniture, a
//! dateline, a photo credit, a caption with its credit, a bullet, a section label, a title.
//! Each rule is named where it is applied ([`intrinsic_role`] and the header pass).

use super::{Line, Role};
use crate::article::byline::parse_byline;
use crate::article::datewords;
use crate::article::furniture::{
    Placement, CAPTION_STARTS, CREDIT_MARKERS, CREDIT_STARTS, FURNITURE, SECTION_LABELS, SHORT_LINE,
};
use crate::article::outlets;
use crate::article::sentences::is_bullet;
use crate::article::{dates, is_blank, SetAsideKind};
use crate::doc::{Doc, PieceKind};
use crate::Span;

fn starts_with_fold(s: &str, prefix: &str) -> bool {
    s.get(..prefix.len()).is_some_and(|h| h.eq_ignore_ascii_case(prefix))
}

fn contains_fold(s: &str, needle: &str) -> bool {
    s.len() <= SHORT_LINE * 4 && s.to_ascii_lowercase().contains(needle)
}

/// The last character that is not a closing quote or bracket.
fn last_significant(s: &str) -> Option<char> {
    s.chars().rev().find(|c| !matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»'))
}

/// Whether the line ends like a sentence.
pub(super) fn ends_sentence(s: &str) -> bool {
    last_significant(s)
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟'))
}

/// Whether the line ends with any punctuation a heading would not have.
pub(super) fn ends_with_punctuation(s: &str) -> bool {
    s.chars()
        .last()
        .is_some_and(|c| !c.is_alphanumeric() && !matches!(c, ')' | '"' | '\'' | '”' | '’'))
        || ends_sentence(s)
}

pub(super) fn word_count(s: &str) -> usize {
    s.split(is_blank).filter(|w| !w.is_empty()).count()
}

/// Rule: a line of furniture phrases from the data table (copyright, "Read Also:", ...).
fn furniture_kind(s: &str) -> Option<SetAsideKind> {
    let bare = s.trim_end_matches(['.', ':', '!', '»', '›', '>']);
    FURNITURE.iter().find_map(|rule| {
        let hit = match rule.placement {
            Placement::Whole => bare.eq_ignore_ascii_case(rule.phrase),
            Placement::Start => starts_with_fold(s, rule.phrase),
            Placement::Inside => s.len() <= SHORT_LINE && contains_fold(s, rule.phrase),
        };
        hit.then_some(rule.kind)
    })
}

/// Rule: a dateline line is made only of dates, times, labels ("Posted on", "Updated") and
/// separators, and holds at least one date with a year.
fn is_dateline_line(doc: &Doc<'_>, line: Span) -> bool {
    let text = doc.text();
    if line.len() > 200 {
        return false;
    }
    let found = dates::find_dates(doc, line);
    if !found.iter().any(|d| d.interval.is_some() && d.shape != dates::DateShape::Year) {
        return false;
    }
    let times = dates::find_times(doc, line);
    let covered = |s: Span| {
        found.iter().any(|d| d.span.contains(s)) || times.iter().any(|t| t.span.contains(s))
    };
    let tokens = doc.pieces(line, false);
    tokens.iter().enumerate().all(|(k, t)| {
        covered(t.span)
            || match t.kind {
                PieceKind::Punct => true,
                // "Updated 2 hours ago"
                PieceKind::Number => tokens.get(k + 1).is_some_and(|n| {
                    ["hour", "hours", "minute", "minutes", "min", "mins", "day", "days"]
                        .iter()
                        .any(|u| u.eq_ignore_ascii_case(n.text(text)))
                }),
                PieceKind::Word => {
                    let w = t.text(text);
                    datewords::in_list(datewords::PUBLISHED_LABELS, w)
                        || datewords::in_list(datewords::UPDATED_LABELS, w)
                        || datewords::in_list(datewords::DATELINE_FILLER, w)
                        || datewords::is_weekday(w)
                        || datewords::is_time_zone(w)
                }
            }
    })
}

/// Rule: a photo credit opens with "(Photo", "Photo:", "Image source", ... or is a short line
/// without final punctuation naming a picture agency ("... | Getty Images").
fn is_credit(s: &str) -> bool {
    CREDIT_STARTS.iter().any(|p| starts_with_fold(s, p))
        || (s.len() <= SHORT_LINE
            && !ends_sentence(s)
            && CREDIT_MARKERS.iter().any(|m| contains_fold(s, m)))
}

/// Rule: a caption whose credit closes it in parentheses ("... (AP Photo/Ahn Young-joon)").
/// Returns the caption and credit spans.
fn trailing_credit(text: &str, line: Span) -> Option<(Span, Span)> {
    let s = line.of(text);
    if !s.ends_with(')') || s.len() > 1500 {
        return None;
    }
    let open = s.rfind('(')?;
    let paren = &s[open..];
    let lower = paren.to_ascii_lowercase();
    let credit_like = CREDIT_MARKERS.iter().any(|m| lower.contains(m))
        || lower.contains("photo")
        || lower.contains(" via ")
        || lower.contains("/ap)")
        || lower.contains("news service");
    let caption = s[..open].trim_end_matches(is_blank);
    if !credit_like || caption.len() < 20 || !ends_sentence(caption) {
        return None;
    }
    Some((
        Span::new(line.start, line.start + caption.len()),
        Span::new(line.start + open, line.end),
    ))
}

/// Rule: a bullet line ("• ...", "- ...") and the text after the bullet.
fn bullet_content(text: &str, line: Span) -> Option<Span> {
    let s = line.of(text);
    let mut chars = s.char_indices();
    let (_, b) = chars.next()?;
    let (i, after) = chars.next()?;
    if !is_bullet(b) || !is_blank(after) {
        return None;
    }
    let rest = &s[i..];
    let lead = rest.len() - rest.trim_start_matches(is_blank).len();
    let start = line.start + i + lead;
    (start < line.end).then(|| Span::new(start, line.end))
}

/// What a line says it is by itself, whatever its position.
pub(super) fn intrinsic_role(doc: &Doc<'_>, line: Span) -> Option<Role> {
    let text = doc.text();
    let s = line.of(text);
    if !s.chars().any(char::is_alphanumeric) {
        // Rule: a line of bare punctuation ("(", "###", "—") is stray punctuation.
        return Some(Role::Aside(SetAsideKind::StrayPunctuation));
    }
    if let Some(content) = bullet_content(text, line) {
        return Some(Role::KeyPoint(content));
    }
    if is_dateline_line(doc, line) {
        return Some(Role::Aside(SetAsideKind::Dateline));
    }
    if let Some(kind) = furniture_kind(s) {
        return Some(Role::Aside(kind));
    }
    if is_embedded_post(s) {
        return Some(Role::Aside(SetAsideKind::Embed));
    }
    // Rule: a line that is only an outlet's name (maybe with a place: "BBC News, Seoul") is its
    // masthead.
    let before_place = s.split([',', '|']).next().unwrap_or(s);
    if s.len() <= 60 && outlets::by_name(before_place.trim_end_matches(['.', ':'])).is_some() {
        return Some(Role::Aside(SetAsideKind::Masthead));
    }
    if CAPTION_STARTS.iter().any(|p| starts_with_fold(s, p)) {
        return Some(match trailing_credit(text, line) {
            Some((caption, credit)) => Role::CaptionAndCredit(caption, credit),
            None => Role::Aside(SetAsideKind::Caption),
        });
    }
    if is_credit(s) {
        return Some(Role::Aside(SetAsideKind::Credit));
    }
    if let Some((caption, credit)) = trailing_credit(text, line) {
        return Some(Role::CaptionAndCredit(caption, credit));
    }
    if parse_byline(text, line).is_some() {
        return Some(Role::Aside(SetAsideKind::Byline));
    }
    None
}

/// Rule: a section label is a short first line (at most three words, no final punctuation)
/// that is a known section name, a breadcrumb ("NATIONAL / POLITICS"), or one or two words
/// followed by a longer headline.
pub(super) fn is_section_label(text: &str, line: Line, next: Option<Line>, has_more: bool) -> bool {
    let s = line.span.of(text);
    let Some(next) = next else { return false };
    if s.len() > 30 || word_count(s) > 3 || ends_with_punctuation(s) {
        return false;
    }
    let known = is_known_section(s);
    let breadcrumb = [" / ", " > ", " | ", " › "].iter().any(|sep| s.contains(sep));
    let next_text = next.span.of(text);
    let headline_follows =
        word_count(next_text) >= 4 && looks_like_title(next_text) && !ends_sentence(next_text);
    known || breadcrumb || (word_count(s) <= 2 && headline_follows && has_more)
}

pub(super) fn is_known_section(s: &str) -> bool {
    SECTION_LABELS.iter().any(|l| l.eq_ignore_ascii_case(s))
}

/// Rule: a title is a first line of at most 300 bytes; a short one may end with a period.
pub(super) fn looks_like_title(s: &str) -> bool {
    s.len() <= 300 && (!ends_sentence(s) || s.len() <= 160 || s.ends_with('?'))
}

/// Rule "embedded post": a line that is a social-media post embedded in the page, not the
/// article's own prose: it is wrapped in markup (`<tweet …>…</tweet>`, `<blockquote …>`), or it
/// ends in a post's signature, "— Name (@handle) June 29, 2016", as pages show an embedded
/// tweet. Its words are not the reporter's, and a post's date is when it was posted.
fn is_embedded_post(line: &str) -> bool {
    let s = line.trim();
    let opens_markup = s.strip_prefix('<').is_some_and(|rest| {
        let name = rest.split([' ', '>']).next().unwrap_or("");
        !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphabetic())
    });
    if opens_markup && s.trim_end_matches(['.', ' ']).ends_with('>') {
        return true;
    }
    // The signature: "(@handle)" and then at most a date, the line ending in its year.
    let bare = s.trim_end_matches(['.', ' ']);
    let bare = bare.rfind("</").map_or(bare, |i| bare[..i].trim_end());
    let Some(at) = bare.rfind("(@") else { return false };
    let Some(close) = bare[at..].find(')') else { return false };
    let handle = &bare[at + 2..at + close];
    let after = bare[at + close + 1..].trim();
    let year =
        after.len() >= 4 && after.as_bytes()[after.len() - 4..].iter().all(u8::is_ascii_digit);
    !handle.is_empty()
        && handle.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && after.len() <= 24
        && year
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dateline_lines_hold_only_dates_times_and_labels() {
        for line in [
            "Posted on : 2019-06-13 16:04 KST Modified on : 2019-06-13 16:04 KST",
            "27 July 2021",
            "Updated 3:45 PM ET, Tue June 11, 2019",
            "June 13, 2019 / 4:04 PM / Updated 2 hours ago",
        ] {
            assert!(is_dateline_line(&Doc::new(line), Span::new(0, line.len())), "{line}");
        }
        let prose = "Kim met Moon on June 13, 2019 in Seoul";
        assert!(!is_dateline_line(&Doc::new(prose), Span::new(0, prose.len())));
    }

    #[test]
    fn embedded_posts_are_told_by_markup_or_signature() {
        // Rule "embedded post".
        for line in [
            "<tweet id=\"1\" author=\"@someone\">Polls close at eight tonight</tweet>.",
            "Polls close at eight tonight pic.twitter.com/abc — Ana Ruiz (@ana_ruiz) May 3, 2016",
            "Great crowd in Reno! — Mark Tobin (@MarkTobin) October 12, 2016</tweet>.",
        ] {
            assert!(is_embedded_post(line), "{line}");
        }
        for line in [
            "The senator (@senator on Twitter) said the vote was set for 2016",
            "Ana Ruiz, who tweets as (@ana_ruiz), spoke to reporters on Tuesday about the race.",
            "<b> is a tag in the text, she explained to us over coffee",
            "Prices rose 4 percent in 2016.",
            "— Ana Ruiz (@ana) 3 mai 2016年",
        ] {
            assert!(!is_embedded_post(line), "{line}");
        }
    }

    #[test]
    fn photo_credits_are_recognised_by_their_wording() {
        assert!(is_credit("Pyeongyang Press Corps | Getty Images News | Getty Images"));
        assert!(is_credit("(Photo : Photo by Brendan Smialowski / AFP)"));
        assert!(!is_credit("Getty Images reported a loss in its third quarter, the company said."));
    }
}
