//! The closed-class words of mood that rule "realis" of [`super::predicate`] reads: modals,
//! subordinators of condition, and the verbs and nouns whose complement did not (or not yet)
//! happen: failure, purpose, desire, plan, commitment. Data only; re-exported by
//! [`super::taxonomy`].

/// Verbs whose open complement did not happen: "failed to reach", "avoided taking her to
/// the hospital" (lemmas; rule "realis").
pub const FAILURE_GOVERNORS: &[&str] = &["fail", "refuse", "decline", "deny", "avoid", "refrain"];

/// Words that open a clause its governor argues or acts against, or goes without: "advocated
/// against leaving a force there", "left without paying", "stayed instead of going" (lemmas
/// of a subordinator or preposition on the clause's verb; rule "opposed act").
pub const OPPOSING_MARKERS: &[&str] = &["against", "without", "instead"];

/// Verbs whose "to" complement is only the purpose of what was done, never a thing done:
/// "what he is doing to get himself elected", "did everything to stop it" (lemmas; rule
/// "purpose").
pub const PURPOSE_GOVERNORS: &[&str] = &["do"];

/// Nouns of failure: their infinitive did not happen ("the failure to comprehend", "his
/// refusal to testify"; rule "realis").
pub const FAILURE_NOUNS: &[&str] =
    &["failure", "refusal", "inability", "unwillingness", "reluctance"];

/// Auxiliaries that make a clause hypothetical or conditional: its event did not happen.
pub const HYPOTHETICAL_MODALS: &[&str] = &["would", "could", "might", "may", "should", "must"];

/// Auxiliaries of ability: the verb they govern tells what can be done, not an act ("she can
/// hold off the surge"); an event noun of their clause is still real ("can take part in the
/// summit in April").
pub const ABILITY_MODALS: &[&str] = &["can"];

/// Auxiliaries that make a clause's event expected, not happened.
pub const FUTURE_MODALS: &[&str] = &["will", "shall", "'ll", "wo"];

/// Subordinators whose clause is a condition, a purpose or an alternative, not a report.
pub const CONDITIONAL_MARKERS: &[&str] = &["if", "unless", "whether", "lest"];

/// Subordinators of a condition: the clause an adverbial clause they open modifies holds only
/// on that condition ("they will leave if we do not act"; rule "condition consequent").
pub const CONDITION_MARKERS: &[&str] = &["if", "unless"];

/// Adverbs that make a condition concessive: "even if it rains, the march went ahead" still
/// happened (rule "condition consequent").
pub const CONCESSIVE_ADVERBS: &[&str] = &["even"];

/// Verbs whose progressive with a "to" infinitive is the future, no act of their own: "they
/// are going to clean our plow" (lemmas; rule "going to").
pub const FUTURE_PERIPHRASES: &[&str] = &["go"];

/// Verbs of labelling: their bare participle ("the letter, dated Monday", "titled 'A Long
/// Night'", "nicknamed the Fox") describes a thing, no happening (lemmas; rule "label
/// participle"). "Named" is left out: "X named commander" is a headline's passive.
pub const LABEL_VERBS: &[&str] = &["date", "title", "entitle", "nickname", "dub", "label"];

/// Verbs that also tell a conclusion reached: with a clause for complement and no object
/// ("investigators concluded that the fire was set", "determined that he fired") they report
/// a finding whose clause is the news, not a deal or an act (lemmas; rule "conclusion
/// clause"); "concluded a treaty" stays a deal.
pub const CONCLUSION_VERBS: &[&str] = &["conclude", "determine"];

/// Free relative pronouns: as a subject ("whatever happens") they name no happening in
/// particular.
pub const FREE_RELATIVES: &[&str] = &["whatever", "whoever", "whichever"];

/// Verbs whose open complement did not (or not yet) happen: "failed to reach", "plans to
/// buy" (lemmas). A complement of these is never an event that happened.
pub const UNREALIZED_GOVERNORS: &[&str] = &[
    "fail", "refuse", "decline", "plan", "intend", "hope", "want", "seek", "try", "attempt",
    "threaten", "expect", "aim", "propose", "offer", "consider", "prepare", "wish", "need",
    "promise", "pledge", "vow", "vote", "ask", "urge", "call", "demand",
];

/// Verbs of desire, request and attempt: their open complement is wished, asked for or tried,
/// neither done nor planned ("wants the envoys to meet his son", "urged voters to stay home",
/// "tried to flee"): no event (lemmas; rule "desired act"). A plan ("plans to leave") is
/// expected instead ([`UNREALIZED_GOVERNORS`]).
/// With them the adjectives (and participles, by lemma) of eagerness and readiness: "are eager
/// to", "is keen to", "are pumped to re-elect him", "is ready to sign".
pub const DESIRE_GOVERNORS: &[&str] = &[
    "want",
    "hope",
    "wish",
    "seek",
    "try",
    "attempt",
    "need",
    "ask",
    "urge",
    "demand",
    "eager",
    "keen",
    "anxious",
    "ready",
    "willing",
    "desperate",
    "impatient",
    "pump",
    "excite",
];

/// Nouns of desire, pressure and attempt: their infinitive is wished or tried, not done
/// ("faces pressure to quit", "a bid to win the seat", "calls for him to resign"; rule
/// "desired act").
pub const DESIRE_NOUNS: &[&str] = &[
    "pressure", "call", "demand", "request", "push", "appeal", "bid", "attempt", "effort",
    "desire", "wish", "hope",
];

/// Nouns of a possibility, right or means: their infinitive tells what may be done, not an
/// act ("has two chances to win", "had the right to appeal", "enough evidence to bring
/// charges"; rule "possible act").
pub const POSSIBILITY_NOUNS: &[&str] = &[
    "opportunity",
    "chance",
    "right",
    "power",
    "authority",
    "ability",
    "capacity",
    "means",
    "option",
    "evidence",
    "freedom",
    "permission",
    "time",
    "room",
    "reason",
    "way",
];

/// Verbs of a commitment made: "voted to support the republic Friday", "pledged to cut
/// emissions": the vote or pledge is what happened, its open complement only what was
/// committed to (lemmas; rule "committed act").
pub const COMMITMENT_GOVERNORS: &[&str] = &["vote", "pledge", "promise", "vow"];

/// Adjectives of ease or possibility: their infinitive is what would be hard or easy, not a
/// thing done ("more difficult for the senator to win", "impossible to reach"; lemmas, rule
/// "adjective's infinitive").
pub const EASE_ADJECTIVES: &[&str] =
    &["difficult", "hard", "easy", "tough", "impossible", "possible", "eligible", "free"];

/// Degree adverbs on an adjective whose infinitive says what the degree would allow ("strong
/// enough to put states in play", "too focused to care"; rule "adjective's infinitive").
pub const DEGREE_ADVERBS: &[&str] = &["enough", "too", "sufficiently"];
