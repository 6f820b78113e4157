//! The context around a run of capitalised words that makes it a person's name, and the role
//! phrases around a person (rules of [`super::scan`]'s step 9 and its roles):
//! - `cue_evidence`: a speech verb right after the words (past an age), right before them
//!   after a quotation, opening the line ("Said Ellis:"), "according to" before them, or a
//!   quotation's closing mark and a dash before them ("“…” ― Sonya Herridge"), past an age
//!   or a relative clause set off by commas before the verb ("X, who runs the campaign, said");
//! - `appositive_evidence`: a role set off by commas after the name (", a professor at …,"),
//!   opening the clause before it ("An associate research fellow at …, Shawn Ho, said"), or
//!   a role noun right before the name's comma ("the Vatican spokesman, X, said");
//! - `role_before`: the title and role words right before a name ("outgoing South Korean
//!   President"), whose places and organisations are marked as modifiers (`attach_roles`).

use super::organizations::ORGANIZATION_NOUNS;
use super::scan::{
    bare_title, is_inner_period, is_role_modifier, is_role_word, lower, Raw, RawKind, Scanned,
};
use super::titles::ROLE_NOUNS;
use super::words::{Token, TokenKind};
use crate::quote::cues::{is_speech_verb, ACCORDING_TO};
use crate::Span;

/// Whether "according to" stands right before token `u`.
pub(super) fn according_before(text: &str, tokens: &[Token], u: usize) -> bool {
    u >= 2
        && lower(text, tokens[u - 2]) == ACCORDING_TO[0]
        && lower(text, tokens[u - 1]) == ACCORDING_TO[1]
}

/// `cue_evidence`: a speech verb right after the words, or "according to" right before.
pub(super) fn cue_evidence(text: &str, tokens: &[Token], u: usize, e: usize) -> bool {
    let speech =
        |i: usize| tokens.get(i).is_some_and(|t| t.is_word() && is_speech_verb(&lower(text, *t)));
    // "Rosa Delgado, 54, said": an age between the name and the verb.
    let age = tokens.get(e).is_some_and(|t| t.is_mark(text, ','))
        && tokens.get(e + 1).is_some_and(|t| t.text(text).chars().all(|c| c.is_ascii_digit()))
        && tokens.get(e + 2).is_some_and(|t| t.is_mark(text, ','));
    let after = speech(e) || (age && speech(e + 3));
    // "…,” added Marcus Chen": the verb right before, after a quotation or a comma.
    // Not when a role noun follows: "said Republican party boss Reince Priebus", "said L2
    // president Bruce Willsie" (the words qualify the name after them).
    let role_follows = tokens.get(e).is_some_and(|&t| {
        !t.is_capitalized(text) && {
            let w = lower(text, t);
            ROLE_NOUNS.contains(w.as_str()) || ORGANIZATION_NOUNS.contains(w.as_str())
        }
    });
    let inverted = u >= 2
        && speech(u - 1)
        && tokens[u - 2].kind == TokenKind::Mark
        && !tokens[u - 2].is_mark(text, '.')
        && !role_follows;
    let before = according_before(text, tokens, u);
    // "Said Ellis: “…”", "Continued Stone:": an inverted verb of saying opening the line, the
    // name, then the colon or comma before the quotation.
    let opening = u >= 1
        && opening_cue(text, tokens, u - 1)
        && tokens.get(e).is_some_and(|t| t.is_mark(text, ':') || t.is_mark(text, ','));
    after
        || before
        || inverted
        || opening
        || dash_after_quotation(text, tokens, u)
        || relative_clause_then_speech(text, tokens, e)
}

/// `cue_evidence` past a relative clause set off by commas: "Rucker Culpepper, who runs the
/// campaign's effort, said" (at most [`APPOSITIVE_MAX_TOKENS`] tokens, no sentence break).
fn relative_clause_then_speech(text: &str, tokens: &[Token], e: usize) -> bool {
    let relative = tokens.get(e).is_some_and(|t| t.is_mark(text, ','))
        && tokens.get(e + 1).is_some_and(|&t| matches!(lower(text, t).as_str(), "who" | "whose"));
    if !relative {
        return false;
    }
    let mut i = e + 2;
    while i < tokens.len() && i - e <= APPOSITIVE_MAX_TOKENS {
        let t = tokens[i];
        if t.is_mark(text, ',') {
            return tokens
                .get(i + 1)
                .is_some_and(|&v| v.is_word() && is_speech_verb(&lower(text, v)));
        }
        let breaks = t.kind == TokenKind::Mark
            && !t.is_mark(text, '-')
            && !(t.is_mark(text, '.') && is_inner_period(text, tokens, i));
        if breaks {
            return false;
        }
        i += 1;
    }
    false
}

/// `appositive_evidence` by a role noun right before the name and its comma, the name closing
/// the appositive ("the Vatican spokesman, Federico Lombardi, said"; "said Google's chief
/// people officer, Laszlo Bock.").
pub(super) fn role_appositive_before(text: &str, tokens: &[Token], u: usize, e: usize) -> bool {
    let role = u >= 2
        && tokens[u - 1].is_mark(text, ',')
        && tokens[u - 2].is_word()
        && !tokens[u - 2].is_capitalized(text)
        && ROLE_NOUNS.contains(bare_title(text, tokens[u - 2]).as_str());
    let closes = tokens.get(e).is_none_or(|&t| {
        t.is_mark(text, ',')
            || t.is_mark(text, '.')
            || t.is_word() && is_speech_verb(&lower(text, t))
    });
    role && closes
}

/// Whether token `k` is a capitalised verb of saying that opens its line or sentence ("Said
/// Ellis:").
pub(super) fn opening_cue(text: &str, tokens: &[Token], k: usize) -> bool {
    let Some(&t) = tokens.get(k) else { return false };
    // The line's first word, or the first of a sentence ("… complicated. Said Ellis:").
    let opens = k == 0
        || text.get(tokens[k - 1].span.end..t.span.start).is_some_and(|gap| gap.contains('\n'))
        || [".", "!", "?"].iter().any(|m| tokens[k - 1].text(text) == *m);
    opens && t.is_capitalized(text) && is_speech_verb(&lower(text, t))
}

/// `cue_evidence` by a dash: "“…” ― Sonya Herridge", the words right after a closing
/// quotation mark and a dash, as readers' comments and epigraphs are signed.
pub(super) fn dash_after_quotation(text: &str, tokens: &[Token], u: usize) -> bool {
    let is_dash = |t: &Token| t.text(text).chars().all(|c| matches!(c, '―' | '—' | '–'));
    let closes = |t: &Token| t.text(text).ends_with(['”', '"']) || t.text(text).ends_with("''");
    u >= 2 && is_dash(&tokens[u - 1]) && closes(&tokens[u - 2])
}

/// Determiners an appositive may open with.
const APPOSITIVE_OPENERS: &[&str] = &["a", "an", "the", "his", "her", "its", "their"];

/// How many words an appositive role may have before its head noun.
const ROLE_HEAD_WITHIN: usize = 5;

/// How far an appositive may run, in tokens.
const APPOSITIVE_MAX_TOKENS: usize = 25;

/// `appositive_evidence` after a name: ", a professor at Ewha University in Seoul," — the span
/// of the role, without the commas.
pub(super) fn appositive_after(text: &str, tokens: &[Token], e: usize) -> Option<Span> {
    if !tokens.get(e)?.is_mark(text, ',') {
        return None;
    }
    let mut start = e + 1;
    // An age before the role: "Cecelia Purner, 67, a retired nurse".
    let age = tokens.get(start).is_some_and(|t| t.text(text).chars().all(|c| c.is_ascii_digit()))
        && tokens.get(start + 1).is_some_and(|t| t.is_mark(text, ','));
    if age {
        start += 2;
    }
    let first = *tokens.get(start)?;
    let mut i = start;
    if APPOSITIVE_OPENERS.contains(&lower(text, first).as_str()) {
        i += 1;
    }
    // A hyphen and a possessive inside the role's words are part of them ("the former
    // Hewlett-Packard CEO", "Twitter's director of political advertising", "co-director").
    let joins = |j: usize| tokens[j].is_mark(text, '-') || tokens[j].kind == TokenKind::Possessive;
    let head_at = (i..(i + ROLE_HEAD_WITHIN).min(tokens.len()))
        .take_while(|&j| tokens[j].is_word() || joins(j))
        .find(|&j| ROLE_NOUNS.contains(bare_title(text, tokens[j]).as_str()))?;
    let lowercase_word = |j: usize| {
        !joins(j)
            && !is_role_modifier(text, tokens[j])
            && !tokens[j].is_capitalized(text)
            && lower(text, tokens[j]) != "co"
    };
    if (i..head_at).any(lowercase_word) {
        return None;
    }
    let mut end = head_at + 1;
    while end < tokens.len() && end - start < APPOSITIVE_MAX_TOKENS {
        let t = tokens[end];
        let stop = t.kind == TokenKind::Mark
            && !is_inner_period(text, tokens, end)
            && !t.is_mark(text, '-')
            && !t.is_mark(text, '.')
            || (t.is_mark(text, '.') && !is_inner_period(text, tokens, end));
        if stop {
            break;
        }
        end += 1;
    }
    Some(Span::new(tokens[start].span.start, tokens[end - 1].span.end))
}

/// `appositive_evidence` before a name: "An associate research fellow at …, Shawn Ho, said" —
/// the span of the role, when the name is set off by commas and the clause opens with it.
pub(super) fn appositive_before(text: &str, tokens: &[Token], u: usize) -> Option<Span> {
    if u < 2 || !tokens[u - 1].is_mark(text, ',') {
        return None;
    }
    let comma = u - 1;
    let mut s = comma;
    while s > 0 && comma - s < APPOSITIVE_MAX_TOKENS {
        let t = tokens[s - 1];
        let boundary =
            (t.kind == TokenKind::Mark && !t.is_mark(text, '.') && !t.is_mark(text, '-'))
                || (t.is_mark(text, '.') && !is_inner_period(text, tokens, s - 1));
        if boundary {
            break;
        }
        s -= 1;
    }
    let opener = lower(text, *tokens.get(s)?);
    if !matches!(opener.as_str(), "a" | "an" | "the") || !tokens[s].is_capitalized(text) {
        return None;
    }
    let head = (s + 1..(s + 1 + ROLE_HEAD_WITHIN).min(comma))
        .take_while(|&j| tokens[j].is_word())
        .find(|&j| ROLE_NOUNS.contains(bare_title(text, tokens[j]).as_str()));
    head.map(|_| Span::new(tokens[s].span.start, tokens[comma - 1].span.end))
}

/// Finds each person's roles and marks the places and organisations inside a role phrase as
/// modifiers.
pub(super) fn attach_roles(text: &str, scanned: &mut Scanned) {
    let tokens = &scanned.tokens;
    // Token index → raw index, for the role walk (one pass over raws, linear).
    let mut raw_at: Vec<Option<usize>> = vec![None; tokens.len()];
    let mut first_token = Vec::with_capacity(scanned.raws.len());
    let mut t = 0;
    for (r, raw) in scanned.raws.iter().enumerate() {
        while t < tokens.len() && tokens[t].span.start < raw.span.start {
            t += 1;
        }
        first_token.push(t);
        let mut u = t;
        while u < tokens.len() && tokens[u].span.end <= raw.span.end {
            raw_at[u] = Some(r);
            u += 1;
        }
    }
    let mut modifiers = Vec::new();
    for (r, &first) in first_token.iter().enumerate() {
        let is_person = matches!(
            scanned.raws[r].kind,
            RawKind::Person(_) | RawKind::Short { titled: true, .. }
        );
        if !is_person {
            continue;
        }
        let mut last = first;
        while last < tokens.len() && tokens[last].span.end <= scanned.raws[r].span.end {
            last += 1;
        }
        let mut roles = Vec::new();
        if let Some((role, inside)) = role_before(text, tokens, &raw_at, &scanned.raws, first) {
            roles.push(role);
            modifiers.extend(inside);
        }
        if let Some(role) = appositive_after(text, tokens, last) {
            roles.push(role);
        }
        if let Some(role) = appositive_before(text, tokens, first) {
            roles.push(role);
        }
        scanned.raws[r].roles = roles;
    }
    for m in modifiers {
        if let Some(raw) = scanned.raws.get_mut(m) {
            raw.modifier = true;
        }
    }
}

/// How many words a role phrase before a name may have.
const ROLE_BEFORE_MAX: usize = 12;

/// `role_before`: the title and role words right before a name ("outgoing South Korean
/// President", "Blue House spokesman"), and the mentions inside it.
fn role_before(
    text: &str,
    tokens: &[Token],
    raw_at: &[Option<usize>],
    raws: &[Raw],
    first: usize,
) -> Option<(Span, Vec<usize>)> {
    let mut s = first;
    let mut inside = Vec::new();
    let mut has_head = false;
    while s > 0 && first - s < ROLE_BEFORE_MAX {
        let t = tokens[s - 1];
        if !t.is_word() {
            break;
        }
        let in_name = raw_at[s - 1].map(|r| (r, &raws[r].kind));
        match in_name {
            Some((
                r,
                RawKind::Place { .. } | RawKind::Organization { .. } | RawKind::Acronym { .. },
            )) => {
                if !inside.contains(&r) {
                    inside.push(r);
                }
            }
            Some(_) => break,
            None => {
                if is_role_word(text, t) {
                    has_head = true;
                } else if !is_role_modifier(text, t) {
                    break;
                }
            }
        }
        s -= 1;
    }
    if !has_head || s == first {
        return None;
    }
    let span = Span::new(tokens[s].span.start, tokens[first - 1].span.end);
    Some((span, inside))
}

#[cfg(test)]
mod tests {
    use super::super::scan::scan;
    use super::super::scan::{found, pairs};
    use crate::doc::Doc;
    use crate::Span;

    #[test]
    fn unknown_names_need_evidence() {
        assert_eq!(
            found("Leif-Eric Easley, a professor at Ewha University in Seoul, said"),
            pairs(&[
                ("Leif-Eric Easley", "person"),
                ("Ewha University", "org"),
                ("Seoul", "place")
            ])
        );
        // Without evidence, unknown words are only a candidate, confirmed later by a surname.
        assert_eq!(
            found("Xandra Velzeboer kept cooking"),
            pairs(&[("Xandra Velzeboer", "candidate")])
        );
        assert_eq!(found("Vendor Rosa Delgado, 54, said"), pairs(&[("Rosa Delgado", "person")]));
        assert_eq!(found("“Yes,” added Marcus Chen."), pairs(&[("Marcus Chen", "person")]));
        assert_eq!(
            found("“It was long.” ― Xandra Velzeboer"),
            pairs(&[("Xandra Velzeboer", "person")])
        );
    }

    #[test]
    fn role_phrases_mark_their_places_as_modifiers() {
        let text = "North Korean leader Kim Jong Un replied";
        let s = scan(&Doc::new(text), Span::new(0, text.len()));
        assert!(s.raws[0].modifier);
        assert_eq!(s.raws[1].roles[0].of(text), "North Korean leader");
    }

    #[test]
    fn appositive_roles_are_found_after_and_before() {
        let text = "An associate research fellow at the S. Rajaratnam School, Shawn Ho, said";
        let s = scan(&Doc::new(text), Span::new(0, text.len()));
        let ho = s.raws.iter().find(|r| r.span.of(text) == "Shawn Ho").unwrap();
        assert_eq!(
            ho.roles[0].of(text),
            "An associate research fellow at the S. Rajaratnam School"
        );
    }

    #[test]
    fn a_relative_clause_before_the_verb_is_cue_evidence() {
        let got = found("Odile Varga, who runs the shelter in town, said the beds were full.");
        assert_eq!(got, pairs(&[("Odile Varga", "person")]));
        // Without a verb of saying after it, a relative clause is no evidence.
        let got = found("Odile Varga, who runs the shelter in town, left early.");
        assert_eq!(got, pairs(&[("Odile Varga", "candidate")]));
    }

    #[test]
    fn a_role_noun_before_the_name_and_its_comma_is_appositive_evidence() {
        let got = found("the museum spokesman, Odile Varga, told reporters");
        assert_eq!(got, pairs(&[("Odile Varga", "person")]));
        let got = found("said the firm's chief people officer, Odile Varga.");
        assert_eq!(got, pairs(&[("Odile Varga", "person")]));
    }

    #[test]
    fn the_article_a_opens_no_name() {
        let got = found("A Varga adviser said no.");
        assert_eq!(got, pairs(&[("Varga", "short")]));
    }
}
