//! Phrases of the syntax tree as titles say them (rule "whole phrase", used by
//! [`super::headline`]): a phrase is a word's subtree without its relative clauses,
//! appositions, parentheticals and dates; a long one loses its right-hand modifiers first,
//! then its left-hand ones (the last object, complement or conjunct of the same tag is
//! shortened inside first), never a word in the middle, and never ends on a function word.
//! A phrase headed inside a name is the name (rule "named agent"); a company's address
//! ("StatesWest Airlines, Phoenix, Ariz.") is no coordination; a verb the parser coordinated
//! with a noun is left out (rule "own clause"). An article the parser made a phrase's head
//! reaches to its noun (rule "article head"); a name the parser hung on a date stays (rule
//! "name inside a date"); a base-form "verb" right after a prepositional
//! phrase's noun is the last word of its compound (rule "compound continued"); a name just
//! before a common-noun head stays to the last (rule "named modifier"); a place named with
//! "the" keeps it outside the subject (rule "place article": "to the United States").
//! A noun's infinitive is its complement and stays ("the right to speak for the boy", rule
//! "noun's infinitive"); a place and its state before a bare noun modify that noun ("a
//! Buffalo, N.Y., doctor", rule "place before its noun").

use super::headline::Headline;
use super::lexicon::OBJECT_PRONOUNS;
use super::referent::title_referent;
use super::taxonomy::RELATIVE_PRONOUNS;
use super::ActorMention;
use crate::bundle::EntityKind;
use crate::doc::syntax::{Rel, Upos};
use crate::doc::Doc;
use crate::Span;

/// Rule "pronoun before the particle": whether an object as a title says it is a personal
/// pronoun alone, which goes before the verb's particle ("backed her up", not "backed up
/// her").
pub(super) fn object_pronoun(object: &str) -> bool {
    OBJECT_PRONOUNS.contains(&object.to_lowercase().as_str())
}

/// How many nested objects a long phrase is shortened inside (rule "whole phrase").
const MAX_DESCENTS: usize = 2;

/// Relations a phrase leaves out (rule "whole phrase").
fn left_out(rel: Rel) -> bool {
    rel == Rel::PUNCT
        || rel.is_a(Rel::ACL)
        || rel == Rel::APPOS
        || rel == Rel::PARATAXIS
        || rel == Rel::DEP
        || rel.is_a(Rel::ADVCL)
        || rel == Rel::CCOMP
        || rel == Rel::DISCOURSE
}

/// Relations of the words a head never goes without: "to" before a verb, "that" before a
/// clause.
fn function_word(rel: Rel) -> bool {
    rel == Rel::MARK
}

/// The words of `w`'s phrase in order (rule "whole phrase"), at most `max`.
pub(super) fn phrase_words(h: &Headline<'_>, w: usize, max: usize) -> Vec<usize> {
    event_phrase_words(h, w, max, false)
}

/// [`phrase_words`]; for an event noun (`event`), the prepositional phrase that names who or
/// what took part is shortened inside like an object (rule "event participants": "bombings
/// at American embassies in Kenya", not "Bombings").
pub(super) fn event_phrase_words(
    h: &Headline<'_>,
    w: usize,
    max: usize,
    event: bool,
) -> Vec<usize> {
    let tree = &h.st.tree;
    let mut kept: Vec<usize> = Vec::new();
    collect(h, w, &mut kept, 0);
    kept.sort_unstable();
    // Drop whole dependents of the head, the farthest right first, then the farthest left.
    // (A date, left out, does not stand before the last one.)
    let mut right: Vec<usize> =
        tree.children(w).iter().copied().filter(|&c| c > w && !h.in_date(c)).collect();
    let mut left: Vec<usize> = tree.children(w).iter().copied().filter(|&c| c < w).collect();
    // How many objects deep the shortening may go: a bounded number, so a run-on sentence
    // of nested phrases is still shortened in linear time.
    let mut descents = 0;
    while kept.len() > max {
        let drop = if let Some(c) = right.pop() {
            // The last object or complement left is shortened inside rather than dropped:
            // "to purchase Milton Roy's line [for $22 million]", not "to purchase".
            // So is a last conjunct of the head's own tag: its modifiers go before it ("the
            // environmental consulting and analytical service businesses [of Hunter …]"); one
            // of another tag is too often a misparse ("45 banks and $12.5 billion").
            let like = tree.rel(c) == Rel::CONJ
                && tree.head(c).is_some_and(|g| tree.upos(g) == tree.upos(c));
            // So is an apposition no mark sets off (rule "glued apposition").
            let glued = tree.head(c).is_some_and(|g| glued_apposition(h, g, c));
            // So is a noun a place modifies (rule "place before its noun").
            let placed = tree.head(c).is_some_and(|g| place_noun(h, g) == Some(c));
            let participants = event
                && tree.head(c) == Some(w)
                && tree.rel(c) == Rel::NMOD
                && tree.children_by(c, Rel::CASE).next().is_some();
            let core = tree.rel(c) == Rel::OBJ
                || tree.rel(c) == Rel::XCOMP
                || like
                || glued
                || placed
                || participants;
            if right.is_empty() && core && descents < MAX_DESCENTS {
                let inner = tree.children(c).iter().copied().filter(|&g| g > c);
                let before = right.len();
                right.extend(inner);
                if right.len() > before {
                    descents += 1;
                    continue;
                }
            }
            c
        } else if let Some(i) =
            left.iter().position(|&c| !function_word(tree.rel(c)) && !name_modifier(h, w, c, &left))
        {
            // Keep the determiner and the nearest modifier longest; an infinitive keeps its
            // "to" ("plans to announce", not "plans announce").
            left.remove(i)
        } else {
            break;
        };
        let (lo, hi) = tree.extent(drop);
        kept.retain(|&k| k < lo || k > hi);
    }
    cut_continuation(h, w, &mut kept);
    // A phrase never ends on a preposition, conjunction, determiner or a pronoun whose
    // clause was left out ("the first draft of what …").
    let dangling = |k: usize| {
        matches!(
            tree.upos(k),
            Upos::Adp | Upos::Cconj | Upos::Det | Upos::Punct | Upos::Sconj | Upos::Aux
        ) || (tree.upos(k) == Upos::Part && tree.rel(k) != Rel::ADVMOD)
            || tree.rel(k) == Rel::NMOD_POSS
            || (tree.upos(k) == Upos::Pron
                && RELATIVE_PRONOUNS
                    .iter()
                    .chain(&["what"])
                    .any(|r| r.eq_ignore_ascii_case(tree.lemma(k))))
    };
    while kept.len() > 1 && kept.last().is_some_and(|&k| dangling(k)) {
        kept.pop();
    }
    kept
}

/// Rule "left-out continuation": a modifier of head `w` whose last word the sentence goes on
/// from with a "to" or "of" phrase the title leaves out ("a news conference in a building
/// adjacent [to the embassy]", the parser hanging "to the embassy" on the verb) would end
/// mid-phrase: it is dropped whole. Not an "of" phrase ("took 57 percent of the vote to
/// her rival's 43 percent").
fn cut_continuation(h: &Headline<'_>, w: usize, kept: &mut Vec<usize>) {
    let tree = &h.st.tree;
    let Some(&last) = kept.last() else { return };
    let next = last + 1;
    let continues = next < tree.len()
        && tree.upos(next) == Upos::Adp
        && matches!(h.lemma(next).as_str(), "to" | "of")
        && !kept.contains(&next);
    if !continues || last == w {
        return;
    }
    // The dependent of the head that holds the last word (a bounded walk up the tree).
    let mut a = last;
    for _ in 0..tree.len() {
        match tree.head(a) {
            Some(g) if g != w => a = g,
            _ => break,
        }
    }
    // An "of" phrase says what the head is a part or amount of ("57 percent of the vote"):
    // it stays.
    let of = tree.children_by(a, Rel::CASE).any(|c| h.lemma(c) == "of");
    if tree.head(a) == Some(w) && a > w && tree.rel(a) == Rel::NMOD && !of {
        let (lo, hi) = tree.extent(a);
        kept.retain(|&k| k < lo || k > hi);
    }
}

/// Rule "named modifier": the name nearest before a common-noun head says which one it is
/// ("a New York Times/CBS News poll"), and a long phrase keeps it to the last.
fn name_modifier(h: &Headline<'_>, w: usize, c: usize, left: &[usize]) -> bool {
    let tree = &h.st.tree;
    let nearest = left.iter().copied().filter(|&k| k < w).max() == Some(c);
    nearest
        && tree.rel(c) == Rel::COMPOUND
        && tree.upos(c) == Upos::Propn
        && tree.upos(w) == Upos::Noun
}

fn collect(h: &Headline<'_>, w: usize, kept: &mut Vec<usize>, depth: usize) {
    let tree = &h.st.tree;
    if depth > tree.len() {
        return;
    }
    if h.in_date(w) {
        // Rule "name inside a date": a name the parser made a compound of a date ("with The
        // Washington Post last week", the Post a compound of "week") stays, with the
        // preposition that opens the date's phrase; the date goes.
        let name =
            |c: usize| tree.rel(c) == Rel::COMPOUND && tree.upos(c) == Upos::Propn && !h.in_date(c);
        if let Some(first) = tree.children(w).iter().copied().find(|&c| name(c)) {
            for &c in tree.children(w) {
                let opening = matches!(tree.rel(c), Rel::CASE | Rel::DET) && c < first;
                if name(c) || (opening && !h.in_date(c)) {
                    collect(h, c, kept, depth + 1);
                }
            }
        }
        return;
    }
    kept.push(w);
    let address = is_address(h, w);
    // Rule "place before its noun": the place's address and commas up to the noun, as written.
    let placed = place_noun(h, w);
    if let Some(n) = placed {
        kept.extend(w + 1..tree.extent(n).0);
    }
    for &c in tree.children(w) {
        if placed.is_some_and(|n| c > w && c < n) {
            continue;
        }
        // "CAMBREX Corp., Bayonne, N.J.": the place after a name is its address, left out.
        if address && tree.rel(c) == Rel::CONJ {
            continue;
        }
        // Rule "own clause": a verb the parser coordinated with a noun ("attacked officers
        // and blamed …" with "blamed" a conjunct of "officers") heads a clause of its own.
        // So does a conjunct with a copula ("an interview that aired …, and was light on
        // facts", "light" a conjunct of "interview"), with what follows it ("on facts"), and
        // one with an auxiliary ("opposed an effort and did not like provisions").
        if clause_conjunct(h, w).is_some_and(|k| c >= k) {
            continue;
        }
        // A hyphen or slash inside a word stays: "long-running".
        // So does the apostrophe of a plural's possessive: "brokerages' expectations".
        let inner_mark = tree.rel(c) == Rel::PUNCT
            && matches!(h.word(c), "-" | "/" | "–" | "'" | "’")
            && h.doc.glued(h.st.token(c));
        let keep = inner_mark
            || list_comma(h, w, c)
            || place_of_place(h, w, c)
            || glued_apposition(h, w, c)
            || nouns_infinitive(h, w, c)
            || place_noun(h, w) == Some(c)
            || place_noun_comma(h, w, c);
        if !left_out(tree.rel(c)) || keep {
            collect(h, c, kept, depth + 1);
        }
    }
}

/// Rule "list comma": the comma before conjunct `w` ("Poland, Hungary and the Czech
/// Republic", "Nairobi, Kenya") stays with it, so a list keeps its commas (and goes with the
/// conjunct when a long phrase drops it).
/// Not before a lone conjunct with its "and" ("suspects, and FBI officials …" is more
/// often two clauses the parser joined than a list; "$2.4 million, or 24 cents" keeps it).
fn list_comma(h: &Headline<'_>, w: usize, c: usize) -> bool {
    let tree = &h.st.tree;
    let lone_and = || {
        tree.children_by(w, Rel::CC).any(|k| k > c && matches!(h.word(k), "and" | "but"))
            && tree.head(w).is_some_and(|g| tree.children_by(g, Rel::CONJ).count() == 1)
    };
    c < w
        && tree.rel(c) == Rel::PUNCT
        && h.word(c) == ","
        && tree.rel(w) == Rel::CONJ
        && !lone_and()
}

/// Rule "place of a place": a place set off after another place is where that one is
/// ("Nairobi, Kenya"), part of its name in a title, not an apposition to leave out.
fn place_of_place(h: &Headline<'_>, w: usize, c: usize) -> bool {
    let tree = &h.st.tree;
    let place = |k: usize| h.actor_at(k).is_some_and(|a| a.kind == EntityKind::Place);
    c > w
        && tree.rel(c) == Rel::APPOS
        && place(w)
        && place(c)
        && h.actor_at(w).map(|a| a.span) != h.actor_at(c).map(|a| a.span)
        && (w + 1..c).all(|k| h.word(k) == "," || h.actor_at(k).is_some())
}

/// Rule "noun's infinitive": an infinitive right after the noun `w` it modifies ("the right to
/// speak", "plans to open a plant", "urged the industry to do more" as the parser hangs it)
/// says what the noun is for: part of the noun's phrase, not a clause to leave out (a long
/// phrase drops it whole: "an agreement to allow trucks [to operate …]" would mislead). Only a
/// plain infinitive: "to" right before the verb, no subject of its own.
fn nouns_infinitive(h: &Headline<'_>, w: usize, c: usize) -> bool {
    let tree = &h.st.tree;
    let to_before = c
        .checked_sub(1)
        .is_some_and(|m| tree.rel(m) == Rel::MARK && tree.head(m) == Some(c) && h.lemma(m) == "to");
    let subject = tree.children(c).iter().any(|&k| tree.rel(k).is_a(Rel::NSUBJ));
    c > w
        && tree.rel(c) == Rel::ACL
        && matches!(tree.upos(w), Upos::Noun | Upos::Propn)
        && tree.upos(c) == Upos::Verb
        && to_before
        && !subject
        && !h.in_date(w)
}

/// Rule "place before its noun": a place with where it is (a known place or a state as news
/// style abbreviates it), set off by commas before a bare
/// common noun ("a Buffalo, N.Y., doctor", "at the Newark, N.J., airport", the noun the
/// parser's apposition of the place) modifies that noun: the noun, which heads the phrase in
/// the text, stays with it. The noun has no article of its own, and only names and commas
/// stand between the place and the noun.
pub(super) fn place_noun(h: &Headline<'_>, w: usize) -> Option<usize> {
    let tree = &h.st.tree;
    if tree.upos(w) != Upos::Propn {
        return None;
    }
    let c = tree.children_by(w, Rel::APPOS).find(|&c| c > w && tree.upos(c) == Upos::Noun)?;
    let between = w + 1..tree.extent(c).0;
    let places = between.clone().any(|k| is_place(h, k));
    let only = between.clone().all(|k| h.word(k) == "," || tree.upos(k) == Upos::Propn);
    let bare = !tree.children(c).iter().any(|&k| matches!(tree.rel(k), Rel::DET | Rel::NMOD_POSS));
    let comma = between.clone().last().is_some_and(|k| h.word(k) == ",")
        || tree.children(c).iter().any(|&k| k < c && h.word(k) == ",");
    let lower = h.word(c).starts_with(char::is_lowercase);
    (places && only && bare && comma && lower).then_some(c)
}

/// Rule "place before its noun": the comma before noun `w` that a place modifies ("a Fresno,
/// Calif., pharmacist") closes the place's address and stays.
fn place_noun_comma(h: &Headline<'_>, w: usize, c: usize) -> bool {
    let tree = &h.st.tree;
    c < w
        && h.word(c) == ","
        && tree.head(w).is_some_and(|g| place_noun(h, g) == Some(w))
        && tree.extent(w).0 == c
}

/// Rule "glued apposition": an apposition no mark sets off ("at the sprawling Mar-a-Lago
/// club", the parser's apposition of "sprawling") is the rest of its head's phrase, kept.
fn glued_apposition(h: &Headline<'_>, w: usize, c: usize) -> bool {
    let tree = &h.st.tree;
    let inner_hyphen =
        |k: usize| matches!(h.word(k), "-" | "–" | "/") && h.doc.glued(h.st.token(k));
    tree.rel(c) == Rel::APPOS
        && c > w
        && (w + 1..c).all(|k| tree.upos(k) != Upos::Punct || inner_hyphen(k))
}

/// Rule "own clause": the first conjunct of noun `w` that is a predicate of its own (a verb,
/// or a word with a copula or an auxiliary), which the parser coordinated with the noun.
pub(super) fn clause_conjunct(h: &Headline<'_>, w: usize) -> Option<usize> {
    let tree = &h.st.tree;
    if matches!(tree.upos(w), Upos::Verb | Upos::Aux) {
        return None;
    }
    tree.children_by(w, Rel::CONJ).find(|&c| {
        tree.upos(c) == Upos::Verb
            || tree
                .children(c)
                .iter()
                .any(|&a| tree.rel(a) == Rel::COP || tree.upos(a) == Upos::Aux)
    })
}

/// The text of words (runs of neighbouring words as written, runs joined by a space); a
/// pronoun a reader away from the article cannot resolve is written as the name it stands for
/// (rules "pronoun object" and "unbound owner", [`super::referent`]).
pub(super) fn render(h: &Headline<'_>, words: &[usize]) -> String {
    let text = h.doc.text();
    let mut out = String::new();
    let mut written = 0;
    let mut i = 0;
    let referents: Vec<Option<String>> = words.iter().map(|&w| title_referent(h, w)).collect();
    while i < words.len() {
        if let Some(name) = &referents[i] {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(name);
            written = written.max(h.span(words[i]).end);
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < words.len() && words[j + 1] == words[j] + 1 && referents[j + 1].is_none() {
            j += 1;
        }
        let span = whole_words(text, Span::new(h.span(words[i]).start, h.span(words[j]).end));
        let span = whole_names(h.doc, h.all_actors, span);
        // A run widened into the one before it starts where that one ended.
        let span = Span::new(span.start.max(written), span.end);
        if span.end <= span.start {
            i = j + 1;
            continue;
        }
        written = span.end;
        // Rule "closing mark": a run that opens with a mark written against the word before it
        // (a comma after a dropped phrase) stays against the kept word: "campaign, not his".
        let closing = span.of(text).starts_with([',', ';', ':', ')', ']', '.', '!', '?', '%']);
        if !out.is_empty() && !closing {
            out.push(' ');
        }
        out.push_str(span.of(text));
        i = j + 1;
    }
    out
}

/// Rule "whole name": `span` widened to the whole of a name it starts or ends inside, so that
/// a title never keeps part of a person, organization or place the entity reader found ("Tel
/// Aviv's City Hall" is never "Aviv's City Hall" when the parser leaves "Tel" out). Only over
/// words the tagger reads as nouns: a name read too far ("Following Polk") widens nothing.
fn whole_names(doc: &Doc<'_>, mentions: &[ActorMention], span: Span) -> Span {
    let nouns = |s: Span| {
        doc.tokens_in(s).all(|t| matches!(doc.upos(t), Some(Upos::Propn | Upos::Noun) | None))
    };
    let (mut start, mut end) = (span.start, span.end);
    for m in mentions.iter().map(|m| m.span) {
        if m.start < start && start < m.end && nouns(Span::new(m.start, start)) {
            start = m.start;
        }
        if m.start < end && end < m.end && nouns(Span::new(end, m.end)) {
            end = m.end;
        }
    }
    Span::new(start, end)
}

/// Rule "whole hyphenated word": `span` widened to the whole of a hyphenated word it starts
/// or ends inside, so that a title never keeps half of one ("anti-Castro lawmaker" is never
/// "Castro lawmaker", nor "Jong" of "Kim Jong-un"). Only across a hyphen written between two
/// letters or digits; the words joined are read whole.
fn whole_words(text: &str, span: Span) -> Span {
    let word_char = |c: char| c.is_alphanumeric();
    let (mut start, mut end) = (span.start, span.end);
    loop {
        let before = text.get(..start).unwrap_or("");
        let Some(rest) = before.strip_suffix('-') else { break };
        let Some(word_start) =
            rest.char_indices().rev().take_while(|&(_, c)| word_char(c)).last().map(|(k, _)| k)
        else {
            break;
        };
        start = word_start;
    }
    loop {
        let after = text.get(end..).unwrap_or("");
        let Some(rest) = after.strip_prefix('-') else { break };
        let len: usize = rest.chars().take_while(|&c| word_char(c)).map(char::len_utf8).sum();
        if len == 0 {
            break;
        }
        end += 1 + len;
    }
    Span::new(start, end)
}

/// A noun phrase as a title names it: the name when the head is inside one (rule "named
/// agent"), names joined by "and" for coordinated names, else the whole phrase.
pub(super) fn noun_phrase(h: &Headline<'_>, w: usize, max: usize) -> String {
    let tree = &h.st.tree;
    if let Some(names) = names_list(h, w) {
        return names;
    }
    // "chairwoman Debbie Wasserman Schultz": a role word before a name is titled by the name.
    // Only a name after the role word: "Anheuser shares" are not Anheuser.
    let named = tree.children(w).iter().copied().find(|&c| {
        c > w
            && matches!(tree.rel(c), Rel::APPOS | Rel::FLAT | Rel::COMPOUND)
            && h.actor_at(c).is_some_and(|a| a.kind != EntityKind::Place)
    });
    if let Some(actor) = named.and_then(|c| h.actor_at(c)) {
        if h.word(w).starts_with(char::is_lowercase)
            || tree.rel(named.unwrap_or(w)) != Rel::COMPOUND
        {
            return actor.name.clone();
        }
    }
    render(h, &phrase_words(h, w, max))
}

/// The names of the phrase headed by name `w` and its conjuncts, as a list: "Poland,
/// Hungary and the Czech Republic" (rule "list comma": each place with the "the" the text
/// gives it), "Nairobi, Kenya" (no "and": a place and where it is). `None` when `w` is no
/// name or a conjunct is none.
pub(super) fn names_list(h: &Headline<'_>, w: usize) -> Option<String> {
    let tree = &h.st.tree;
    let actor = h.actor_at(w)?;
    if place_noun(h, w).is_some() {
        return None;
    }
    let mut names = vec![format!("{}{}", place_article(h, w), actor.name)];
    let mut seen = vec![&actor.name];
    let mut and = false;
    for c in tree.children_by(w, Rel::CONJ) {
        let other = h.actor_at(c)?;
        if !seen.contains(&&other.name) {
            seen.push(&other.name);
            names.push(format!("{}{}", conjunct_article(h, w, c), other.name));
            and = tree.children_by(c, Rel::CC).next().is_some();
        }
    }
    Some(if and { super::headline::and_list(&names) } else { names.join(", ") })
}

/// Rule "place article": "the " when word `w` is in a place's name the text gives with "the"
/// right before it ("travel to the United States"), outside a subject, which needs none
/// ("United States launches"); else "".
pub(super) fn place_article(h: &Headline<'_>, w: usize) -> &'static str {
    conjunct_article(h, w, w)
}

/// [`place_article`] of word `c`, a conjunct of phrase head `w` (or `w` itself): only the
/// first place of a subject goes without its "the" ("Poland and the Czech Republic join").
fn conjunct_article(h: &Headline<'_>, w: usize, c: usize) -> &'static str {
    let tree = &h.st.tree;
    let Some(actor) = h.actor_at(c).filter(|a| a.kind == EntityKind::Place) else {
        return "";
    };
    let the = tree.children_by(c, Rel::DET).any(|d| {
        let gap = actor.span.start.checked_sub(h.span(d).end);
        h.word(d).eq_ignore_ascii_case("the") && gap.is_some_and(|g| g <= 1)
    });
    if the && (c != w || !tree.rel(w).is_a(Rel::NSUBJ)) {
        "the "
    } else {
        ""
    }
}

/// Rule "article head": an article the parser made the head of a phrase ("launched a new,
/// $10-a-share offer for …" with "new" hung on "a") determines the first noun after it that
/// ends a run of nouns; the phrase is the words from the article to that noun, at most
/// `max`. `None` when `w` is no article with dependents or no such noun follows.
pub(super) fn article_phrase(h: &Headline<'_>, w: usize, max: usize) -> Option<Vec<usize>> {
    let tree = &h.st.tree;
    let article = tree.upos(w) == Upos::Det
        && matches!(h.word(w).to_lowercase().as_str(), "a" | "an" | "the")
        && !tree.children(w).is_empty();
    if !article {
        return None;
    }
    let noun = |k: usize| matches!(tree.upos(k), Upos::Noun | Upos::Propn);
    let end = (w + 1..tree.len().min(w + max))
        .find(|&k| noun(k) && !(k + 1 < tree.len() && noun(k + 1)) && !h.in_date(k))?;
    let inside = (w + 1..end).all(|k| {
        !h.in_date(k)
            && matches!(
                tree.upos(k),
                Upos::Adj | Upos::Adv | Upos::Num | Upos::Sym | Upos::Punct | Upos::Det
            )
            || noun(k)
    });
    inside.then(|| (w..=end).collect())
}

/// Rule "compound continued": a word in the base form tagged as a verb right after the noun
/// that ends prepositional phrase `words` ("during a pneumonia spell", "spell" read as a
/// verb), with no object of its own, ends the noun's compound: it is added to the phrase.
pub(super) fn continue_compound(h: &Headline<'_>, words: &mut Vec<usize>) {
    let tree = &h.st.tree;
    let Some(&last) = words.last() else { return };
    let next = last + 1;
    let prepositional = words.first().is_some_and(|&f| tree.upos(f) == Upos::Adp);
    let after_article = words.iter().any(|&k| {
        tree.upos(k) == Upos::Det && matches!(h.word(k).to_lowercase().as_str(), "a" | "an" | "the")
    });
    let base_verb = next < tree.len()
        && tree.upos(next) == Upos::Verb
        && h.word(next).to_lowercase() == h.lemma(next)
        && tree.objects(next).next().is_none()
        && !h.in_date(next)
        && !h.doc.glued(h.st.token(next));
    if prepositional && after_article && tree.upos(last) == Upos::Noun && base_verb {
        words.push(next);
    }
}

/// Whether the conjuncts of organization `w` are proper nouns listed with commas and no "and"
/// or "or" ("StatesWest Airlines, Phoenix, Ariz."): its address, not a coordination.
pub(super) fn is_address(h: &Headline<'_>, w: usize) -> bool {
    let tree = &h.st.tree;
    let mut conjuncts = tree.children_by(w, Rel::CONJ).peekable();
    conjuncts.peek().is_some()
        && h.actor_at(w).is_some_and(|a| a.kind == EntityKind::Organization)
        && conjuncts.all(|c| {
            tree.upos(c) == Upos::Propn
                && tree.children_by(c, Rel::CC).next().is_none()
                && h.actor_at(c).is_none_or(|a| a.kind == EntityKind::Place)
        })
}

/// Whether `w` is a place: a known one, or a state as news style abbreviates it ("Ariz.").
fn is_place(h: &Headline<'_>, w: usize) -> bool {
    let state = || {
        h.st.tree.upos(w) == Upos::Propn
            && (crate::doc::abbreviations::is_state_abbreviation(h.word(w).trim_end_matches('.'))
                || crate::doc::abbreviations::is_dotted_state(h.word(w)))
    };
    h.actor_at(w).is_some_and(|a| a.kind == EntityKind::Place) || state()
}

/// Rule "address": whether subject `s` is the address of an earlier subject `org` that names
/// an organization, set off by a comma ("StatesWest Airlines, Phoenix, Ariz., said", where
/// the parser made "Ariz." a second subject).
pub(super) fn is_address_of(h: &Headline<'_>, org: usize, s: usize) -> bool {
    let tree = &h.st.tree;
    let (_, org_end) = tree.extent(org);
    s > org_end
        && h.actor_at(org).is_some_and(|a| a.kind == EntityKind::Organization)
        && (org_end + 1..s).any(|k| h.word(k) == ",")
        && is_place(h, s)
}

/// Rule "address before a name": an object the parser made of a place and the names after it,
/// listed with commas and no "and" ("criticized Tulsa, Okla., police officer Betty Shelby"),
/// is the person the address describes: the last conjunct, when it is a person and the
/// object is none.
pub(super) fn address_before_name(h: &Headline<'_>, o: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let person = |w: usize| h.actor_at(w).is_some_and(|a| a.kind == EntityKind::Person);
    let conjuncts: Vec<usize> = tree.children_by(o, Rel::CONJ).collect();
    let last = *conjuncts.last()?;
    let listed = conjuncts.iter().all(|&c| tree.children_by(c, Rel::CC).next().is_none());
    (tree.upos(o) == Upos::Propn && !person(o) && listed && person(last) && last > o)
        .then_some(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::headline::tests::titles;

    #[test]
    fn a_name_the_parser_hung_on_a_date_stays_in_the_phrase() {
        let found = titles(
            "A longtime critic of the council, Ms. Vega compared the levy to a toll, which pays for some roads, in an interview with The Boston Globe last week.",
        );
        assert!(found.contains(&"Interview with The Boston Globe".to_string()), "{found:?}");
    }

    #[test]
    fn a_long_phrase_keeps_the_name_before_its_head() {
        let found = titles(
            "A Harbor Valley Times/Bloomberg News Service poll found on Monday that Mrs. Dale \
             leads.",
        );
        let named = "Harbor Valley Times/Bloomberg News Service poll finds";
        assert!(found.iter().any(|t| t.starts_with(named)), "{found:?}");
    }

    #[test]
    fn a_place_named_with_the_keeps_it_after_a_preposition() {
        let t = titles("The minister travelled on Sunday to the Netherlands.");
        assert!(t.contains(&"The minister travels to the Netherlands".to_string()), "{t:?}");
    }

    #[test]
    fn a_list_keeps_its_commas_and_articles() {
        let t = titles("The alliance admitted Poland, Hungary and the Czech Republic on Friday.");
        let list = "Poland, Hungary and the Czech Republic";
        assert!(t.iter().any(|t| t.ends_with(list)), "{t:?}");
    }

    #[test]
    fn a_place_keeps_the_place_it_is_in() {
        let t = titles("The envoy landed on Friday in Nairobi, Kenya, and met officials.");
        assert!(t.iter().any(|t| t.contains("in Nairobi, Kenya")), "{t:?}");
    }

    #[test]
    fn an_apposition_no_comma_sets_off_stays() {
        let t = titles("The reporters gathered at Dale's sprawling Mar-a-Vista club on Sunday.");
        assert!(t.iter().any(|t| t.ends_with("club")), "{t:?}");
    }

    #[test]
    fn an_event_noun_keeps_where_it_happened() {
        let t = titles(
            "The ministry issued a new warning on Sunday in the wake of the May 3 bombings at \
             foreign consulates in Lagos and Accra and because of new threats to oil workers \
             abroad.",
        );
        let bombings = "Bombings at foreign consulates in Lagos and Accra";
        assert!(t.contains(&bombings.to_string()), "{t:?}");
    }

    #[test]
    fn a_lone_conjunct_after_a_comma_is_no_list() {
        let t = titles(
            "The two drivers were not termed suspects, and city officials on Monday played \
             down the risk that either was involved in the crash.",
        );
        assert!(t.iter().all(|t| !t.contains("suspects,")), "{t:?}");
    }

    #[test]
    fn a_place_and_its_state_before_a_noun_stay_with_the_noun() {
        let t = titles("A gunman shot and killed a Fresno, Calif., pharmacist on Monday.");
        assert!(t.iter().any(|t| t.ends_with("a Fresno, Calif., pharmacist")), "{t:?}");
        let t = titles("A gunman killed a Fresno, Calif., pharmacist who ran a clinic, on Monday.");
        assert!(t.iter().any(|t| t.ends_with("a Fresno, Calif., pharmacist")), "{t:?}");
        let t = titles("The delegates arrived on Monday at the Dayton, Ohio, airport.");
        assert!(t.iter().any(|t| t.ends_with("the Dayton, Ohio, airport")), "{t:?}");
    }

    #[test]
    fn a_noun_keeps_its_infinitive() {
        let t = titles("The court ruled on Monday that the tenants have the right to stay.");
        assert!(t.iter().any(|t| t.contains("have the right to stay")), "{t:?}");
    }

    #[test]
    fn a_modifier_the_sentence_goes_on_from_is_dropped_whole() {
        let t = titles(
            "On May 2, Cole had just ended a news conference in a building adjacent to the \
             courthouse.",
        );
        assert!(t.iter().any(|t| t.ends_with("ends a news conference")), "{t:?}");
        assert!(t.iter().all(|t| !t.ends_with("adjacent")), "{t:?}");
    }

    #[test]
    fn a_mark_after_a_dropped_phrase_stays_against_the_kept_word() {
        // Rule "closing mark": the time phrase "that year" is dropped, its comma is not.
        let t = titles("He managed the governor's campaign that year, not his own campaign.");
        assert!(t.iter().any(|t| t.contains("campaign, not his own campaign")), "{t:?}");
        assert!(t.iter().all(|t| !t.contains(" ,")), "{t:?}");
    }

    #[test]
    fn a_title_keeps_a_name_whole() {
        // Rule "whole name": the parser leaves "Tel" out of the subject; the place reader
        // reads "Tel Aviv" whole.
        let t = titles("Tel Aviv's old harbor was bathed in blue light on Sunday night.");
        assert!(t.iter().any(|t| t.starts_with("Tel Aviv's old harbor")), "{t:?}");
    }

    #[test]
    fn a_title_keeps_a_hyphenated_word_whole() {
        // Rule "whole hyphenated word".
        let text =
            "An anti-Tolland mayor met Kim Ro-an and a well-known pro-union group - and others.";
        let at = |w: &str| {
            let k = text.find(w).unwrap();
            Span::new(k, k + w.len())
        };
        let of = |s: Span| s.of(text).to_string();
        assert_eq!(of(whole_words(text, at("Tolland mayor"))), "anti-Tolland mayor");
        assert_eq!(of(whole_words(text, at("Kim Ro"))), "Kim Ro-an");
        assert_eq!(of(whole_words(text, at("union group"))), "pro-union group");
        assert_eq!(of(whole_words(text, at("known"))), "well-known");
        // A spaced dash joins no words.
        assert_eq!(of(whole_words(text, at("and others"))), "and others");
        assert_eq!(of(whole_words(text, Span::new(0, 0))), "");
        // A bound prefix is one token with its word (the tokenizer's rule "prefix hyphen"), so
        // the title has it whole as well.
        let t = titles("An anti-Tolland lawmaker subpoenaed the boy on Friday.");
        assert!(t.iter().any(|t| t.contains("anti-Tolland lawmaker subpoenas")), "{t:?}");
    }
}
