//! English verb forms: recognizing an inflected verb by its lemma, and writing a lemma in the
//! present tense for event titles ("responded to" in the text, "responds to" in the title).
//!
//! Regular verbs follow spelling rules (`stop` → `stopped`, `try` → `tried`, `restore` →
//! `restored`); the irregular ones news uses are listed in [`IRREGULAR`]. Verbs that take no
//! object, and so have no passive, are listed in [`NO_PASSIVE`].

/// Irregular verbs: lemma, past tense, past participle.
pub const IRREGULAR: &[(&str, &str, &str)] = &[
    ("be", "was", "been"),
    ("become", "became", "become"),
    ("begin", "began", "begun"),
    ("blow", "blew", "blown"),
    ("break", "broke", "broken"),
    ("bring", "brought", "brought"),
    ("bid", "bid", "bid"),
    ("broadcast", "broadcast", "broadcast"),
    ("build", "built", "built"),
    ("burst", "burst", "burst"),
    ("buy", "bought", "bought"),
    ("cast", "cast", "cast"),
    ("choose", "chose", "chosen"),
    ("come", "came", "come"),
    ("cut", "cut", "cut"),
    ("do", "did", "done"),
    ("draw", "drew", "drawn"),
    ("drive", "drove", "driven"),
    ("fall", "fell", "fallen"),
    ("fight", "fought", "fought"),
    ("find", "found", "found"),
    ("forecast", "forecast", "forecast"),
    ("flee", "fled", "fled"),
    ("fly", "flew", "flown"),
    ("forbid", "forbade", "forbidden"),
    ("freeze", "froze", "frozen"),
    ("get", "got", "gotten"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("have", "had", "had"),
    ("hear", "heard", "heard"),
    ("hit", "hit", "hit"),
    ("hold", "held", "held"),
    ("hurt", "hurt", "hurt"),
    ("keep", "kept", "kept"),
    ("lead", "led", "led"),
    ("leave", "left", "left"),
    ("let", "let", "let"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("meet", "met", "met"),
    ("pay", "paid", "paid"),
    ("put", "put", "put"),
    ("quit", "quit", "quit"),
    ("read", "read", "read"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shoot", "shot", "shot"),
    ("shut", "shut", "shut"),
    ("sink", "sank", "sunk"),
    ("speak", "spoke", "spoken"),
    ("spend", "spent", "spent"),
    ("spread", "spread", "spread"),
    ("split", "split", "split"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("strike", "struck", "struck"),
    ("swear", "swore", "sworn"),
    ("take", "took", "taken"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("upset", "upset", "upset"),
    ("wake", "woke", "woken"),
    ("win", "won", "won"),
    ("withdraw", "withdrew", "withdrawn"),
    ("write", "wrote", "written"),
];

/// Verbs that take no object and so have no passive (rule "no passive" of
/// `headline::check`): a participle of one after a noun is that noun's finite verb, never a
/// headline-style passive ("About 100 protesters marched …" → "… march …").
pub const NO_PASSIVE: &[&str] = &[
    "appear",
    "arrive",
    "collapse",
    "depart",
    "die",
    "disappear",
    "emerge",
    "erupt",
    "exist",
    "explode",
    "happen",
    "march",
    "occur",
    "perish",
    "sleep",
    "subside",
    "vanish",
];

/// The tense or form of an inflected verb, as far as spelling tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// `send`, `restore`: present (or infinitive).
    Base,
    /// `sends`, `restores`.
    ThirdPerson,
    /// `sent`, `restored` (past tense or participle).
    Past,
    /// `sending`, `restoring`.
    Progressive,
}

/// Every form of `lemma` with what it is, in the order [`form_of`] prefers them (so a word
/// that is two forms, like `cut`, is listed first as the one `form_of` would say).
pub fn forms(lemma: &str) -> Vec<(String, Form)> {
    let mut out = vec![(lemma.to_string(), Form::Base)];
    let irregular = IRREGULAR.iter().find(|(l, _, _)| *l == lemma);
    if let Some(&(_, past, participle)) = irregular {
        out.push((past.to_string(), Form::Past));
        out.push((participle.to_string(), Form::Past));
    }
    out.push((third_person(lemma), Form::ThirdPerson));
    if irregular.is_none() {
        out.push((regular_past(lemma), Form::Past));
    }
    out.push((progressive(lemma), Form::Progressive));
    let mut seen: Vec<String> = Vec::new();
    out.retain(|(word, _)| {
        let new = !seen.contains(word);
        seen.push(word.clone());
        new
    });
    out
}

/// If `word` (lowercase) is a form of `lemma`, which form it is.
pub fn form_of(word: &str, lemma: &str) -> Option<Form> {
    if word == lemma {
        return Some(Form::Base);
    }
    let irregular = IRREGULAR.iter().find(|(l, _, _)| *l == lemma);
    if let Some(&(_, past, participle)) = irregular {
        if word == past || word == participle {
            return Some(Form::Past);
        }
    }
    if word == third_person(lemma) {
        return Some(Form::ThirdPerson);
    }
    if irregular.is_none() && word == regular_past(lemma) {
        return Some(Form::Past);
    }
    if word == progressive(lemma) {
        return Some(Form::Progressive);
    }
    None
}

/// Whether `word` (lowercase) is the past participle of `lemma` written like the lemma itself
/// ("was read", "were cut", "is put"): spelling alone cannot tell it from the present, so
/// only a governing "be" makes it a passive (rule "participle as the lemma" of `headline`).
pub fn participle_as_lemma(word: &str, lemma: &str) -> bool {
    word == lemma && IRREGULAR.iter().any(|&(l, _, participle)| l == lemma && participle == lemma)
}

/// The third-person singular present: `send` → `sends`, `reply` → `replies`, `reach` → `reaches`.
pub fn third_person(lemma: &str) -> String {
    match lemma {
        "be" => return "is".into(),
        "have" => return "has".into(),
        "do" => return "does".into(),
        "go" => return "goes".into(),
        _ => {}
    }
    if let Some(stem) = consonant_y_stem(lemma) {
        return format!("{stem}ies");
    }
    if ["s", "x", "z", "ch", "sh", "o"].iter().any(|end| lemma.ends_with(end)) {
        return format!("{lemma}es");
    }
    format!("{lemma}s")
}

/// The regular past: `restore` → `restored`, `reply` → `replied`, `stop` → `stopped`.
fn regular_past(lemma: &str) -> String {
    if lemma.ends_with('e') {
        return format!("{lemma}d");
    }
    if let Some(stem) = consonant_y_stem(lemma) {
        return format!("{stem}ied");
    }
    if let Some(last) = doubled_final_consonant(lemma) {
        return format!("{lemma}{last}ed");
    }
    format!("{lemma}ed")
}

/// The -ing form: `restore` → `restoring`, `stop` → `stopping`.
fn progressive(lemma: &str) -> String {
    if let Some(stem) = lemma.strip_suffix("ie") {
        return format!("{stem}ying");
    }
    if let Some(stem) = lemma.strip_suffix('e').filter(|_| !lemma.ends_with("ee")) {
        return format!("{stem}ing");
    }
    if let Some(last) = doubled_final_consonant(lemma) {
        return format!("{lemma}{last}ing");
    }
    format!("{lemma}ing")
}

/// For `reply`, `try`: the stem before a final `y` that follows a consonant.
fn consonant_y_stem(lemma: &str) -> Option<&str> {
    let stem = lemma.strip_suffix('y')?;
    let before = stem.chars().last()?;
    (!is_vowel(before)).then_some(stem)
}

/// Short verbs ending consonant-vowel-consonant double the consonant (`stop`, `ban`, `plan`).
/// Longer ones are stressed unpredictably, so only one-syllable lemmas are doubled here.
fn doubled_final_consonant(lemma: &str) -> Option<char> {
    let chars: Vec<char> = lemma.chars().collect();
    let n = chars.len();
    if n < 3 || chars.iter().filter(|c| is_vowel(**c)).count() != 1 {
        return None;
    }
    let (a, b, c) = (chars[n - 3], chars[n - 2], chars[n - 1]);
    (!is_vowel(a) && is_vowel(b) && !is_vowel(c) && !"wxy".contains(c)).then_some(c)
}

fn is_vowel(c: char) -> bool {
    "aeiou".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_participle_written_as_its_lemma_is_known_only_for_such_verbs() {
        assert!(participle_as_lemma("read", "read"));
        assert!(participle_as_lemma("spread", "spread"));
        assert!(!participle_as_lemma("reads", "read"));
        assert!(!participle_as_lemma("take", "take"));
        assert!(!participle_as_lemma("walk", "walk"));
    }

    #[test]
    fn regular_verbs_are_recognized_in_every_form() {
        assert_eq!(form_of("restored", "restore"), Some(Form::Past));
        assert_eq!(form_of("restores", "restore"), Some(Form::ThirdPerson));
        assert_eq!(form_of("restoring", "restore"), Some(Form::Progressive));
        assert_eq!(form_of("replied", "reply"), Some(Form::Past));
        assert_eq!(form_of("replies", "reply"), Some(Form::ThirdPerson));
        assert_eq!(form_of("stopped", "stop"), Some(Form::Past));
        assert_eq!(form_of("launches", "launch"), Some(Form::ThirdPerson));
        assert_eq!(form_of("agreed", "agree"), Some(Form::Past));
    }

    #[test]
    fn irregular_verbs_use_the_table() {
        assert_eq!(form_of("sent", "send"), Some(Form::Past));
        assert_eq!(form_of("blew", "blow"), Some(Form::Past));
        assert_eq!(form_of("held", "hold"), Some(Form::Past));
        assert_eq!(form_of("sworn", "swear"), Some(Form::Past));
        assert_eq!(form_of("sended", "send"), None);
    }

    #[test]
    fn unrelated_words_are_not_forms() {
        assert_eq!(form_of("sender", "send"), None);
        assert_eq!(form_of("restoration", "restore"), None);
    }

    #[test]
    fn third_person_spelling_rules() {
        assert_eq!(third_person("reply"), "replies");
        assert_eq!(third_person("play"), "plays");
        assert_eq!(third_person("reach"), "reaches");
        assert_eq!(third_person("go"), "goes");
        assert_eq!(third_person("send"), "sends");
    }

    #[test]
    fn progressive_spelling_rules() {
        assert_eq!(progressive("tie"), "tying");
        assert_eq!(progressive("free"), "freeing");
        assert_eq!(progressive("plan"), "planning");
        assert_eq!(progressive("open"), "opening");
    }

    #[test]
    fn forms_agree_with_form_of() {
        for lemma in ["send", "cut", "reply", "restore", "stop", "meet", "blow up"] {
            let head = lemma.split(' ').next().unwrap();
            for (word, form) in forms(head) {
                assert_eq!(form_of(&word, head), Some(form), "{word} of {head}");
            }
        }
    }

    /// The lemmatizer and [`third_person`] over every verb of UD English EWT train (read from
    /// `../shared`; the test passes with a message without it): a regular past tense,
    /// participle or -ing form gives its lemma back, from the model (its lexicon knows the
    /// treebank's verbs) and from the spelling rules alone (what a verb the lexicon does not
    /// know gets: "conceded" → "concede", not "conced"), and the present a title writes from
    /// the lemma is the form the treebank spells. Typos in the treebank ("sez") keep the
    /// bounds above zero.
    #[test]
    fn treebank_verbs_round_trip() {
        use crate::doc::syntax::{Model, Upos};
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/ud-english-ewt/en_ewt-ud-train.conllu"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("UD English EWT not found at {path}: skipped");
            return;
        };
        let model = &Model::embedded().lemmatizer;
        let rules = dateline_syntax::Lemmatizer::empty();
        let (mut regular, mut by_model, mut by_rules, mut third, mut third_wrong) = (0, 0, 0, 0, 0);
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 5 || f[3] != "VERB" || !f[2].chars().all(|c| c.is_ascii_lowercase()) {
                continue;
            }
            let (form, lemma) = (f[1].to_lowercase(), f[2]);
            if !form.chars().all(|c| c.is_ascii_lowercase()) {
                continue;
            }
            if (matches!(f[4], "VBD" | "VBN") && form == regular_past(lemma))
                || (f[4] == "VBG" && form == progressive(lemma))
            {
                regular += 1;
                by_model += usize::from(model.lemma(&form, Upos::Verb) != lemma);
                by_rules += usize::from(rules.by_rules(&form, Upos::Verb) != lemma);
            }
            if f[4] == "VBZ" {
                third += 1;
                third_wrong += usize::from(third_person(lemma) != form);
            }
        }
        eprintln!(
            "{regular} regular forms: {by_model} lemmatized wrong by the model, {by_rules} by \
             the rules alone; {third} third persons, {third_wrong} written otherwise"
        );
        assert!(regular > 5000 && third > 1000, "too few verbs read from {path}");
        assert!(by_model * 1000 <= regular, "{by_model} of {regular}");
        assert!(by_rules * 40 <= regular, "{by_rules} of {regular}");
        assert!(third_wrong * 100 <= third, "{third_wrong} of {third}");
    }
}
