//! Titles read from the syntax tree, headline style: the agent, the verb in the present tense
//! (agreeing in number), and the object or complement, each kept whole as a phrase of the
//! tree ("Police arrest the mayor"); passives as headlines ("5,300 employees fired"); event
//! nouns as their noun phrase ("Election in Ohio").
//!
//! Rules, named where applied:
//! - **rule "whole phrase"**: a phrase is a word's subtree without its relative clauses,
//!   appositions, parentheticals and dates; a long one loses its right-hand modifiers first,
//!   then its left-hand ones, never a word in the middle.
//! - **rule "named agent"**: a phrase headed inside a name is the name alone, without the
//!   titles before it ("President Moon Jae-in" → "Moon Jae-in").
//! - **the agent** is `agent`'s (rules "date is no subject", "nearest subject", "inherited
//!   subject", "reduced relative", "antecedent").
//! - **rule "verb of the noun"**: an event noun that is a verb's object is titled by the verb.
//! - **rule "relative object"**: a relative clause whose object is the relative pronoun takes
//!   the noun it modifies as its object ("the old oak which the city felled" → "The city
//!   fells the old oak").

use super::agent::{participle_form, reduced_passive, subject, SUBJECT_WORDS};
use super::taxonomy::RELATIVE_PRONOUNS;
use super::title::{capitalize, TITLE_OBJECT_WORDS};
use super::verbs;
use super::ActorMention;
use crate::bundle::EntityKind;
use crate::doc::syntax::{Rel, SentenceTree, Upos};
use crate::doc::Doc;
use crate::Span;

/// How many nested objects a long phrase is shortened inside (rule "whole phrase").
const MAX_DESCENTS: usize = 2;

/// What titles are made from: the sentence's tree and names, every name of the article (for
/// pronouns) and the sentence's temporal expressions (never part of a title).
pub(super) struct Headline<'a> {
    pub doc: &'a Doc<'a>,
    pub st: &'a SentenceTree<'a>,
    pub actors: &'a [&'a ActorMention],
    pub all_actors: &'a [ActorMention],
    pub dates: &'a [Span],
}

impl Headline<'_> {
    pub(super) fn span(&self, w: usize) -> Span {
        self.doc.token(self.st.token(w)).map_or(Span::new(0, 0), |t| t.span)
    }

    pub(super) fn word(&self, w: usize) -> &str {
        self.span(w).of(self.doc.text())
    }

    pub(super) fn lemma(&self, w: usize) -> String {
        self.st.tree.lemma(w).to_lowercase()
    }

    pub(super) fn in_date(&self, w: usize) -> bool {
        let s = self.span(w);
        self.dates.iter().any(|d| d.contains(s))
    }

    /// The name whose mention covers word `w`.
    pub(super) fn actor_at(&self, w: usize) -> Option<&ActorMention> {
        let s = self.span(w);
        self.actors.iter().copied().find(|a| a.span.contains(s))
    }
}

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
    let tree = &h.st.tree;
    let mut kept: Vec<usize> = Vec::new();
    collect(h, w, &mut kept, 0);
    kept.sort_unstable();
    // Drop whole dependents of the head, the farthest right first, then the farthest left.
    let mut right: Vec<usize> = tree.children(w).iter().copied().filter(|&c| c > w).collect();
    let mut left: Vec<usize> = tree.children(w).iter().copied().filter(|&c| c < w).collect();
    // How many objects deep the shortening may go: a bounded number, so a run-on sentence
    // of nested phrases is still shortened in linear time.
    let mut descents = 0;
    while kept.len() > max {
        let drop = if let Some(c) = right.pop() {
            // The last object or complement left is shortened inside rather than dropped:
            // "to purchase Milton Roy's line [for $22 million]", not "to purchase".
            let core = tree.rel(c) == Rel::OBJ || tree.rel(c) == Rel::XCOMP;
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
        } else if let Some(i) = left.iter().position(|&c| !function_word(tree.rel(c))) {
            // Keep the determiner and the nearest modifier longest; an infinitive keeps its
            // "to" ("plans to announce", not "plans announce").
            left.remove(i)
        } else {
            break;
        };
        let (lo, hi) = tree.extent(drop);
        kept.retain(|&k| k < lo || k > hi);
    }
    // A phrase never ends on a preposition, conjunction, determiner or a pronoun whose
    // clause was left out ("the first draft of what …").
    let dangling = |k: usize| {
        matches!(tree.upos(k), Upos::Adp | Upos::Cconj | Upos::Det | Upos::Punct | Upos::Sconj)
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

fn collect(h: &Headline<'_>, w: usize, kept: &mut Vec<usize>, depth: usize) {
    let tree = &h.st.tree;
    if depth > tree.len() || h.in_date(w) {
        return;
    }
    kept.push(w);
    let address = is_address(h, w);
    for &c in tree.children(w) {
        // "CAMBREX Corp., Bayonne, N.J.": the place after a name is its address, left out.
        if address && tree.rel(c) == Rel::CONJ {
            continue;
        }
        // A hyphen or slash inside a word stays: "long-running".
        // So does the apostrophe of a plural's possessive: "brokerages' expectations".
        let inner_mark = tree.rel(c) == Rel::PUNCT
            && matches!(h.word(c), "-" | "/" | "–" | "'" | "’")
            && h.doc.glued(h.st.token(c));
        if !left_out(tree.rel(c)) || inner_mark {
            collect(h, c, kept, depth + 1);
        }
    }
}

/// The text of words (runs of neighbouring words as written, runs joined by a space).
pub(super) fn render(h: &Headline<'_>, words: &[usize]) -> String {
    let text = h.doc.text();
    let mut out = String::new();
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        while j + 1 < words.len() && words[j + 1] == words[j] + 1 {
            j += 1;
        }
        let span = Span::new(h.span(words[i]).start, h.span(words[j]).end);
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(span.of(text));
        i = j + 1;
    }
    out
}

/// A noun phrase as a title names it: the name when the head is inside one (rule "named
/// agent"), names joined by "and" for coordinated names, else the whole phrase.
pub(super) fn noun_phrase(h: &Headline<'_>, w: usize, max: usize) -> String {
    let tree = &h.st.tree;
    if let Some(actor) = h.actor_at(w) {
        let mut names = vec![actor.name.clone()];
        for c in tree.children_by(w, Rel::CONJ) {
            match h.actor_at(c) {
                Some(other) if !names.contains(&other.name) => names.push(other.name.clone()),
                Some(_) => {}
                None => return render(h, &phrase_words(h, w, max)),
            }
        }
        return names.join(" and ");
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

/// A subject's noun phrase: [`noun_phrase`] without a preposition the parser left at its
/// start ("during the court term that … ends").
pub(super) fn subject_phrase(h: &Headline<'_>, w: usize) -> String {
    let tree = &h.st.tree;
    if h.actor_at(w).is_some() {
        return noun_phrase(h, w, SUBJECT_WORDS);
    }
    let mut words = phrase_words(h, w, SUBJECT_WORDS);
    // "following a boat wreck that killed …": a case word of any tag ("following").
    let case = |k: usize| tree.upos(k) == Upos::Adp || tree.rel(k) == Rel::CASE;
    while words.len() > 1 && words.first().is_some_and(|&k| case(k)) {
        words.remove(0);
    }
    if words.len() == phrase_words(h, w, SUBJECT_WORDS).len() {
        return noun_phrase(h, w, SUBJECT_WORDS);
    }
    render(h, &words)
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

/// The title of verb `p`'s event.
pub(super) fn verb_title(h: &Headline<'_>, p: usize) -> String {
    verb_title_at(h, p, 0)
}

/// [`verb_title`] of a clause `depth` reported clauses down (at most two are read).
fn verb_title_at(h: &Headline<'_>, p: usize, depth: usize) -> String {
    let tree = &h.st.tree;
    let passive = tree.is_passive(p) || reduced_passive(h, p) || be_participle(h, p);
    let subject = subject(h, p);
    let lemma = h.lemma(p);
    let verb = if passive {
        h.word(p).to_lowercase()
    } else if subject.as_ref().is_some_and(|(_, plural)| *plural) {
        lemma.clone()
    } else {
        verbs::third_person(&lemma)
    };
    let mut parts: Vec<String> = Vec::new();
    if let Some((s, _)) = &subject {
        parts.push(s.clone());
    }
    parts.push(verb);
    // "cut off", "step down".
    for c in tree.children_by(p, Rel::COMPOUND_PRT) {
        parts.push(h.word(c).to_lowercase());
    }
    if let Some(object) = complement(h, p, passive, depth) {
        parts.push(object);
    }
    let title = parts.join(" ");
    capitalize(title.trim())
}

/// A participle after a form of "be" ("were left content", "was charged", "will be named
/// commander", "were depressed by losses", "were dashed Friday"), which the parser sometimes
/// reads as active: a passive. Its only objects may be a second object ("named commander"), a
/// "by" phrase or a date the parser took for objects.
fn be_participle(h: &Headline<'_>, p: usize) -> bool {
    let tree = &h.st.tree;
    participle_form(h, p)
        && tree.objects(p).count() <= 1
        && tree.auxiliaries(p).any(|a| matches!(h.lemma(a).as_str(), "be" | "get"))
}

/// The agent of passive `p`: its "by" phrase, also when the parser took it for an object.
fn passive_agent(h: &Headline<'_>, p: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let by_object = || {
        tree.objects(p)
            .find(|&o| tree.children_by(o, Rel::CASE).any(|c| h.word(c).eq_ignore_ascii_case("by")))
    };
    tree.agent(p).or_else(by_object)
}

/// The second object of passive `p` ("named commander of the shuttle"): an object that is
/// neither a "by" phrase nor a date nor a pronoun.
fn passive_object(h: &Headline<'_>, p: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let be = tree.auxiliaries(p).any(|a| matches!(h.lemma(a).as_str(), "be" | "get"));
    tree.children(p).iter().copied().find(|&c| {
        be && tree.rel(c) == Rel::OBJ
            && tree.children_by(c, Rel::CASE).next().is_none()
            && matches!(tree.upos(c), Upos::Noun | Upos::Propn)
            && !h.in_date(c)
    })
}

/// The object (or, without one, the open complement or first oblique that is not a date) of
/// verb `p`, shortened at a phrase boundary; for a passive its "by" agent.
fn complement(h: &Headline<'_>, p: usize, passive: bool, depth: usize) -> Option<String> {
    let tree = &h.st.tree;
    if passive {
        let Some(agent) = passive_agent(h, p) else {
            return passive_object(h, p).map(|o| noun_phrase(h, o, TITLE_OBJECT_WORDS));
        };
        let words = phrase_words(h, agent, 5);
        return (!words.is_empty()).then(|| {
            let name = h.actor_at(agent).map(|a| format!("by {}", a.name));
            name.unwrap_or_else(|| render(h, &words))
        });
    }
    if let Some(object) = relative_object(h, p) {
        return Some(object);
    }
    // A date the parser took for the object ("ruled Friday against the rule") is none.
    let object =
        tree.children(p).iter().copied().find(|&c| tree.rel(c) == Rel::OBJ && !h.in_date(c));
    if let Some(object) = object {
        return Some(noun_phrase(h, object, TITLE_OBJECT_WORDS));
    }
    if let Some(x) = tree.children_by(p, Rel::XCOMP).next() {
        let words = phrase_words(h, x, TITLE_OBJECT_WORDS);
        return (!words.is_empty()).then(|| render(h, &words));
    }
    // "revealed that Kim had sent a letter": the reported clause, as a headline of its own.
    if let Some(clause) = tree.children(p).iter().copied().find(|&c| tree.rel(c) == Rel::CCOMP) {
        if tree.upos(clause) == Upos::Verb && depth < 2 {
            let inner = verb_title_at(h, clause, depth + 1);
            let named = subject(h, clause).is_some_and(|(s, _)| s.starts_with(char::is_uppercase));
            let mut chars = inner.chars();
            return Some(match chars.next() {
                Some(first) if !named => first.to_lowercase().chain(chars).collect(),
                _ => inner,
            });
        }
    }
    let oblique = tree.children(p).iter().copied().find(|&c| {
        // Only after the verb: a fronted oblique ("In a speech in Florida, Clinton laid
        // out …") sets the scene, it does not complete the verb.
        c > p && tree.rel(c).is_a(Rel::OBL) && tree.rel(c) != Rel::OBL_AGENT && !h.in_date(c)
    })?;
    let words = phrase_words(h, oblique, TITLE_OBJECT_WORDS);
    (!words.is_empty()).then(|| match h.actor_at(oblique) {
        Some(actor) => {
            let case = tree.children_by(oblique, Rel::CASE).map(|c| h.word(c).to_lowercase());
            let case: Vec<String> = case.collect();
            format!("{} {}", case.join(" "), actor.name).trim().to_string()
        }
        None => render(h, &words),
    })
}

/// Rule "relative object": the object of a relative clause whose object is the relative
/// pronoun is the noun the clause modifies ("the old oak which the city felled" → "The city
/// fells the old oak"). Not when the pronoun is the
/// clause's subject ("who shot Y", rule "antecedent").
fn relative_object(h: &Headline<'_>, p: usize) -> Option<String> {
    let tree = &h.st.tree;
    if tree.rel(p) != Rel::ACL_RELCL || tree.is_passive(p) {
        return None;
    }
    let relative = |w: usize| RELATIVE_PRONOUNS.contains(&h.lemma(w).as_str());
    let object = tree.children(p).iter().copied().find(|&c| tree.rel(c) == Rel::OBJ)?;
    let subject = tree.children(p).iter().copied().find(|&c| tree.rel(c).is_a(Rel::NSUBJ))?;
    let antecedent = tree.head(p).filter(|&a| matches!(tree.upos(a), Upos::Noun | Upos::Propn))?;
    (relative(object) && !relative(subject) && antecedent < object)
        .then(|| noun_phrase(h, antecedent, TITLE_OBJECT_WORDS))
}

/// The title of event noun `p`: its phrase, without a leading determiner or possessive date;
/// or, by rule "verb of the noun", the headline of the verb it is the object of ("Clinton
/// has held rallies": the rallies are what she did, "Hillary Clinton holds rallies").
pub(super) fn noun_title(h: &Headline<'_>, p: usize) -> String {
    let tree = &h.st.tree;
    // Only a verb with a subject of its own: one inherited through a complement is too often
    // a misparse to title with. A participle with this object that modifies a noun has that
    // noun for subject (rule "reduced relative": "prosecutors issued their warning").
    let own_subject = |v: usize| {
        tree.children(v).iter().any(|&c| tree.rel(c).is_a(Rel::NSUBJ)) || tree.is_passive(v)
    };
    let reduced = |v: usize| {
        tree.rel(v) == Rel::ACL
            && participle_form(h, v)
            && tree.head(v).is_some_and(|n| matches!(tree.upos(n), Upos::Noun | Upos::Propn))
    };
    if let Some(verb) = tree.head(p).filter(|&v| {
        tree.rel(p) == Rel::OBJ
            && tree.upos(v) == Upos::Verb
            && ((!tree.rel(v).is_a(Rel::ACL) && own_subject(v)) || reduced(v))
    }) {
        return verb_title(h, verb);
    }
    let mut words = phrase_words(h, p, TITLE_OBJECT_WORDS);
    while words.len() > 1
        && words.first().is_some_and(|&w| {
            w < p && (tree.upos(w) == Upos::Det || tree.rel(w) == Rel::CASE || h.in_date(w))
        })
    {
        words.remove(0);
    }
    capitalize(&render(h, &words))
}

#[cfg(test)]
mod tests {
    use crate::corpus::{analyze_with, Hints, Source};
    use jiff::civil::date;

    fn titles(body: &str) -> Vec<String> {
        let text = format!("A test report\n\n{body}\n");
        let source = Source { id: "t", bytes: text.as_bytes() };
        let analyzed = analyze_with(source, Hints { published: Some(date(2024, 5, 11)) });
        analyzed.events().iter().map(|e| e.title.clone()).collect()
    }

    #[test]
    fn a_passive_after_be_is_a_headline_even_with_a_date_or_a_second_object_parsed_as_objects() {
        let dashed =
            titles("Analysts said investors' high hopes for the new chips were dashed Friday.");
        assert!(dashed.contains(&"Investors' high hopes dashed".to_string()), "{dashed:?}");
        let named = titles(
            "Air Force Colonel Jane Porter will be named commander of the Pacific air base in June.",
        );
        assert!(
            named
                .iter()
                .any(|t| t.ends_with("Jane Porter named commander of the Pacific air base")),
            "{named:?}"
        );
    }

    #[test]
    fn a_date_read_as_the_object_leaves_the_oblique_to_complete_the_verb() {
        let ruled = titles("A federal judge ruled Monday against the state's voting procedure.");
        assert!(
            ruled.contains(
                &"A federal judge rules against the state's voting procedure".to_string()
            ),
            "{ruled:?}"
        );
    }

    #[test]
    fn a_long_object_is_shortened_inside_and_a_subjectless_frame_title_takes_the_trees() {
        let bought = titles(
            "The union said Harbor Mills, which agreed to buy Northwind's paper-making unit for \
             $40 million in March, would keep the plant open.",
        );
        assert!(
            bought
                .contains(&"Harbor Mills agrees to buy Northwind's paper-making unit".to_string()),
            "{bought:?}"
        );
    }

    #[test]
    fn a_company_s_address_is_no_coordinated_subject() {
        let withdrew =
            titles("Northwind Airlines, Phoenix, Ariz., said it withdrew its offer on Tuesday.");
        assert!(
            withdrew.contains(&"Northwind Airlines withdraws its offer".to_string()),
            "{withdrew:?}"
        );
    }

    #[test]
    fn a_plural_subject_keeps_a_plural_verb_and_a_singular_one_takes_s() {
        let plural = titles("Two rival bakeries merged their kitchens on Monday.");
        assert!(
            plural.contains(&"Two rival bakeries merge their kitchens".to_string()),
            "{plural:?}"
        );
        let singular = titles("The mayor detained two protesters on Monday.");
        assert!(
            singular.iter().any(|t| t.starts_with("The mayor detains two protesters")),
            "{singular:?}"
        );
    }

    #[test]
    fn a_subject_inside_a_date_gives_way_and_an_event_noun_is_titled_by_its_verb() {
        let earned = titles("A year earlier Zentrix earned $3.1 million, or 31 cents a share.");
        assert!(earned.iter().any(|t| t.starts_with("Zentrix earns $3.1 million")), "{earned:?}");
        let rallies = titles("Mrs. Alvarez has held rallies in Tucson since Labor Day.");
        assert!(rallies.iter().any(|t| t.starts_with("Alvarez holds rallies")), "{rallies:?}");
    }

    #[test]
    fn a_long_object_is_shortened_at_a_phrase_boundary_and_a_relative_clause_is_left_out() {
        let long = titles(
            "The council approved a plan for new cycle lanes along the river between the old \
             bridge and the harbour, which residents opposed, on Tuesday.",
        );
        let title = long.iter().find(|t| t.contains("approves")).expect("the approval");
        assert!(!title.contains("residents"), "{title}");
        assert!(title.split(' ').count() <= 13, "{title}");
        let last = title.rsplit(' ').next().unwrap_or("");
        assert!(!["the", "a", "of", "and", "between", "along"].contains(&last), "{title}");
    }

    #[test]
    fn a_relative_clause_takes_the_noun_it_modifies_as_its_object() {
        let t = titles("Residents mourned the old oak which the city felled on Monday.");
        assert!(t.iter().any(|t| t == "The city fells the old oak"), "{t:?}");
        // The pronoun as subject is rule "antecedent"'s: no object is added.
        let t = titles("Officer Dale Brooks, who shot a dog last week, was charged on Friday.");
        assert!(t.iter().any(|t| t == "Dale Brooks shoots a dog"), "{t:?}");
    }

    #[test]
    fn a_relative_pronoun_s_antecedent_loses_its_case_word() {
        let t = titles(
            "The boy was rescued last May following a boat wreck that killed his mother on Monday.",
        );
        assert!(t.iter().any(|t| t == "A boat wreck kills his mother"), "{t:?}");
    }
}
