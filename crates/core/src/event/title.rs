//! Titles made from the text, no language model: subject, the trigger verb in the present
//! tense, and the head of its object ("Kim Jong Un responds to a personal letter from Moon
//! Jae-in"). Headline style for passives ("The hotlines severed"), noun phrases for event nouns
//! ("North Korea-U.S. summit", "Summit in Hanoi"), names without their titles, coordinated
//! subjects as written ("South and North Korea"), pronouns resolved to the speaker.

use super::participants::is_reporting_channel;
use super::*;
use crate::doc::fold::fold;
use crate::doc::syntax::Upos;

/// Words of the object kept in a title at most.
pub(super) const TITLE_OBJECT_WORDS: usize = 10;

/// What a title is made from: the sentence's tokens and actors, who takes part, and the date
/// expression that dates the event (never part of a title).
#[derive(Clone, Copy)]
pub(super) struct Source<'a> {
    pub doc: &'a Doc<'a>,
    pub toks: &'a [Token],
    pub actors: &'a [&'a ActorMention],
    pub participants: &'a [String],
    pub date: Option<Span>,
}

/// Builds "Subject verbs object" from the sentence, and says whether the object was cut at
/// the word limit (a title the tree's whole phrases may do better).
pub(super) fn title(source: &Source<'_>, trigger: &Trigger<'_>) -> (String, bool) {
    let Source { doc, toks, actors, participants, date } = *source;
    let text = doc.text();
    let trigger_start = toks[trigger.at].span.start;
    // Rule "event subject": "the second of three summits between Mr Kim and Trump collapsed"
    // is titled after the summit: "Summits between Kim Jong Un and Donald Trump collapse".
    let event_subject = subject_event_noun(text, toks, trigger).map(|noun| {
        let title = noun_title(&Source { date: None, ..*source }, &noun);
        let plural = toks[noun.end - 1].span.of(text).ends_with('s');
        (title, plural)
    });
    // Subject: the nearest actor before the trigger, else the words since the last break.
    let subject = actors
        .iter()
        .rev()
        .find(|a| {
            a.span.end <= trigger_start
                && !is_reporting_channel(doc, a.span)
                && !after_preposition(text, a.span)
        })
        .map(|a| {
            modified_by_place(text, toks, trigger.at, a, date)
                .unwrap_or_else(|| subject_words(text, toks, trigger.at, a, actors))
        })
        .or_else(|| {
            // "I just received …", Trump told reporters / Trump said he had received …: a
            // pronoun subject is the person who speaks.
            let pronoun = trigger.at > 0
                && toks[..trigger.at]
                    .iter()
                    .rev()
                    .filter(|t| t.kind == TokenKind::Word)
                    .take(3)
                    .any(|t| PRONOUNS.contains(&fold(t.span.of(text)).as_str()));
            let speaker = actors
                .iter()
                .find(|a| a.kind == EntityKind::Person && is_reporting_channel(doc, a.span));
            speaker.filter(|_| pronoun).map(|a| a.name.clone())
        })
        .or_else(|| {
            let folded_words: Vec<String> =
                toks[..trigger.at].iter().map(|t| fold(t.span.of(text))).collect();
            let from = clause_start(toks, &folded_words, trigger.at);
            // "Compaq, which said …, still plans to announce": a verb before the trigger
            // (the syntax layer's tag says so) makes the words no subject, unless it opens a
            // post-modifier of the subject ("Talks aimed at …", cut below).
            let verb_before = toks[from..trigger.at]
                .iter()
                .enumerate()
                .take_while(|&(k, t)| k == 0 || !opens_post_modifier(t.span.of(text)))
                .any(|(_, t)| {
                    let at = doc.tokens_in(t.span).start;
                    doc.upos(at) == Some(Upos::Verb)
                });
            if verb_before {
                return None;
            }
            // Rule "no opening adverb": a subordinator ("Since the decision was announced")
            // or an adverb of the verb ("Now Benford plans") opens no subject.
            let tree_range = doc.tokens_in(Span::new(
                toks[from].span.start,
                toks[trigger.at.saturating_sub(1).max(from)].span.end,
            ));
            let opener = |t: &Token| {
                let at = doc.tokens_in(t.span).start;
                let outside = doc.head(at).is_none_or(|head| !tree_range.contains(&head));
                doc.upos(at) == Some(Upos::Sconj) || (doc.upos(at) == Some(Upos::Adv) && outside)
            };
            let opening = toks[from..trigger.at].iter().take_while(|t| opener(t)).count();
            let from = (from + opening).min(trigger.at);
            let mut words: Vec<&str> = toks[from..trigger.at]
                .iter()
                .map(|t| without_contracted_auxiliary(t.span.of(text)))
                .filter(|w| !TITLE_ADVERBS.contains(&w.to_lowercase().as_str()))
                .collect();
            while words.last().is_some_and(|w| AUXILIARIES.contains(&w.to_lowercase().as_str())) {
                words.pop();
            }
            // "Their second summit": the possessive adds nothing to a title.
            if words.len() > 1
                && matches!(words[0].to_lowercase().as_str(), "their" | "its" | "his" | "her")
            {
                words.remove(0);
            }
            // A phrase opening with a preposition, a relative pronoun or a participle is no
            // subject ("With the RMT union", "who", "Responding to questions").
            if words.first().is_some_and(|w| opens_post_modifier(w)) {
                return None;
            }
            // "Talks aimed at ending the dispute collapsed": the head before its modifier.
            if let Some(cut) = words.iter().skip(1).position(|w| opens_post_modifier(w)) {
                words.truncate(cut + 1);
            }
            let bare_pronoun =
                words.len() == 1 && PRONOUNS.contains(&words[0].to_lowercase().as_str());
            (!words.is_empty() && words.len() <= 6 && !bare_pronoun).then(|| words.join(" "))
        });
    // Rule "passive": "the hotlines were severed" is titled headline-style, "The hotlines
    // severed", with the participle as written.
    let passive = trigger.lemma.is_some()
        && trigger.form == Form::Past
        && trigger.at > 0
        && PASSIVE_AUXILIARIES.contains(&fold(toks[trigger.at - 1].span.of(text)).as_str());
    let Some(lemma) = trigger.lemma else {
        return (noun_title(source, trigger), false);
    };
    // A gerund after a determiner names the event: "the signing of an armistice".
    let nominal = trigger.form == Form::Progressive
        && trigger.at > 0
        && DETERMINERS.contains(&fold(toks[trigger.at - 1].span.of(text)).as_str());
    let subject = if nominal { None } else { subject };
    let mut plural = subject.as_deref().is_some_and(|subject| {
        let named = actors.iter().any(|a| a.name == subject || a.span.of(text) == subject);
        // Rule "one place": "The United States" names one country.
        let bare = subject.strip_prefix("The ").unwrap_or(subject);
        let place = actors
            .iter()
            .any(|a| a.kind == EntityKind::Place && (a.name == bare || a.span.of(text) == bare));
        !place && is_plural_subject(subject, named)
    });
    let subject = match event_subject {
        Some((title, noun_plural)) if lemma_is_general(trigger) => {
            plural = noun_plural;
            Some(title)
        }
        _ => subject,
    };
    let mut verb_words: Vec<String> = lemma.split(' ').map(str::to_string).collect();
    if nominal || passive {
        verb_words[0] = toks[trigger.at].span.of(text).to_lowercase();
    } else if !plural {
        verb_words[0] = verbs::third_person(&verb_words[0]);
    }
    let mut object: Vec<String> = Vec::new();
    // Where the last word taken as written ends: a number's next digit group joins it.
    let mut last_end = None;
    let mut i = trigger.end;
    // Gather up to a stop, then shorten: titles before a name are dropped first, so a long
    // role ("outgoing South Korean President") must not push the name itself out.
    while i < toks.len() && object.len() < 2 * TITLE_OBJECT_WORDS {
        let tok = toks[i];
        // "1,745,000": a comma between digits is part of the number, not a break.
        if tok.kind == TokenKind::Break && in_number(text, tok.span) {
            i += 1;
            continue;
        }
        if tok.kind == TokenKind::Break && is_quote_mark(tok.span.of(text)) {
            // Quoted words stay in the title, without their marks: exchanged "letters of
            // friendship" with Moon.
            i += 1;
            continue;
        }
        if tok.kind == TokenKind::Break || date.is_some_and(|d| d.overlaps(tok.span)) {
            break;
        }
        let word = fold(tok.span.of(text));
        let stops = OBJECT_STOPS.contains(&word.as_str());
        // A time or place phrase right after the verb ends the title ("severed in June").
        if stops && (!object.is_empty() || date.is_some_and(|d| d.start > tok.span.start)) {
            break;
        }
        // "… channels and their leaders agreed": a new clause, not more object.
        let next = toks.get(i + 1).map(|t| fold(t.span.of(text)));
        if word == "and" && next.as_deref().is_some_and(|n| CLAUSE_OPENERS.contains(&n)) {
            break;
        }
        // "attacked officers and blamed police shootings": a verb after "and" or "or" opens
        // a clause of its own (the syntax layer's tag says it is a verb).
        let verb_next = toks.get(i + 1).is_some_and(|t| {
            let at = doc.tokens_in(t.span).start;
            doc.upos(at) == Some(Upos::Verb)
        });
        if matches!(word.as_str(), "and" | "or") && verb_next {
            break;
        }
        if TITLE_ADVERBS.contains(&word.as_str()) {
            i += 1;
            continue;
        }
        // An entity's mention is replaced by its name, without the titles before it
        // ("outgoing South Korean President Moon Jae-in" becomes "Moon Jae-in").
        // (Not when the mention ends inside the word: "South Korea" in "South Korean".)
        let whole_words =
            |a: &&&ActorMention| !text[a.span.end..].starts_with(|c: char| c.is_alphanumeric());
        if let Some(actor) = actors.iter().filter(whole_words).find(|a| a.span.contains(tok.span)) {
            while object.last().is_some_and(|w| is_title_word(w)) {
                object.pop();
            }
            // A demonym keeps its form: "South Korean counterpart", not "South Korea …".
            let surface = actor.span.of(text);
            let demonym = surface.len() > actor.name.len() && surface.starts_with(&actor.name);
            object.push(if demonym { surface.to_string() } else { actor.name.clone() });
            while i < toks.len() && actor.span.contains(toks[i].span) {
                i += 1;
            }
            last_end = None;
            continue;
        }
        // "Kim Jong-un had sent him a letter": an object pronoun is the one other person
        // taking part, when there is exactly one.
        if object.is_empty() && matches!(word.as_str(), "him" | "her") {
            let others: Vec<&&ActorMention> = actors
                .iter()
                .filter(|a| a.kind == EntityKind::Person && participants.contains(&a.entity))
                .filter(|a| subject.as_deref() != Some(a.name.as_str()))
                .collect();
            let mut names: Vec<&str> = others.iter().map(|a| a.name.as_str()).collect();
            names.dedup();
            if let [name] = names.as_slice() {
                object.push((*name).to_string());
                last_end = None;
                i += 1;
                continue;
            }
        }
        let start = tok.span.start;
        match object.last_mut() {
            // "$17.50", "1,745,000": the next digit group of the number just taken.
            Some(last)
                if last_end.is_some_and(|end| end + 1 == start)
                    && in_number(text, Span::new(start - 1, start)) =>
            {
                last.push_str(text.get(start - 1..tok.span.end).unwrap_or_default());
            }
            // "$4 million": a number keeps its currency sign.
            _ => object.push(Span::new(currency_before(text, start), tok.span.end).of(text).into()),
        }
        last_end = Some(tok.span.end);
        i += 1;
    }
    // Rule "whole object": an object that stops inside a phrase of the tree ("in a letter
    // published [on the front page]", "of Cuban rafter [Elian Gonzalez]") counts as cut, so
    // the tree's title of whole phrases may take its place.
    let inside = !object.is_empty()
        && i > trigger.end
        && toks.get(i).is_some_and(|next| {
            // (A date the parser hung on the last word ends the object all the same.)
            next.kind == TokenKind::Word
                && !date.is_some_and(|d| d.overlaps(next.span))
                && continues_phrase(doc, toks[i - 1].span, next.span)
        });
    let cut = object.len() > TITLE_OBJECT_WORDS || inside;
    object.truncate(TITLE_OBJECT_WORDS);
    let mut parts = Vec::new();
    if let Some(subject) = subject {
        parts.push(subject);
    }
    parts.extend(verb_words);
    parts.extend(object);
    (capitalize(&parts.join(" ")), cut)
}

/// Rule "whole object": whether the word at `next` belongs, in the tree, to the phrase of
/// the word at `last` right before it (its head chain reaches `last`; a bounded walk).
fn continues_phrase(doc: &Doc<'_>, last: Span, next: Span) -> bool {
    let last = doc.tokens_in(last).start;
    let mut k = doc.tokens_in(next).start;
    for _ in 0..64 {
        match doc.head(k) {
            Some(head) if head == last => return true,
            Some(head) => k = head,
            None => return false,
        }
    }
    false
}

/// Whether the one-character mark at `span` separates the digit groups of a number ("1,745",
/// "17.50"): a comma or period with a digit on both sides.
fn in_number(text: &str, span: Span) -> bool {
    let mark = matches!(text.get(span.start..span.end), Some("," | "."));
    let digit = |s: Option<&str>| s.is_some_and(|s| s.bytes().all(|b| b.is_ascii_digit()));
    let before = span.start.checked_sub(1).and_then(|b| text.get(b..span.start));
    mark && digit(before) && digit(text.get(span.end..span.end + 1))
}

/// Where a word starting at `start` begins with its currency sign ("$4", "€12"): the sign's
/// start, else `start`.
fn currency_before(text: &str, start: usize) -> usize {
    match text.get(..start).and_then(|t| t.chars().next_back()) {
        Some(c @ ('$' | '€' | '£' | '¥')) => start - c.len_utf8(),
        _ => start,
    }
}

pub(super) fn is_quote_mark(s: &str) -> bool {
    matches!(s, "\"" | "“" | "”")
}

/// The title of an event named by a noun: its modifiers as written ("North Korea-U.S.
/// summit", "inter-Korean summit"), then where ("in Hanoi") or between whom; for example
/// "Summit in Hanoi", "South Korea-US summit", "Summit between Kim Jong Un and Donald Trump".
pub(super) fn noun_title(source: &Source<'_>, trigger: &Trigger<'_>) -> String {
    let Source { doc, toks, actors, participants, date } = *source;
    let text = doc.text();
    let is_modifier = |t: &Token| {
        let w = t.span.of(text);
        t.kind == TokenKind::Word
            && !date.is_some_and(|d| d.overlaps(t.span))
            && (w.chars().next().is_some_and(char::is_uppercase) || w.contains('-'))
    };
    let mut from = trigger.at;
    while from > 0 && trigger.at - from < NOUN_MODIFIERS && is_modifier(&toks[from - 1]) {
        from -= 1;
    }
    // "incoming South Korean President Yoon Suk-yeol's inauguration": from the name on.
    let mut start = toks[from].span.start;
    if let Some(person) = actors.iter().find(|a| {
        a.kind == EntityKind::Person
            && a.span.start >= start
            && a.span.end <= toks[trigger.at].span.start
    }) {
        start = person.span.start;
    }
    // The phrase as written, so "North Korea-U.S." keeps its dots.
    let phrase = Span::new(start, toks[trigger.end - 1].span.end).of(text);
    let mut words: Vec<String> = phrase.split_whitespace().map(str::to_string).collect();
    let preposition = toks.get(trigger.end).map(|t| fold(t.span.of(text)));
    let place = toks.get(trigger.end + 1).and_then(|t| {
        actors.iter().find(|a| a.span.start == t.span.start && a.kind == EntityKind::Place)
    });
    let people: Vec<&str> = actors
        .iter()
        .filter(|a| a.kind == EntityKind::Person && participants.contains(&a.entity))
        .map(|a| a.name.as_str())
        .fold(Vec::new(), |mut names, n| {
            if !names.contains(&n) {
                names.push(n);
            }
            names
        });
    if let (Some("in" | "at"), Some(place)) = (preposition.as_deref(), place) {
        words.push(preposition.unwrap_or_default());
        words.push(place.name.clone());
    } else if from == trigger.at && people.len() >= 2 {
        words.push(format!("between {} and {}", people[0], people[1]));
    } else if from == trigger.at && people.len() == 1 && PARTNER_KINDS.contains(&trigger.kind) {
        // A bare noun says too little: "Summit" becomes "Summit with Kim Jong-un". Only a
        // meeting is held with someone (rule "partner kinds"): an election or a war is not
        // "with" whoever the sentence names ("Donald Trump's microphone during the election
        // debate").
        words.push(format!("with {}", people[0]));
    }
    capitalize(&words.join(" "))
}

/// How many modifiers before an event noun a title keeps.
pub(super) const NOUN_MODIFIERS: usize = 4;

/// A word that starts a noun's post-modifier: a preposition, a relative pronoun, or a
/// participle ("aimed", "including").
pub(super) fn opens_post_modifier(word: &str) -> bool {
    let w = word.to_lowercase();
    PREPOSITIONS.contains(&w.as_str())
        || matches!(w.as_str(), "who" | "which" | "that" | "whose")
        || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")))
}

/// "reporters at the White House": a name in a prepositional phrase is not a subject.
pub(super) fn after_preposition(text: &str, span: Span) -> bool {
    let before = before(text, span.start, 40).trim_end();
    let mut words = before.rsplit(|c: char| c.is_whitespace()).map(str::to_lowercase);
    let last = words.next().unwrap_or_default();
    let word = if last == "the" { words.next().unwrap_or_default() } else { last };
    NAME_PREPOSITIONS.contains(&word.as_str())
}

/// Rule "place as modifier": a place or organization right before the one common noun that
/// ends the subject ("U.S. forces Thursday launched …", "Kenyan police on Friday arrested")
/// only says whose it is: the subject is the two as written, not the name alone. The noun
/// must be followed by the trigger, an auxiliary, an adverb or the date (with or without its
/// preposition).
fn modified_by_place(
    text: &str,
    toks: &[Token],
    trigger_at: usize,
    actor: &ActorMention,
    date: Option<Span>,
) -> Option<String> {
    if actor.kind == EntityKind::Person {
        return None;
    }
    let after = toks[..trigger_at].iter().position(|t| t.span.start >= actor.span.end)?;
    let noun = &toks[after];
    let word = noun.span.of(text);
    let lower = word.to_lowercase();
    let common = noun.kind == TokenKind::Word
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && word.chars().all(|c| c.is_alphabetic())
        && !lower.ends_with("ly")
        && ![AUXILIARIES, TITLE_ADVERBS, PREPOSITIONS, OBJECT_STOPS, PRONOUNS]
            .iter()
            .any(|list| list.contains(&lower.as_str()))
        && !matches!(lower.as_str(), "and" | "or" | "but" | "'s" | "said" | "says");
    if !common || date.is_some_and(|d| d.contains(noun.span)) {
        return None;
    }
    let dated = |k: usize| toks.get(k).is_some_and(|t| date.is_some_and(|d| d.contains(t.span)));
    // A preposition after the noun continues the subject ("head of state", "plans to hold")
    // unless the date follows it ("forces on Thursday").
    let ends = match toks.get(after + 1) {
        _ if after + 1 == trigger_at => true,
        Some(next) => {
            let w = fold(next.span.of(text));
            dated(after + 1)
                || [AUXILIARIES, TITLE_ADVERBS].iter().any(|l| l.contains(&w.as_str()))
                || (PREPOSITIONS.contains(&w.as_str()) && dated(after + 2))
        }
        None => false,
    };
    // "a CNN survey released Friday": a participle right after the noun with only its date
    // after it modifies the noun, which is no subject.
    let after_trigger = toks.get(trigger_at + 1).map(|t| fold(t.span.of(text)));
    let reduced = after + 1 == trigger_at
        && (dated(trigger_at + 1)
            || after_trigger.is_some_and(|w| PREPOSITIONS.contains(&w.as_str()))
                && dated(trigger_at + 2));
    (ends && !reduced).then(|| Span::new(actor.span.start, noun.span.end).of(text).to_string())
}

/// How an actor before the trigger is named as the title's subject: a coordinated phrase as
/// written ("South and North Korea", "Kim and Moon"); a place as written, with "the two" or
/// "both" ("the two Koreas"); otherwise the actor's name.
pub(super) fn subject_words(
    text: &str,
    toks: &[Token],
    trigger_at: usize,
    actor: &ActorMention,
    actors: &[&ActorMention],
) -> String {
    let from = toks[..trigger_at]
        .iter()
        .rposition(|t| t.kind == TokenKind::Break || fold(t.span.of(text)) == "that")
        .map_or(0, |b| b + 1);
    let mut phrase: Vec<&Token> = toks[from..trigger_at].iter().collect();
    while phrase.last().is_some_and(|t| {
        let w = fold(t.span.of(text));
        AUXILIARIES.contains(&w.as_str()) || TITLE_ADVERBS.contains(&w.as_str())
    }) {
        phrase.pop();
    }
    // "Brandt AG and Dutch rival Hollis NV": the actor may be followed by a legal suffix.
    let ends_with_actor = phrase.iter().rev().take(2).any(|t| actor.span.contains(t.span));
    let has_and = phrase.iter().any(|t| fold(t.span.of(text)) == "and");
    if ends_with_actor && has_and {
        // "Kim Jong Un and South Korean President Moon Jae-in": the names, without titles.
        let start = phrase.first().map_or(actor.span.start, |t| t.span.start);
        let mut names: Vec<&str> = Vec::new();
        for a in actors.iter().filter(|a| a.span.start >= start && a.span.end <= actor.span.end) {
            if a.kind != EntityKind::Place && !names.contains(&a.name.as_str()) {
                names.push(&a.name);
            }
        }
        if names.len() >= 2 {
            // Rule "list comma": "A, B and C".
            let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
            return super::headline::and_list(&names);
        }
    }
    if ends_with_actor && phrase.len() <= 6 {
        let words: Vec<&str> = phrase.iter().map(|t| t.span.of(text)).collect();
        if words.contains(&"and") {
            return words.join(" ");
        }
        if actor.kind == EntityKind::Place {
            // "the two Koreas", "both Koreas": the determiner right before the place only.
            let first = phrase.iter().position(|t| actor.span.contains(t.span)).unwrap_or(0);
            let start = (first.saturating_sub(2)..first)
                .find(|&k| matches!(fold(phrase[k].span.of(text)).as_str(), "the" | "both"))
                .map_or(actor.span.start, |k| phrase[k].span.start);
            return Span::new(start, actor.span.end).of(text).to_string();
        }
    }
    actor.name.clone()
}

/// Rule "fused modal": a pronoun written with its auxiliary ("We’ll", "they'd", "I've") is the
/// pronoun alone: the auxiliary is no part of a subject.
fn without_contracted_auxiliary(word: &str) -> &str {
    let cut = word.char_indices().find(|&(_, c)| matches!(c, '\'' | '’')).and_then(|(at, c)| {
        let rest = &word[at + c.len_utf8()..];
        matches!(rest.to_lowercase().as_str(), "ll" | "d" | "ve" | "re" | "m").then_some(at)
    });
    cut.filter(|&at| at > 0).map_or(word, |at| &word[..at])
}

/// Whether a title's subject takes a plural verb: "Both Koreas", "Police", "Kim and Moon".
pub(super) fn is_plural_subject(subject: &str, named: bool) -> bool {
    let last = subject.rsplit(' ').next().unwrap_or("");
    let lower = last.to_lowercase();
    // (An acronym in "S" is no plural: "The FRS".)
    let acronym = last.strip_suffix('S').is_some();
    let plural_noun =
        lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us") && !acronym;
    // A lone capitalized name ending in s is singular ("Reuters", "Brooks"); a lone word
    // that is no one's name is a plural noun ("Talks collapse").
    // Rule "members' name" of `agreement`: "Republicans" are many.
    let lone_name = named
        && !subject.contains(' ')
        && last.chars().next().is_some_and(char::is_uppercase)
        && !super::agreement::members_name(last);
    // Rule "bare number" of `agreement`: "Three (of the trustees) resign".
    let first = subject.split(' ').next().unwrap_or("").to_lowercase();
    let counted = crate::timex::lexicon::numbers::small(&first).is_some_and(|n| n > 1);
    // (Not "and" inside one name: "the Food and Drug Administration".)
    (subject.contains(" and ") && !named)
        || counted
        || COLLECTIVE.contains(&lower.as_str())
        || PLURAL_PRONOUNS.contains(&lower.as_str())
        || (plural_noun && !lone_name)
}

/// Role and title words that stand before a name: capitalized words ("President", "South",
/// "Korean") and the lowercase modifiers news puts before titles.
pub(super) fn is_title_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        || TITLE_MODIFIERS.contains(&word.to_lowercase().as_str())
}

/// Rule "clean opening": a title opens with a word, never with a mark ("' vision of
/// America", a quotation's closing marks) or a conjunction the sentence opened with ("And the
/// rhetoric …"). The title as it was when nothing would be left.
pub(super) fn clean_opening(title: &str) -> String {
    let mut rest = title.trim_start_matches(|c: char| {
        !c.is_alphanumeric() && !matches!(c, '$' | '€' | '£' | '¥' | '#' | '@')
    });
    if let Some((first, after)) = rest.split_once(' ') {
        if OPENING_CONJUNCTIONS.contains(&first.to_lowercase().as_str()) {
            rest = after.trim_start();
        }
    }
    if rest.is_empty() {
        title.to_string()
    } else {
        capitalize(rest)
    }
}

pub(super) fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_contracted_auxiliary_and_an_opening_adverb_are_no_part_of_a_subject() {
        // Rule "fused modal".
        assert_eq!(without_contracted_auxiliary("We’ll"), "We");
        assert_eq!(without_contracted_auxiliary("they'd"), "they");
        assert_eq!(without_contracted_auxiliary("Reuters'"), "Reuters'");
        assert_eq!(without_contracted_auxiliary("O'Neill"), "O'Neill");
        // Rule "no opening adverb".
        let t = titles("Since the council decision was announced on Monday, residents protested.");
        assert!(t.iter().all(|t| !t.starts_with("Since")), "{t:?}");
    }

    #[test]
    fn a_number_or_a_members_name_takes_a_plural_verb_but_one_place_does_not() {
        assert!(is_plural_subject("Three of the trustees", false));
        assert!(is_plural_subject("Republicans", true));
        assert!(!is_plural_subject("Reuters", true));
        assert!(!is_plural_subject("One", false));
    }

    use super::{is_plural_subject, without_contracted_auxiliary};
    use crate::event::headline::tests::titles;

    #[test]
    fn a_place_before_the_subject_s_noun_only_says_whose_it_is() {
        let t = titles("U.S. troops on Monday seized a warehouse in the northern town.");
        assert!(t.iter().any(|t| t.starts_with("U.S. troops seize a warehouse")), "{t:?}");
    }

    #[test]
    fn an_object_never_stops_inside_a_phrase_of_the_tree() {
        let t = titles(
            "On Tuesday Maria Lopez wrote in a letter published on the front page of the Lima \
             Daily that the talks had failed.",
        );
        assert!(!t.is_empty() && t.iter().all(|t| !t.ends_with("published")), "{t:?}");
    }

    #[test]
    fn a_title_opens_with_a_word() {
        use super::clean_opening;
        assert_eq!(clean_opening("'' vision of America emerges"), "Vision of America emerges");
        assert_eq!(
            clean_opening("And the rhetoric envelops the city"),
            "The rhetoric envelops the city"
        );
        assert_eq!(clean_opening("$4 million raised"), "$4 million raised");
        assert_eq!(clean_opening("Andrea Lopez wins"), "Andrea Lopez wins");
        assert_eq!(clean_opening("''"), "''");
        assert_eq!(clean_opening("And"), "And");
    }
}
