//! The label sets: Universal POS tags ([`Upos`]) and dependency relations ([`Rel`]).
//!
//! Both are closed tables compiled in, so the extractors can match on them
//! (`Upos::Verb`, `Rel::NSUBJ_PASS`) and the model file stores them as small integers. The
//! relations are the universal ones plus the English subtypes UD English EWT uses (the parser
//! predicts subtypes; LAS is scored on the universal part, [`Rel::universal`]).

/// A Universal POS tag (<https://universaldependencies.org/u/pos/>).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

/// Every tag, in the order of their `u8` values.
pub const UPOS_ALL: [Upos; 17] = [
    Upos::Adj,
    Upos::Adp,
    Upos::Adv,
    Upos::Aux,
    Upos::Cconj,
    Upos::Det,
    Upos::Intj,
    Upos::Noun,
    Upos::Num,
    Upos::Part,
    Upos::Pron,
    Upos::Propn,
    Upos::Punct,
    Upos::Sconj,
    Upos::Sym,
    Upos::Verb,
    Upos::X,
];

const UPOS_NAMES: [&str; 17] = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
];

impl Upos {
    /// The tag's CoNLL-U name (`"NOUN"`).
    pub fn name(self) -> &'static str {
        UPOS_NAMES[self as usize]
    }

    /// The tag named `name` (CoNLL-U spelling), if there is one.
    pub fn from_name(name: &str) -> Option<Upos> {
        UPOS_NAMES.iter().position(|n| *n == name).map(|i| UPOS_ALL[i])
    }

    /// The tag with the `u8` value `i`, if there is one.
    pub fn from_index(i: usize) -> Option<Upos> {
        UPOS_ALL.get(i).copied()
    }

    /// Nouns, proper nouns and pronouns: what can head a noun phrase.
    pub fn is_nominal(self) -> bool {
        matches!(self, Upos::Noun | Upos::Propn | Upos::Pron)
    }
}

/// Dependency relation names; the index of a name is its [`Rel`] value. Universal relations
/// first (in the order of the UD documentation), then EWT's subtypes.
const REL_NAMES: [&str; 52] = [
    "root",
    "nsubj",
    "obj",
    "iobj",
    "csubj",
    "ccomp",
    "xcomp",
    "obl",
    "vocative",
    "expl",
    "dislocated",
    "advcl",
    "advmod",
    "discourse",
    "aux",
    "cop",
    "mark",
    "nmod",
    "appos",
    "nummod",
    "acl",
    "amod",
    "det",
    "clf",
    "case",
    "conj",
    "cc",
    "fixed",
    "flat",
    "compound",
    "list",
    "parataxis",
    "orphan",
    "goeswith",
    "reparandum",
    "punct",
    "dep",
    // EWT's subtypes.
    "nsubj:pass",
    "nsubj:outer",
    "csubj:pass",
    "csubj:outer",
    "obl:unmarked",
    "obl:agent",
    "aux:pass",
    "nmod:poss",
    "nmod:unmarked",
    "nmod:desc",
    "acl:relcl",
    "advcl:relcl",
    "det:predet",
    "cc:preconj",
    "compound:prt",
];

/// A dependency relation: an index into a fixed table of universal relations and EWT subtypes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Rel(u8);

impl Rel {
    pub const ROOT: Rel = Rel(0);
    pub const NSUBJ: Rel = Rel(1);
    pub const OBJ: Rel = Rel(2);
    pub const IOBJ: Rel = Rel(3);
    pub const CSUBJ: Rel = Rel(4);
    pub const CCOMP: Rel = Rel(5);
    pub const XCOMP: Rel = Rel(6);
    pub const OBL: Rel = Rel(7);
    pub const VOCATIVE: Rel = Rel(8);
    pub const EXPL: Rel = Rel(9);
    pub const DISLOCATED: Rel = Rel(10);
    pub const ADVCL: Rel = Rel(11);
    pub const ADVMOD: Rel = Rel(12);
    pub const DISCOURSE: Rel = Rel(13);
    pub const AUX: Rel = Rel(14);
    pub const COP: Rel = Rel(15);
    pub const MARK: Rel = Rel(16);
    pub const NMOD: Rel = Rel(17);
    pub const APPOS: Rel = Rel(18);
    pub const NUMMOD: Rel = Rel(19);
    pub const ACL: Rel = Rel(20);
    pub const AMOD: Rel = Rel(21);
    pub const DET: Rel = Rel(22);
    pub const CLF: Rel = Rel(23);
    pub const CASE: Rel = Rel(24);
    pub const CONJ: Rel = Rel(25);
    pub const CC: Rel = Rel(26);
    pub const FIXED: Rel = Rel(27);
    pub const FLAT: Rel = Rel(28);
    pub const COMPOUND: Rel = Rel(29);
    pub const LIST: Rel = Rel(30);
    pub const PARATAXIS: Rel = Rel(31);
    pub const ORPHAN: Rel = Rel(32);
    pub const GOESWITH: Rel = Rel(33);
    pub const REPARANDUM: Rel = Rel(34);
    pub const PUNCT: Rel = Rel(35);
    pub const DEP: Rel = Rel(36);
    pub const NSUBJ_PASS: Rel = Rel(37);
    pub const NSUBJ_OUTER: Rel = Rel(38);
    pub const CSUBJ_PASS: Rel = Rel(39);
    pub const CSUBJ_OUTER: Rel = Rel(40);
    pub const OBL_UNMARKED: Rel = Rel(41);
    pub const OBL_AGENT: Rel = Rel(42);
    pub const AUX_PASS: Rel = Rel(43);
    pub const NMOD_POSS: Rel = Rel(44);
    pub const NMOD_UNMARKED: Rel = Rel(45);
    pub const NMOD_DESC: Rel = Rel(46);
    pub const ACL_RELCL: Rel = Rel(47);
    pub const ADVCL_RELCL: Rel = Rel(48);
    pub const DET_PREDET: Rel = Rel(49);
    pub const CC_PRECONJ: Rel = Rel(50);
    pub const COMPOUND_PRT: Rel = Rel(51);

    /// How many relations there are (values are `0..COUNT`).
    pub const COUNT: usize = REL_NAMES.len();

    /// The relation's CoNLL-U name, subtype included (`"nsubj:pass"`).
    pub fn name(self) -> &'static str {
        REL_NAMES[self.0 as usize]
    }

    /// The universal relation without its subtype (`"nsubj"` for `nsubj:pass`).
    pub fn universal(self) -> &'static str {
        let name = self.name();
        name.split_once(':').map_or(name, |(u, _)| u)
    }

    /// Whether the universal part of this relation is `other`'s (`nsubj:pass` is an `nsubj`).
    pub fn is_a(self, other: Rel) -> bool {
        self.universal() == other.universal()
    }

    /// The relation named `name`. A subtype this table lacks falls back to its universal
    /// relation; a name that is not a universal relation at all becomes `dep`.
    pub fn from_name(name: &str) -> Rel {
        if let Some(i) = REL_NAMES.iter().position(|n| *n == name) {
            return Rel(i as u8);
        }
        let universal = name.split_once(':').map_or(name, |(u, _)| u);
        REL_NAMES.iter().position(|n| *n == universal).map_or(Rel::DEP, |i| Rel(i as u8))
    }

    /// The relation's index (`0..Rel::COUNT`).
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The relation with index `i`, if there is one.
    pub fn from_index(i: usize) -> Option<Rel> {
        (i < Rel::COUNT).then_some(Rel(i as u8))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upos_names_round_trip() {
        for tag in UPOS_ALL {
            assert_eq!(Upos::from_name(tag.name()), Some(tag));
            assert_eq!(Upos::from_index(tag as usize), Some(tag));
        }
        assert_eq!(Upos::from_name("NN"), None);
    }

    #[test]
    fn rel_names_round_trip_and_fall_back() {
        for i in 0..Rel::COUNT {
            let rel = Rel::from_index(i).unwrap();
            assert_eq!(Rel::from_name(rel.name()), rel);
        }
        assert_eq!(Rel::from_name("nsubj:pass"), Rel::NSUBJ_PASS);
        assert_eq!(Rel::NSUBJ_PASS.universal(), "nsubj");
        assert!(Rel::NSUBJ_PASS.is_a(Rel::NSUBJ));
        assert_eq!(Rel::from_name("obl:tmod"), Rel::OBL);
        assert_eq!(Rel::from_name("nonsense"), Rel::DEP);
        assert_eq!(Rel::from_index(Rel::COUNT), None);
    }
}
