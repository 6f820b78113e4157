//! Finding name mentions in one span: runs of capitalised words, cut into names, titles, places
//! and organisations. The organisation and place rules (1–3, 7) live in `super::org_place`, the
//! person-name rules (5, 6 and `long_chunk`) in `super::person_names`, the evidence that unknown
//! words are a person's name and the roles around a name in `super::evidence`.
//!
//! A run of capitalised words ("outgoing South Korean President Moon Jae-in" has the run "South
//! Korean President Moon Jae-in") is read left to right, taking at each word the first rule that
//! applies:
//! 1. `known_organization`: the longest known organisation or news outlet starting there;
//! 2. `organization_by_head`: words up to an organisation head ("Ewha University"), with its
//!    "of"/"for" complement ("School of International Studies"); a title in the plural before
//!    the head is one of its words ("Republican Governors Association", `plural_title_member`);
//! 3. `known_place`: the longest place, alias or demonym ("North Korean"); an all-capital
//!    dateline word matches too ("SEOUL");
//! 4. `title`: a title word ("President", "Secretary-General", "Mr"; not one that ends the
//!    run after an honorific, `honorific_surname`: "Mr. King", but "Mr. President"), with "of"
//!    and title words after it ("Secretary of State"), or a capitalised role noun before a name ("Vendor Rosa
//!    Delgado": a weak title, which does not make a lone word a name); a title word alone in
//!    its run is a short form instead (`lone_title`: "Dean, a former chairman," is Howard Dean
//!    when the article names him, nobody otherwise);
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
//! A run that is the whole of a quotation is a work's title, no name (rule "quoted title":
//! “Mercy Street,”), unless it is a known organisation or place.
//!
//! Before a run is read, rule "joined organization" joins it across "and" or "&" to the run after it
//! when that one ends in an organisation head ("the Immigration and Naturalization Service").
//!
//! Sentence openers and other words that are never names
//! ([`NOT_NAMES`](super::names::NOT_NAMES)) cut runs; lowercase name particles
//! ([`NAME_PARTICLES`]) join them.
//!
//! Each person also gets its roles: the role phrase before the name (`role_before`, whose places
//! and organisations are marked as modifiers: they describe the person, they are not actors of
//! the clause) and appositives around it.

use super::evidence::{
    according_before, appositive_after, appositive_before, attach_roles, cue_evidence, opening_cue,
    role_appositive_before,
};
use super::names::NAME_PARTICLES;
use super::organizations::{ORGANIZATION_HEADS, ORGANIZATION_NOUNS};
use super::person_names::{
    nickname_within, western_person, without_nicknames, GENERATIONAL_SUFFIXES, WESTERN_NAME_MAX,
};
use super::places::SETTLEMENT_NOUNS;
use super::titles::{
    ADDRESS_TITLES, COURTESY_TITLES, HONORIFICS, PLURAL_TITLES, ROLE_MODIFIERS, ROLE_NOUNS, TITLES,
    TITLE_MODIFIERS,
};
use super::words::{words, Token};
use crate::doc::fold::{fold, with_lowercase};
use crate::doc::Doc;
use crate::Span;

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

pub(super) fn lower(text: &str, token: Token) -> String {
    fold(token.text(text))
}

/// The word without a "then-"/"ex-" prefix and a final period, lowercase.
pub(super) fn bare_title(text: &str, token: Token) -> String {
    // Cut in place: one allocation per word.
    let mut word = lower(text, token);
    word.truncate(word.trim_end_matches('.').len());
    for prefix in ["then-", "ex-", "former-"] {
        if word.starts_with(prefix) {
            word.drain(..prefix.len());
            break;
        }
    }
    word
}

pub(super) fn is_title_word(text: &str, token: Token) -> bool {
    let word = bare_title(text, token);
    token.is_capitalized(text)
        && (TITLES.contains(word.as_str()) || PLURAL_TITLES.contains(&word.as_str()))
}

fn is_title_modifier(text: &str, token: Token) -> bool {
    token.is_capitalized(text) && TITLE_MODIFIERS.contains(bare_title(text, token).as_str())
}

pub(super) fn is_role_word(text: &str, token: Token) -> bool {
    let w = bare_title(text, token);
    ROLE_NOUNS.contains(w.as_str()) || TITLES.contains(w.as_str())
}

pub(super) fn is_role_modifier(text: &str, token: Token) -> bool {
    let w = bare_title(text, token);
    ROLE_MODIFIERS.contains(w.as_str()) || TITLE_MODIFIERS.contains(w.as_str())
}

/// Whether `token` is a period that ends an initial or a title ("S.", "Mr.") rather than a
/// sentence.
pub(super) fn is_inner_period(text: &str, tokens: &[Token], i: usize) -> bool {
    if !tokens.get(i).is_some_and(|t| t.is_mark(text, '.')) || i == 0 {
        return false;
    }
    let prev = tokens[i - 1];
    let word = prev.text(text);
    prev.is_word()
        && prev.span.end == tokens[i].span.start
        && ((word.chars().count() == 1 && word.chars().all(char::is_uppercase))
            || with_lowercase(word, |w| COURTESY_TITLES.contains(&w))
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

pub(super) fn is_all_caps(word: &str) -> bool {
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
    let tokens = without_nicknames(text, words(doc, span));
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
        let b = joined_organization(text, &tokens, i, b).unwrap_or(b);
        let segmenter = Segmenter { text, tokens: &tokens, doc };
        if quoted_title(text, &tokens, i, b)
            && segmenter.known_organization(i).is_none()
            && segmenter.known_place(i).is_none()
        {
            i = b;
            continue;
        }
        let end = segmenter.segment(i, b, &mut raws);
        i = end.max(b);
    }
    let mut scanned = Scanned { tokens, raws };
    attach_roles(text, &mut scanned);
    scanned
}

/// Rule "quoted title": capitalised words that are the whole of a quotation are the title of a
/// work ("stars in the drama “Mercy Street,”", "the song ''Go Crazy''"), no one's name nor a
/// place, unless they are a known organisation or place (“CNN”). Run `a..b`, at most
/// [`QUOTED_TITLE_WORDS`] words, the quotation's opening mark right before it and its closing
/// mark right after it (past a comma or period).
fn quoted_title(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    let mark =
        |i: usize, marks: &[&str]| tokens.get(i).is_some_and(|t| marks.contains(&t.text(text)));
    let opens = a.checked_sub(1).is_some_and(|p| mark(p, &["\u{201c}", "\"", "``", "''"]));
    let after = if mark(b, &[",", "."]) { b + 1 } else { b };
    opens && b - a <= QUOTED_TITLE_WORDS && mark(after, &["\u{201d}", "\"", "''"])
}

/// The most words of a quoted title (rule "quoted title").
const QUOTED_TITLE_WORDS: usize = 6;

/// Rule "joined organization": after "the", one or two capitalised words, "and" (or "&"), and a
/// run that ends in an organisation head are one organisation's name ("the Immigration and
/// Naturalization Service", "the Food and Drug Administration", "the Faith & Family Coalition"), unless the words before "and" are a head of their own ("the Ministry and
/// Defense Agency" names two). The end of the joined run, after the head.
fn joined_organization(text: &str, tokens: &[Token], a: usize, b: usize) -> Option<usize> {
    // Most runs end before no "and": answered without lowercasing any word.
    let and = tokens.get(b).is_some_and(|t| matches!(t.text(text), "and" | "&"));
    if !and {
        return None;
    }
    let word = |i: usize| tokens.get(i).map(|&t| lower(text, t)).unwrap_or_default();
    // (A run may open with a capitalised "The".)
    let first = if word(a) == "the" { a + 1 } else { a };
    let after_the = first > a || a.checked_sub(1).is_some_and(|p| word(p) == "the");
    let is_head = |i: usize| ORGANIZATION_HEADS.contains(&word(i));
    if !after_the || first >= b || b - first > 2 || (first..b).any(is_head) {
        return None;
    }
    let mut c = b + 1;
    while tokens.get(c).is_some_and(|t| t.is_capitalized(text)) && c < b + 5 {
        c += 1;
    }
    (c > b + 1 && is_head(c - 1)).then_some(c)
}

pub(super) struct Segmenter<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    /// The doc the tokens come from: its part-of-speech tags settle what capitalisation
    /// leaves open (`second_surname`).
    pub(super) doc: &'a Doc<'a>,
}

impl Segmenter<'_> {
    pub(super) fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    pub(super) fn span(&self, a: usize, b: usize) -> Span {
        let start = self.tokens.get(a).map_or(0, |t| t.span.start);
        let end = self.tokens.get(b.saturating_sub(1)).map_or(start, |t| t.span.end);
        Span::new(start, end)
    }

    /// Whether a word is a title, place or organisation word, which never ends a person's name.
    pub(super) fn is_known_word(&self, i: usize) -> bool {
        let Some(&t) = self.tokens.get(i) else { return true };
        is_title_word(self.text, t)
            || self.known_place(i).is_some()
            || self.known_organization(i).is_some()
            || with_lowercase(self.word(i), |w| ORGANIZATION_HEADS.contains(w))
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
            if (with_lowercase(self.word(k), super::names::is_not_name)
                || opening_cue(self.text, self.tokens, k))
                // A shouted word is kept ("THE" in a headline in capitals), but not the
                // article "A" or "I", one capital letter with no period.
                && !(is_all_caps(self.word(k)) && self.word(k).chars().count() > 1)
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
                } else if self.is_title_at(k, b) && !self.surname_after_honorific(k, b) {
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
                    // `lone_title`: a title word alone in its run may be a surname the article
                    // gives in full ("Howard Dean" … "Dean, a former chairman,"): a short form,
                    // which names nobody unless a person of that surname is found.
                    let kind = if k == a && m == b && m == k + 1 {
                        RawKind::Short { titled: false, cue: false, org_noun: false }
                    } else {
                        RawKind::Title
                    };
                    Some((m, None, kind))
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
                } else if unknown.is_some()
                    && k + 1 == b
                    && with_lowercase(self.word(k), |w| GENERATIONAL_SUFFIXES.contains(&w))
                {
                    // "Vann R. Newkirk II": the suffix ends the unknown name.
                    None
                } else if is_acronym(self.word(k)) {
                    let next = self.tokens.get(k + 1).filter(|t| !t.is_capitalized(self.text));
                    let org_noun = next.is_some_and(|&t| {
                        let w = bare_title(self.text, t);
                        ORGANIZATION_NOUNS.contains(w.as_str()) || ROLE_NOUNS.contains(w.as_str())
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

    /// Rule `honorific_surname`: a title word that ends the run right after an honorific is a
    /// surname ("Mr. King said", "Ms. Judge, 40,"), unless the honorific addresses the title
    /// ("Mr. President").
    fn surname_after_honorific(&self, k: usize, b: usize) -> bool {
        let honorific = |i: usize| {
            self.tokens
                .get(i)
                .is_some_and(|&t| HONORIFICS.contains(&bare_title(self.text, t).as_str()))
        };
        let after_honorific = k >= 1 && honorific(k - 1)
            || k >= 2 && is_inner_period(self.text, self.tokens, k - 1) && honorific(k - 2);
        after_honorific
            && k + 1 == b
            && !ADDRESS_TITLES.contains(&bare_title(self.text, self.tokens[k]).as_str())
    }

    /// `title`: a title word, a capitalised role noun before a capitalised word ("Vendor Rosa
    /// Delgado"), or title modifiers before a title ("Prime Minister").
    fn is_title_at(&self, k: usize, b: usize) -> bool {
        let t = self.tokens[k];
        let next_capitalized = k + 1 < b;
        is_title_word(self.text, t)
            || (next_capitalized
                && t.is_capitalized(self.text)
                && ROLE_NOUNS.contains(bare_title(self.text, t).as_str()))
            || (is_title_modifier(self.text, t)
                && self.tokens.get(k + 1).is_some_and(|&n| {
                    is_title_word(self.text, n) || is_title_modifier(self.text, n)
                }))
    }

    /// Whether a lowercase role noun or title stands right before the run ("leader Kim").
    fn role_noun_before(&self, run_start: usize, k: usize) -> bool {
        k == run_start
            && k > 0
            && !self.tokens[k - 1].is_capitalized(self.text)
            && self.tokens[k - 1].is_word()
            && ROLE_NOUNS.contains(bare_title(self.text, self.tokens[k - 1]).as_str())
    }

    /// Decides what the unknown words `u..e` are.
    fn close_chunk(&self, u: usize, e: usize, titled: bool, raws: &mut Vec<Raw>) {
        let span = self.span(u, e);
        let len = e - u;
        // `city_of`: "the city of Phoenix": unknown words after a settlement noun and "of" name
        // a place.
        if u >= 2
            && self.word(u - 1) == "of"
            && !self.tokens[u - 2].is_capitalized(self.text)
            && SETTLEMENT_NOUNS.contains(self.word(u - 2))
        {
            let name = span.of(self.text).to_string();
            raws.push(Raw {
                span,
                kind: RawKind::Place { name, demonym: false },
                modifier: false,
                roles: vec![],
            });
            return;
        }
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
            || role_appositive_before(self.text, self.tokens, u, e)
            || cue_evidence(self.text, self.tokens, u, e)
            || nickname_within(self.text, &self.tokens[u..e]);
        let person = western_person(self.text, &self.tokens[u..e]);
        let kind = if evidence { RawKind::Person(person) } else { RawKind::Candidate(person) };
        raws.push(Raw { span, kind, modifier: false, roles: vec![] });
    }
}

/// Test-only: the mentions `scan` finds in `text`, with their kind.
#[cfg(test)]
pub(super) fn found(text: &str) -> Vec<(String, &'static str)> {
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

/// Test-only: owned pairs to compare with [`found`].
#[cfg(test)]
pub(super) fn pairs(list: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
    list.iter().map(|(a, b)| (a.to_string(), *b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_words_after_city_of_name_a_place() {
        // `city_of`
        assert_eq!(found("The city of Phoenix is demanding"), pairs(&[("Phoenix", "place")]));
        assert_eq!(found("a friend of Phoenix said"), pairs(&[("Phoenix", "short")]));
    }

    #[test]
    fn words_joined_by_and_before_an_organization_head_are_one_name() {
        // Rule "joined organization".
        let got = found("He said the Fisheries and Wildlife Service ruled on it.");
        assert_eq!(got, pairs(&[("Fisheries and Wildlife Service", "org")]));
        let got = found("The Food and Drug Administration ruled.");
        assert_eq!(got, pairs(&[("Food and Drug Administration", "org")]));
        // Not without "the", nor when the words before "and" are a head of their own.
        let got = found("between Tolland and Wexford University");
        assert!(!got.iter().any(|(name, _)| name.contains(" and ")), "{got:?}");
        let got = found("the Ministry and Defense Agency");
        assert!(!got.iter().any(|(name, _)| name.contains(" and ")), "{got:?}");
    }

    #[test]
    fn a_quoted_title_names_nobody() {
        // Rule "quoted title".
        assert_eq!(found("She stars in the drama “Harbor Lane,” and sings."), pairs(&[]));
        assert_eq!(
            found("He sang ''Gone Tomorrow'' for Alma Reyes."),
            pairs(&[("Alma Reyes", "candidate")])
        );
        assert_eq!(found("It aired on “CNN.”"), pairs(&[("CNN", "org")]));
        // A quotation that only starts with a name is speech, not a title.
        assert_eq!(found("“Alma Reyes is right,” he said.").len(), 1);
    }

    #[test]
    fn a_title_run_is_cut_into_place_title_and_korean_name() {
        assert_eq!(
            found("outgoing South Korean President Moon Jae-in said"),
            pairs(&[("South Korean", "place"), ("Moon Jae-in", "person")])
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
    fn a_title_word_after_an_honorific_is_a_surname() {
        assert_eq!(found("Mr. King said so."), pairs(&[("King", "short")]));
        assert_eq!(found("as Mrs. Bishop, 61, recalled"), pairs(&[("Bishop", "short")]));
        // An honorific in address: "Mr. President" names nobody.
        assert!(!found("We thank you, Mr. President.").iter().any(|(w, _)| w == "President"));
    }

    #[test]
    fn bare_titles_lose_their_prefix_and_final_periods() {
        let text = "Then-Sen. ex-President Gov. Former-Mayor Rep";
        let bare: Vec<String> = words(&Doc::new(text), Span::new(0, text.len()))
            .into_iter()
            .map(|t| bare_title(text, t))
            .collect();
        assert_eq!(bare, ["sen", "", "president", "gov", "", "mayor", "rep"]);
    }
}
