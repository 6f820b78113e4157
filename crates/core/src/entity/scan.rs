//! Finding name mentions in one span: runs of capitalised words, cut into names, titles, places
//! and organisations.
//!
//! A run of capitalised words ("outgoing South Korean President Moon Jae-in" has the run "South
//! Korean President Moon Jae-in") is read left to right, taking at each word the first rule that
//! applies:
//! 1. `known_organization`: the longest known organisation or news outlet starting there;
//! 2. `organization_by_head`: words up to an organisation head ("Ewha University"), with its
//!    "of"/"for" complement ("School of International Studies");
//! 3. `known_place`: the longest place, alias or demonym ("North Korean"); an all-capital
//!    dateline word matches too ("SEOUL");
//! 4. `title`: a title word ("President", "Secretary-General", "Mr"), with "of" and title words
//!    after it ("Secretary of State"), or a capitalised role noun before a name ("Vendor Rosa
//!    Delgado": a weak title, which does not make a lone word a name);
//! 5. `korean_name`: a Korean surname and a given name of one or two romanised syllables;
//! 6. `western_name`: a known given name and the capitalised words and particles after it
//!    ("Mohammed bin Abdulrahman Al Thani");
//! 7. `place_by_head`: words before a place head ("Millbrook River", "Bartow County") or after a
//!    place opener ("Mount Kumgang"), after the name rules so that "Jenny Town" stays a person;
//! 8. `acronym`: an all-capital word, kept to be tied to a long form later;
//! 9. anything else is an unknown word; unknown words next to each other form a chunk, which is
//!    a person's name only with evidence (`titled_name`: a title or role noun before it;
//!    `appositive_evidence`: ", a professor at …" after it or "A professor at …, X," before it;
//!    `cue_evidence`: a speech verb right after it (past an age: "Rosa Delgado, 54, said"), right
//!    before it after a quotation ("…,” added Marcus Chen") or opening the line or sentence
//!    ("Said Ellis:"), "according to" before it, or a quotation's closing mark and a dash
//!    before it: "“…” ― Sonya Herridge").
//!    A chunk longer than a name with such evidence is a role and a name: its last two words
//!    are the person (`long_chunk`: "said Senate Minority Whip Dick Durbin").
//!    Without evidence a chunk is a `candidate` for the resolver; a one-word chunk is a short
//!    form, resolved later against the article's full names.
//!
//! Sentence openers and other words that are never names ([`NOT_NAMES`]) cut runs; lowercase
//! name particles ([`NAME_PARTICLES`]) join them.
//!
//! Each person also gets its roles: the role phrase before the name (`role_before`, whose places
//! and organisations are marked as modifiers: they describe the person, they are not actors of
//! the clause) and appositives around it.

use super::korean;
use super::names::{GIVEN_NAMES, NAME_PARTICLES, NOT_NAMES};
use super::organizations::{
    AMBIGUOUS_NAMES, CONNECTORS, KNOWN_ORGANIZATIONS, ORGANIZATION_HEADS, ORGANIZATION_NOUNS,
};
use super::places::{KNOWN_PLACES, PLACE_HEADS, PLACE_OPENERS};
use super::titles::{COURTESY_TITLES, ROLE_MODIFIERS, ROLE_NOUNS, TITLES, TITLE_MODIFIERS};
use super::words::{words, Token, TokenKind};
use crate::article::OUTLETS;
use crate::doc::fold::fold;
use crate::doc::Doc;
use crate::quote::cues::{is_speech_verb, ACCORDING_TO};
use crate::Span;
use std::collections::HashMap;
use std::sync::OnceLock;

/// What a known name stands for.
#[derive(Debug, Clone, Copy)]
enum Known {
    Organization { canonical: &'static str, media: bool },
    Place { canonical: &'static str, demonym: bool },
}

/// A name from the data tables, as written in text ("U.N.", "North Korean").
#[derive(Debug, Clone, Copy)]
struct KnownName {
    name: &'static str,
    target: Known,
    /// Written "The X" in the table and one word without it ("The Independent"): matched only
    /// after "the", since "Independent journalists" is no outlet.
    needs_the: bool,
}

/// The lowercase letters and digits a word starts with: the index key of a known name.
fn leading_word(word: &str) -> String {
    word.chars().take_while(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Known organisations (with the article reader's outlets) and places, indexed by their first
/// word, built once: each capitalised word is checked against the few names it can start.
fn known_names() -> &'static HashMap<String, Vec<KnownName>> {
    static INDEX: OnceLock<HashMap<String, Vec<KnownName>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: HashMap<String, Vec<KnownName>> = HashMap::new();
        let mut add = |name: &'static str, target: Known| {
            if AMBIGUOUS_NAMES.contains(&name) {
                return;
            }
            let bare = name.strip_prefix("The ").unwrap_or(name);
            let needs_the = bare.len() < name.len() && !bare.contains(' ');
            let known = KnownName { name: bare, target, needs_the };
            index.entry(leading_word(bare)).or_default().push(known);
        };
        for org in KNOWN_ORGANIZATIONS {
            let target = Known::Organization { canonical: org.name, media: false };
            for name in std::iter::once(&org.name).chain(org.aliases) {
                add(name, target);
            }
        }
        for outlet in OUTLETS {
            let target = Known::Organization { canonical: outlet.name, media: true };
            for name in std::iter::once(&outlet.name).chain(outlet.aliases) {
                add(name, target);
            }
        }
        for place in KNOWN_PLACES {
            for name in std::iter::once(&place.name).chain(place.aliases) {
                add(name, Known::Place { canonical: place.name, demonym: false });
            }
            for name in place.demonyms {
                add(name, Known::Place { canonical: place.name, demonym: true });
            }
        }
        index
    })
}

fn known_names_at(word: &str) -> &'static [KnownName] {
    known_names().get(&leading_word(word)).map_or(&[], Vec::as_slice)
}

/// A person's name as found: how to match it, and how it may be shortened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PersonName {
    /// The matching key: "kim jongun", "donald trump".
    pub key: String,
    /// The word a short form uses: the Korean surname or the last word of a Western name.
    pub short: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RawKind {
    Person(PersonName),
    /// A lone capitalised word that may be a short form ("Kim", "Ho"); `titled` when a title
    /// stands before it ("Mr Kim"), `cue` when a speech verb goes with it ("Ho said").
    /// `org_noun` when an organisation noun follows ("the Verdi union").
    Short {
        titled: bool,
        cue: bool,
        org_noun: bool,
    },
    Organization {
        name: String,
        media: bool,
    },
    Place {
        name: String,
        demonym: bool,
    },
    Title,
    /// `org_noun` when an organisation noun or a role follows ("the RMT union", "NASA
    /// spokesperson").
    Acronym {
        org_noun: bool,
    },
    /// Two or three unknown capitalised words with no evidence of being a name yet ("Amira
    /// Haddad kept cooking"): a person if the article names them by surname with evidence
    /// elsewhere ("Haddad said").
    Candidate(PersonName),
}

/// A mention candidate in one region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Raw {
    pub span: Span,
    pub kind: RawKind,
    /// Part of another name's role phrase ("North Korean" in "North Korean leader Kim").
    pub modifier: bool,
    /// Role phrases found around a person.
    pub roles: Vec<Span>,
}

/// Everything found in one region, with its tokens for later passes.
pub(crate) struct Scanned {
    pub tokens: Vec<Token>,
    pub raws: Vec<Raw>,
}

fn lower(text: &str, token: Token) -> String {
    fold(token.text(text))
}

/// The word without a "then-"/"ex-" prefix and a final period, lowercase.
fn bare_title(text: &str, token: Token) -> String {
    let word = lower(text, token);
    let word = word.trim_end_matches('.');
    for prefix in ["then-", "ex-", "former-"] {
        if let Some(rest) = word.strip_prefix(prefix) {
            return rest.to_string();
        }
    }
    word.to_string()
}

fn is_title_word(text: &str, token: Token) -> bool {
    token.is_capitalized(text) && TITLES.contains(&bare_title(text, token).as_str())
}

fn is_title_modifier(text: &str, token: Token) -> bool {
    token.is_capitalized(text) && TITLE_MODIFIERS.contains(&bare_title(text, token).as_str())
}

fn is_role_word(text: &str, token: Token) -> bool {
    let w = bare_title(text, token);
    ROLE_NOUNS.contains(&w.as_str()) || TITLES.contains(&w.as_str())
}

fn is_role_modifier(text: &str, token: Token) -> bool {
    let w = bare_title(text, token);
    ROLE_MODIFIERS.contains(&w.as_str()) || TITLE_MODIFIERS.contains(&w.as_str())
}

/// Whether `token` is a period that ends an initial or a title ("S.", "Mr.") rather than a
/// sentence.
fn is_inner_period(text: &str, tokens: &[Token], i: usize) -> bool {
    if !tokens.get(i).is_some_and(|t| t.is_mark(text, '.')) || i == 0 {
        return false;
    }
    let prev = tokens[i - 1];
    let word = prev.text(text);
    prev.is_word()
        && prev.span.end == tokens[i].span.start
        && ((word.chars().count() == 1 && word.chars().all(char::is_uppercase))
            || COURTESY_TITLES.contains(&word.to_lowercase().as_str())
            || matches!(
                word,
                "St" | "Jr"
                    | "Sr"
                    | "Gen"
                    | "Lt"
                    | "Col"
                    | "Sen"
                    | "Rep"
                    | "Del"
                    | "Gov"
                    | "Capt"
                    | "Maj"
                    | "Cmdr"
                    | "Adm"
                    | "Sgt"
                    | "Cpl"
                    | "Pvt"
                    | "Amb"
                    | "Supt"
                    | "Rev"
            ))
}

/// A lowercase particle between two capitalised words ("Mohammed bin Abdulrahman"), or "of"
/// after a title ("Secretary of State").
fn is_name_particle(text: &str, tokens: &[Token], i: usize) -> bool {
    let (Some(prev), Some(next)) =
        (i.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(i + 1))
    else {
        return false;
    };
    let is_particle = |t: &Token| NAME_PARTICLES.contains(&lower(text, *t).as_str());
    let word = lower(text, tokens[i]);
    if word == "of" {
        return is_title_word(text, *prev) && next.is_capitalized(text);
    }
    // "Ursula von der Leyen": a run of particles between capitalised words.
    let mut j = i + 1;
    while tokens.get(j).is_some_and(|t| is_particle(t) && !t.is_capitalized(text)) && j < i + 3 {
        j += 1;
    }
    let prev_ok = prev.is_capitalized(text) || is_particle(prev);
    prev_ok
        && NAME_PARTICLES.contains(&word.as_str())
        && tokens.get(j).is_some_and(|t| t.is_capitalized(text))
}

fn is_all_caps(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// Initials written with periods ("G.K.", "J.M."): the given names of a person when a
/// surname follows ("Rep. G.K. Butterfield"), not an acronym.
fn is_initials(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=3).contains(&letters)
        && word.ends_with('.')
        && word.chars().all(|c| c.is_uppercase() || c == '.')
        && word.chars().zip(word.chars().skip(1)).all(|(a, b)| a.is_alphabetic() == (b == '.'))
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters) && word.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
}

/// Scans `span` of `text`. Never panics.
pub(crate) fn scan(doc: &Doc<'_>, span: Span) -> Scanned {
    let text = doc.text();
    let tokens = words(doc, span);
    let mut raws = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].is_capitalized(text) {
            i += 1;
            continue;
        }
        let mut b = i + 1;
        while b < tokens.len() {
            // Capitalised words, particles inside a name, and the period of an initial.
            let continues = tokens[b].is_capitalized(text)
                || is_name_particle(text, &tokens, b)
                || (is_inner_period(text, &tokens, b)
                    && tokens.get(b + 1).is_some_and(|t| t.is_capitalized(text)));
            if !continues {
                break;
            }
            b += 1;
        }
        let end = Segmenter { text, tokens: &tokens }.segment(i, b, &mut raws);
        i = end.max(b);
    }
    let mut scanned = Scanned { tokens, raws };
    attach_roles(text, &mut scanned);
    scanned
}

struct Segmenter<'a> {
    text: &'a str,
    tokens: &'a [Token],
}

impl Segmenter<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    fn span(&self, a: usize, b: usize) -> Span {
        let start = self.tokens.get(a).map_or(0, |t| t.span.start);
        let end = self.tokens.get(b.saturating_sub(1)).map_or(start, |t| t.span.end);
        Span::new(start, end)
    }

    /// Where a name starting at token `k` ends: the token index just past it and the byte
    /// offset of its end. The name must end at a token end, or at a hyphen inside a token
    /// ("North Korea-U.S.": the place ends before the hyphen).
    fn match_at(&self, k: usize, name: &str) -> Option<(usize, usize)> {
        let start = self.tokens.get(k)?.span.start;
        let rest = self.text.get(start..)?;
        // An all-capital dateline ("SEOUL, South Korea") names places in capitals.
        let shouted = || {
            rest.get(..name.len()).is_some_and(|r| is_all_caps(r) && r.eq_ignore_ascii_case(name))
                && name.chars().filter(|c| c.is_alphabetic()).count() > 3
        };
        if !rest.starts_with(name) && !shouted() {
            return None;
        }
        let end = start + name.len();
        let after = self.text.get(end..).and_then(|s| s.chars().next());
        let mut m = k;
        while m < self.tokens.len() && self.tokens[m].span.end <= end {
            m += 1;
        }
        let at_token_end = m > k && self.tokens[m - 1].span.end == end;
        if at_token_end && !after.is_some_and(char::is_alphanumeric) {
            return Some((m, end));
        }
        if after == Some('-') && m < self.tokens.len() && self.tokens[m].span.start < end {
            return Some((m + 1, end));
        }
        None
    }

    fn known_organization(&self, k: usize) -> Option<((usize, usize), String, bool)> {
        let mut best: Option<((usize, usize), String, bool)> = None;
        for known in known_names_at(self.word(k)) {
            let Known::Organization { canonical, media } = known.target else { continue };
            let after_the = k > 0 && self.word(k - 1).eq_ignore_ascii_case("the");
            if known.needs_the && !after_the {
                continue;
            }
            if let Some(m) = self.match_at(k, known.name) {
                if best.as_ref().is_none_or(|b| m.1 > b.0 .1) {
                    best = Some((m, canonical.to_string(), media));
                }
            }
        }
        best
    }

    fn organization_by_head(&self, k: usize, b: usize) -> Option<usize> {
        // The last head word before any title: "Rail Delivery Group", but "European Commission"
        // in "European Commission President Ursula von der Leyen".
        let before_title = (k..b).find(|&t| is_title_word(self.text, self.tokens[t])).unwrap_or(b);
        let is_head = |h: usize| {
            ORGANIZATION_HEADS.contains(&self.word(h).to_lowercase().as_str())
                && self.tokens[h].is_capitalized(self.text)
        };
        let first = (k..before_title).find(|&h| is_head(h))?;
        let mut head = first;
        while head + 1 < before_title && self.tokens[head + 1].is_capitalized(self.text) {
            head += 1;
        }
        while head > first && !is_head(head) {
            head -= 1;
        }
        let mut end = head + 1;
        loop {
            // A complement past the run: "School of International Studies".
            // "and" only joins words that are not an organisation of their own: "Center for
            // Strategic and International Studies", not "… of Seoul and Yonsei University".
            let and_ok = self.word(end) != "and" || {
                let mut j = end + 1;
                let mut own_head = false;
                while self.tokens.get(j).is_some_and(|t| t.is_capitalized(self.text)) {
                    own_head |= ORGANIZATION_HEADS.contains(&self.word(j).to_lowercase().as_str());
                    j += 1;
                }
                !own_head
            };
            let connector = CONNECTORS.contains(&self.word(end)) && and_ok;
            if connector && self.tokens.get(end + 1).is_some_and(|t| t.is_capitalized(self.text)) {
                end += 2;
                while self
                    .tokens
                    .get(end)
                    .is_some_and(|&t| t.is_capitalized(self.text) && !is_title_word(self.text, t))
                {
                    end += 1;
                }
                continue;
            }
            break;
        }
        (end - k >= 2).then_some(end)
    }

    fn known_place(&self, k: usize) -> Option<((usize, usize), &'static str, bool)> {
        let mut best: Option<((usize, usize), &'static str, bool)> = None;
        for known in known_names_at(self.word(k)) {
            let Known::Place { canonical, demonym } = known.target else { continue };
            if let Some(m) = self.match_at(k, known.name) {
                if best.is_none_or(|b| m.1 > b.0 .1) {
                    best = Some((m, canonical, demonym));
                }
            }
        }
        best
    }

    fn korean_name(&self, k: usize, b: usize) -> Option<(usize, PersonName)> {
        let surname = self.word(k);
        if !korean::is_surname(surname) || k + 1 >= b {
            return None;
        }
        let (first, second) = (self.word(k + 1), self.word(k + 2));
        let end = if korean::is_single_syllable(first)
            && k + 2 < b
            && korean::is_single_syllable(second)
            && !second.contains('-')
        {
            k + 3
        } else if korean::is_given_name_word(first) {
            k + 2
        } else {
            return None;
        };
        let given: Vec<&str> = (k + 1..end).map(|i| self.word(i)).collect();
        let key = korean::key(surname, &given);
        Some((end, PersonName { key, short: surname.to_lowercase() }))
    }

    fn western_name(&self, k: usize, b: usize) -> Option<(usize, PersonName)> {
        let first = self.word(k).to_lowercase();
        let first_part = first.split('-').next().unwrap_or("");
        if !GIVEN_NAMES.contains(&first_part) || k + 1 >= b {
            return None;
        }
        let mut end = k + 1;
        // A middle initial: "John F. Kennedy".
        if self.word(end).chars().count() == 1 && is_inner_period(self.text, self.tokens, end + 1) {
            end += 2;
        }
        if end >= b {
            return None;
        }
        // "Rep. Jim Jordan": a one-word place that ends the run is a surname after a given name;
        // so is a title word where the clause goes on ("said Frank King, a party organizer").
        let surname_place = end + 1 == b
            && self.known_place(end).is_some_and(|((m, _), ..)| m == end + 1)
            && !is_title_word(self.text, self.tokens[end])
            && self.known_organization(end).is_none();
        let surname_title = is_title_word(self.text, self.tokens[end])
            && !is_inner_period(self.text, self.tokens, end + 1)
            && self.second_surname(end, b);
        if self.is_known_word(end) && !surname_place && !surname_title {
            return None;
        }
        end += 1;
        // Particles and further name words: "Mohammed bin Abdulrahman Al Thani".
        while end < b && end - k < WESTERN_NAME_MAX && !self.is_known_word(end) {
            let particle = NAME_PARTICLES.contains(&self.word(end).to_lowercase().as_str());
            if particle && end + 1 < b {
                end += 2;
            } else if particle || !self.tokens[end].is_capitalized(self.text) {
                break;
            } else if self
                .tokens
                .get(end - 1)
                .is_some_and(|t| NAME_PARTICLES.contains(&lower(self.text, *t).as_str()))
                || self.second_surname(end, b)
            {
                end += 1;
            } else {
                break;
            }
        }
        Some((end, western_person(self.text, &self.tokens[k..end])))
    }

    /// Rule `second_surname`: the capitalised word after a name's surname is a name word too
    /// ("Maria Lopez Herrera", "Ruth Bader Ginsburg") when it ends the run of capitalised words
    /// and the clause goes on after it on the same line: a comma, a closing mark, or a
    /// lowercase word other than those a title-case headline leaves in lower case ("Donald
    /// Trump Wins" at a line's end and "Mike Pence Calls for …" are headlines). Not across
    /// hyphens ("Sanders T-shirts", "Ford-Rockefeller Republicans"), nor "I" ("… Eastland I've").
    fn second_surname(&self, i: usize, b: usize) -> bool {
        let (Some(&word), Some(&next)) = (self.tokens.get(i), self.tokens.get(i + 1)) else {
            return false;
        };
        let raw = self.word(i);
        let between = self.text.get(word.span.end..next.span.start).unwrap_or("\n");
        let next_word = next.text(self.text);
        let hyphenated = raw.contains('-') || i > 0 && self.word(i - 1).contains('-');
        i + 1 == b
            && word.is_capitalized(self.text)
            && !hyphenated
            && raw.split(['\'', '\u{2019}']).next() != Some("I")
            && !NOT_NAMES.contains(&raw.to_lowercase().as_str())
            && !between.contains('\n')
            && (next.is_mark(self.text, ',')
                || next.is_mark(self.text, ')')
                || next.is_mark(self.text, ';')
                || next_word.starts_with(char::is_lowercase)
                    && !TITLE_CASE_LOWER.contains(&next_word))
    }

    /// Whether a word is a title, place or organisation word, which never ends a person's name.
    fn is_known_word(&self, i: usize) -> bool {
        let Some(&t) = self.tokens.get(i) else { return true };
        is_title_word(self.text, t)
            || self.known_place(i).is_some()
            || self.known_organization(i).is_some()
            || ORGANIZATION_HEADS.contains(&self.word(i).to_lowercase().as_str())
    }

    /// Segments the run `a..b`, pushing mentions; returns the index it stopped at (an
    /// organisation's complement may run past `b`).
    fn segment(&self, a: usize, b: usize, raws: &mut Vec<Raw>) -> usize {
        let mut k = a;
        let mut unknown: Option<usize> = None;
        let mut after_title = false;
        // A capitalised role noun used as a title ("Vendor Rosa Delgado") is weaker than a
        // title proper: it does not make a lone word a name ("Expert Reveals").
        let mut after_weak_title = false;
        let mut chunk_titled = false;
        let mut chunk_weak = false;
        while k < b {
            // Sentence openers ("The", "However", "He") are never part of a name; nor is a
            // verb of saying that opens a line before a name ("Said Ellis:", `cue_evidence`).
            if (NOT_NAMES.contains(&self.word(k).to_lowercase().as_str())
                || opening_cue(self.text, self.tokens, k))
                && !is_all_caps(self.word(k))
            {
                if let Some(u) = unknown.take() {
                    self.close_chunk(u, k, chunk_titled && !(chunk_weak && k - u == 1), raws);
                }
                after_title = false;
                after_weak_title = false;
                k += 1;
                continue;
            }
            // (token index past the mention, byte end if it ends inside a token, kind)
            let known = self.known_organization(k);
            let by_head = self.organization_by_head(k, b);
            let head_is_longer =
                by_head.is_some_and(|h| known.as_ref().is_none_or(|(m, ..)| h > m.0));
            let found: Option<(usize, Option<usize>, RawKind)> =
                if let (Some(m), true) = (by_head, head_is_longer) {
                    let name = self.span(k, m).of(self.text).to_string();
                    Some((m, None, RawKind::Organization { name, media: false }))
                } else if let Some(((m, end), name, media)) = known {
                    Some((m, Some(end), RawKind::Organization { name, media }))
                } else if let Some(((m, end), name, demonym)) = self.known_place(k) {
                    Some((m, Some(end), RawKind::Place { name: name.to_string(), demonym }))
                } else if self.is_title_at(k, b) {
                    let mut m = k + 1;
                    if is_inner_period(self.text, self.tokens, m) {
                        m += 1;
                    }
                    // "Secretary of State": "of" and the title words after it.
                    if m < b && self.word(m) == "of" {
                        m += 1;
                        while m < b && is_title_modifier(self.text, self.tokens[m]) {
                            m += 1;
                        }
                    }
                    Some((m, None, RawKind::Title))
                } else if let Some((m, name)) = self.korean_name(k, b) {
                    Some((m, None, RawKind::Person(name)))
                } else if let Some((m, name)) = self.western_name(k, b) {
                    Some((m, None, RawKind::Person(name)))
                } else if let Some(m) = self.place_by_head(k, b) {
                    // After names: "Jenny Town" is a person, "Millbrook River" a place.
                    let name = self.span(k, m).of(self.text).to_string();
                    Some((m, None, RawKind::Place { name, demonym: false }))
                } else if is_initials(self.word(k))
                    && k + 1 < b
                    && self.tokens[k + 1].is_capitalized(self.text)
                    && !self.is_known_word(k + 1)
                {
                    // "G.K. Butterfield": initials open an unknown name.
                    None
                } else if is_acronym(self.word(k)) {
                    let next = self.tokens.get(k + 1).filter(|t| !t.is_capitalized(self.text));
                    let org_noun = next.is_some_and(|&t| {
                        let w = bare_title(self.text, t);
                        ORGANIZATION_NOUNS.contains(&w.as_str()) || ROLE_NOUNS.contains(&w.as_str())
                    });
                    Some((k + 1, None, RawKind::Acronym { org_noun }))
                } else {
                    None
                };
            match found {
                Some((m, end, kind)) => {
                    if let Some(u) = unknown.take() {
                        self.close_chunk(u, k, chunk_titled && !(chunk_weak && k - u == 1), raws);
                    }
                    let is_title = kind == RawKind::Title;
                    if !is_title {
                        let mut kind = kind;
                        if after_title {
                            if let RawKind::Person(_) = kind {
                            } else if matches!(kind, RawKind::Acronym { .. }) {
                                kind = RawKind::Short { titled: true, cue: false, org_noun: false };
                            }
                        }
                        let mut span = self.span(k, m);
                        if let Some(end) = end {
                            span.end = end.min(span.end);
                        }
                        raws.push(Raw { span, kind, modifier: false, roles: Vec::new() });
                    }
                    after_title = is_title;
                    after_weak_title = is_title
                        && !is_title_word(self.text, self.tokens[k])
                        && !is_title_modifier(self.text, self.tokens[k]);
                    k = m;
                    if m > b {
                        return m;
                    }
                }
                None => {
                    if unknown.is_none() {
                        unknown = Some(k);
                        chunk_titled = after_title || self.role_noun_before(a, k);
                        chunk_weak = after_weak_title;
                    }
                    after_title = false;
                    after_weak_title = false;
                    k += 1;
                }
            }
        }
        if let Some(u) = unknown {
            self.close_chunk(u, b, chunk_titled && !(chunk_weak && b - u == 1), raws);
        }
        b
    }

    /// `title`: a title word, a capitalised role noun before a capitalised word ("Vendor Rosa
    /// Delgado"), or title modifiers before a title ("Prime Minister").
    fn is_title_at(&self, k: usize, b: usize) -> bool {
        let t = self.tokens[k];
        let next_capitalized = k + 1 < b;
        is_title_word(self.text, t)
            || (next_capitalized
                && t.is_capitalized(self.text)
                && ROLE_NOUNS.contains(&bare_title(self.text, t).as_str()))
            || (is_title_modifier(self.text, t)
                && self.tokens.get(k + 1).is_some_and(|&n| {
                    is_title_word(self.text, n) || is_title_modifier(self.text, n)
                }))
    }

    /// `place_by_head`: words before a place head ("Millbrook River", "Bartow County"), or a
    /// place opener and the word after it ("Mount Everest").
    fn place_by_head(&self, k: usize, b: usize) -> Option<usize> {
        if PLACE_OPENERS.contains(&self.word(k).to_lowercase().trim_end_matches('.')) && k + 1 < b {
            return Some(k + 2);
        }
        let head =
            (k + 1..b).find(|&h| PLACE_HEADS.contains(&self.word(h).to_lowercase().as_str()))?;
        if (k..head).any(|t| {
            is_title_word(self.text, self.tokens[t]) || !self.tokens[t].is_capitalized(self.text)
        }) {
            return None;
        }
        Some(head + 1)
    }

    /// Whether a lowercase role noun or title stands right before the run ("leader Kim").
    fn role_noun_before(&self, run_start: usize, k: usize) -> bool {
        k == run_start
            && k > 0
            && !self.tokens[k - 1].is_capitalized(self.text)
            && self.tokens[k - 1].is_word()
            && ROLE_NOUNS.contains(&bare_title(self.text, self.tokens[k - 1]).as_str())
    }

    /// `organization_by_noun`: whether an organisation noun follows ("the Verdi union").
    fn org_noun_after(&self, e: usize) -> bool {
        self.tokens.get(e).is_some_and(|&t| {
            !t.is_capitalized(self.text)
                && ORGANIZATION_NOUNS.contains(&lower(self.text, t).as_str())
        })
    }

    /// `organization_by_noun`, before: "exchange Zentra", "analytics firm Chainsight".
    fn org_noun_before(&self, u: usize) -> bool {
        u.checked_sub(1).and_then(|p| self.tokens.get(p)).is_some_and(|&t| {
            !t.is_capitalized(self.text)
                && ORGANIZATION_NOUNS.contains(&lower(self.text, t).as_str())
        })
    }

    /// Decides what the unknown words `u..e` are.
    fn close_chunk(&self, u: usize, e: usize, titled: bool, raws: &mut Vec<Raw>) {
        let span = self.span(u, e);
        let len = e - u;
        if len == 1 {
            // "according to PitchBook": a lone word after "according to" may be anything.
            let cue = cue_evidence(self.text, self.tokens, u, e)
                && !according_before(self.text, self.tokens, u);
            raws.push(Raw {
                span,
                kind: RawKind::Short {
                    titled,
                    cue,
                    // "the Verdi union" (not "Crypto exchange Zentra"), "exchange Zentra".
                    org_noun: (self.org_noun_after(e)
                        && self.word(u.wrapping_sub(1)).eq_ignore_ascii_case("the"))
                        || self.org_noun_before(u),
                },
                modifier: false,
                roles: vec![],
            });
            return;
        }
        let particles = (u..e).any(|i| !self.tokens[i].is_capitalized(self.text));
        if len > 3 && !(particles && len <= WESTERN_NAME_MAX) {
            self.close_long_chunk(u, e, titled, raws);
            return;
        }
        let evidence = titled
            || appositive_after(self.text, self.tokens, e).is_some()
            || appositive_before(self.text, self.tokens, u).is_some()
            || cue_evidence(self.text, self.tokens, u, e);
        let person = western_person(self.text, &self.tokens[u..e]);
        let kind = if evidence { RawKind::Person(person) } else { RawKind::Candidate(person) };
        raws.push(Raw { span, kind, modifier: false, roles: vec![] });
    }
}

impl Segmenter<'_> {
    /// `long_chunk`: more unknown capitalised words than a name has ("New York City Public
    /// Advocate Trish James said", "said Senate Minority Whip Dick Durbin"): with evidence of a
    /// person at either end, the name is the last two words (three with a middle initial);
    /// the words before are the role. Without evidence nothing is kept.
    fn close_long_chunk(&self, u: usize, e: usize, titled: bool, raws: &mut Vec<Raw>) {
        let word_tokens: Vec<usize> = (u..e).filter(|&i| self.tokens[i].is_word()).collect();
        let Some(&last) = word_tokens.last() else { return };
        let mut take = 2;
        // "Edwin G. Monroy": a middle initial joins the given name.
        if word_tokens.len() >= 3 {
            let second = word_tokens[word_tokens.len() - 2];
            if self.word(second).chars().count() == 1 {
                take = 3;
            }
        }
        if word_tokens.len() <= take {
            return;
        }
        let start = word_tokens[word_tokens.len() - take];
        let evidence = titled
            || appositive_after(self.text, self.tokens, e).is_some()
            || cue_evidence(self.text, self.tokens, start, e)
            || cue_evidence(self.text, self.tokens, u, e);
        if !evidence || last + 1 != e {
            return;
        }
        let span = self.span(start, e);
        let person = western_person(self.text, &self.tokens[start..e]);
        raws.push(Raw { span, kind: RawKind::Person(person), modifier: false, roles: vec![] });
    }
}

fn western_person(text: &str, tokens: &[Token]) -> PersonName {
    let words: Vec<String> =
        tokens.iter().filter(|t| t.is_word()).map(|t| fold(t.text(text))).collect();
    PersonName { key: words.join(" "), short: words.last().cloned().unwrap_or_default() }
}

/// Whether "according to" stands right before token `u`.
fn according_before(text: &str, tokens: &[Token], u: usize) -> bool {
    u >= 2
        && lower(text, tokens[u - 2]) == ACCORDING_TO[0]
        && lower(text, tokens[u - 1]) == ACCORDING_TO[1]
}

/// `cue_evidence`: a speech verb right after the words, or "according to" right before.
fn cue_evidence(text: &str, tokens: &[Token], u: usize, e: usize) -> bool {
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
            ROLE_NOUNS.contains(&w.as_str()) || ORGANIZATION_NOUNS.contains(&w.as_str())
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
    after || before || inverted || opening || dash_after_quotation(text, tokens, u)
}

/// Whether token `k` is a capitalised verb of saying that opens its line or sentence ("Said
/// Ellis:").
fn opening_cue(text: &str, tokens: &[Token], k: usize) -> bool {
    let Some(&t) = tokens.get(k) else { return false };
    // The line's first word, or the first of a sentence ("… complicated. Said Ellis:").
    let opens = k == 0
        || text.get(tokens[k - 1].span.end..t.span.start).is_some_and(|gap| gap.contains('\n'))
        || [".", "!", "?"].iter().any(|m| tokens[k - 1].text(text) == *m);
    opens && t.is_capitalized(text) && is_speech_verb(&lower(text, t))
}

/// `cue_evidence` by a dash: "“…” ― Sonya Herridge", the words right after a closing
/// quotation mark and a dash, as readers' comments and epigraphs are signed.
fn dash_after_quotation(text: &str, tokens: &[Token], u: usize) -> bool {
    let is_dash = |t: &Token| t.text(text).chars().all(|c| matches!(c, '―' | '—' | '–'));
    let closes = |t: &Token| t.text(text).ends_with(['”', '"']) || t.text(text).ends_with("''");
    u >= 2 && is_dash(&tokens[u - 1]) && closes(&tokens[u - 2])
}

/// The most words a name may have ("Mohammed bin Abdulrahman Al Thani").
const WESTERN_NAME_MAX: usize = 6;

/// Words a title-case headline leaves in lower case (and "this", "that": "… Breakfast this
/// morning"); after one, a capitalised word is more likely the headline's than a name's.
const TITLE_CASE_LOWER: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "for", "to", "of", "in", "on", "at", "by", "from",
    "with", "as", "into", "over", "vs", "this", "that",
];

/// Determiners an appositive may open with.
const APPOSITIVE_OPENERS: &[&str] = &["a", "an", "the", "his", "her", "its", "their"];

/// How many words an appositive role may have before its head noun.
const ROLE_HEAD_WITHIN: usize = 5;

/// How far an appositive may run, in tokens.
const APPOSITIVE_MAX_TOKENS: usize = 25;

/// `appositive_evidence` after a name: ", a professor at Ewha University in Seoul," — the span
/// of the role, without the commas.
pub(crate) fn appositive_after(text: &str, tokens: &[Token], e: usize) -> Option<Span> {
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
        .find(|&j| ROLE_NOUNS.contains(&bare_title(text, tokens[j]).as_str()))?;
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
pub(crate) fn appositive_before(text: &str, tokens: &[Token], u: usize) -> Option<Span> {
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
        .find(|&j| ROLE_NOUNS.contains(&bare_title(text, tokens[j]).as_str()));
    head.map(|_| Span::new(tokens[s].span.start, tokens[comma - 1].span.end))
}

/// Finds each person's roles and marks the places and organisations inside a role phrase as
/// modifiers.
fn attach_roles(text: &str, scanned: &mut Scanned) {
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
    use super::*;

    fn found(text: &str) -> Vec<(String, &'static str)> {
        scan(&Doc::new(text), Span::new(0, text.len()))
            .raws
            .iter()
            .map(|r| {
                let kind = match r.kind {
                    RawKind::Person(_) => "person",
                    RawKind::Short { .. } => "short",
                    RawKind::Candidate(_) => "candidate",
                    RawKind::Organization { .. } => "org",
                    RawKind::Place { .. } => "place",
                    RawKind::Title => "title",
                    RawKind::Acronym { .. } => "acronym",
                };
                (r.span.of(text).to_string(), kind)
            })
            .collect()
    }

    fn pairs(list: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        list.iter().map(|(a, b)| (a.to_string(), *b)).collect()
    }

    #[test]
    fn a_title_run_is_cut_into_place_title_and_korean_name() {
        assert_eq!(
            found("outgoing South Korean President Moon Jae-in said"),
            pairs(&[("South Korean", "place"), ("Moon Jae-in", "person")])
        );
    }

    #[test]
    fn korean_given_names_written_with_spaces_stop_after_two_syllables() {
        assert_eq!(
            found("Kim Jong Un Reaches Special Partnership"),
            pairs(&[("Kim Jong Un", "person"), ("Reaches Special Partnership", "candidate")])
        );
    }

    #[test]
    fn organisations_take_their_head_and_complement() {
        assert_eq!(
            found("at the S. Rajaratnam School of International Studies."),
            pairs(&[("S. Rajaratnam School of International Studies", "org")])
        );
        assert_eq!(
            found("the Korea Institute for National Unification, noted"),
            pairs(&[("Korea Institute for National Unification", "org")])
        );
    }

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
    fn initials_and_a_place_word_can_be_part_of_a_name() {
        let got = found("“No,” said Rep. G.K. Butterfield.");
        assert_eq!(got, pairs(&[("G.K. Butterfield", "person")]));
        let got = found("Rep. Jim Jordan said so.");
        assert_eq!(got, pairs(&[("Jim Jordan", "person")]));
    }

    #[test]
    fn a_second_surname_joins_the_name_where_the_clause_goes_on() {
        let got = found("“No,” said Maria L. Lopez Herrera, a councillor.");
        assert_eq!(got, pairs(&[("Maria L. Lopez Herrera", "person")]));
        let got = found("Justice Ruth Bader Ginsburg wrote the opinion");
        assert_eq!(got, pairs(&[("Ruth Bader Ginsburg", "person")]));
        // A title word can be that surname ("King"); "Del." (a delegate) stays apart from the
        // name after it, and "Del" without a period is a particle.
        assert_eq!(found("said Frank King, a party organizer"), pairs(&[("Frank King", "person")]));
        let got = found("said Del. Rosa Marquez, who");
        assert_eq!(got.last(), Some(&("Rosa Marquez".to_string(), "person")));
        let got = found("said Tom Del Beccaro, a former chairman");
        assert_eq!(got, pairs(&[("Tom Del Beccaro", "person")]));
        // A headline's words are not a name's: at the end of a line, before a word a title-case
        // headline leaves in lower case, across a hyphen, a weekday, "I".
        let person = |text: &str| found(text).first().map(|(name, _)| name.clone());
        assert_eq!(person("Donald Trump Wins\nThe race"), Some("Donald Trump".to_string()));
        assert_eq!(person("Mike Pence Calls for a vote"), Some("Mike Pence".to_string()));
        assert_eq!(person("as Bernie Sanders T-shirts showed"), Some("Bernie Sanders".into()));
        assert_eq!(person("Elizabeth Warren Wednesday said"), Some("Elizabeth Warren".into()));
        assert_eq!(person("said Jim Eastland I’ve heard"), Some("Jim Eastland".to_string()));
    }

    #[test]
    fn a_long_chunk_with_evidence_ends_with_the_name() {
        let got = found("“Yes,” said Senate Minority Whip Dick Durbin.");
        assert_eq!(got, pairs(&[("Dick Durbin", "person")]));
        let got = found("Big City Public Advocate Edwin G. Monroy said so.");
        assert_eq!(got, pairs(&[("Edwin G. Monroy", "person")]));
        assert!(found("Big City Public Advocate Trish James slept.").is_empty());
    }

    #[test]
    fn one_word_outlets_written_with_the_need_the() {
        let no_org = |text: &str| found(text).iter().all(|(_, kind)| *kind != "org");
        assert!(no_org("Independent journalists were barred"));
        assert!(no_org("Time is running out"));
        assert_eq!(found("as the Independent reported"), pairs(&[("Independent", "org")]));
    }

    #[test]
    fn place_heads_and_shouted_datelines_make_places() {
        assert_eq!(found("the Millbrook River burst"), pairs(&[("Millbrook River", "place")]));
        assert_eq!(
            found("SEOUL, South Korea (AP)"),
            pairs(&[("SEOUL", "place"), ("South Korea", "place"), ("AP", "org")])
        );
        // A known given name wins over a place head.
        assert_eq!(found("said Jenny Town, director"), pairs(&[("Jenny Town", "person")]));
    }

    #[test]
    fn name_particles_and_titles_with_of_keep_names_whole() {
        assert_eq!(
            found("Prime Minister Mohammed bin Abdulrahman Al Thani said"),
            pairs(&[("Mohammed bin Abdulrahman Al Thani", "person")])
        );
        assert_eq!(
            found("U.S. Secretary of State Marco Rubio said"),
            pairs(&[("U.S.", "place"), ("Marco Rubio", "person")])
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
}
