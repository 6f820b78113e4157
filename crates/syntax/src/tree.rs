//! Reading a dependency tree: children, subjects, objects, negation, modifiers, subtrees.
//!
//! [`Tree`] is a view over one sentence's [`Analysis`] with each word's children listed and
//! each subtree's extent computed once (linear time), so the questions extractors ask — who is
//! the subject of this verb, is it negated, what modifies it, which words does this phrase
//! cover — are answered by looking, not by scanning the sentence. Word indices are 0-based.
//!
//! Rules, named where applied:
//! - **inherited subject**: a verb without a subject of its own takes the subject of the verb
//!   it is an open complement (`xcomp`) or a conjunct (`conj`) of: in "X met Y and signed Z",
//!   "signed" has X as subject; in "X failed to reach Y", "reach" has X.
//! - **passive**: a verb with an `aux:pass` or `nsubj:pass`/`csubj:pass` child.
//! - **negation**: a child "not", "n't", "never" (as `advmod`), or a determiner "no" on the
//!   object or subject.

use crate::tags::{Rel, Upos};
use crate::Analysis;

/// Words that negate the verb they modify (lemmas).
const NEGATORS: [&str; 4] = ["not", "n't", "never", "neither"];

/// A sentence's analysis with its tree structure made explicit.
#[derive(Debug, Clone)]
pub struct Tree<'a> {
    analysis: &'a Analysis,
    /// `child_start[i]..child_start[i + 1]` index `children` for word `i`.
    child_start: Vec<usize>,
    children: Vec<usize>,
    /// First and last word (inclusive) of each word's subtree.
    extent: Vec<(usize, usize)>,
}

impl<'a> Tree<'a> {
    /// The tree of `analysis`. A malformed analysis (a head out of range, a cycle) is read as
    /// well as it can be: such arcs are ignored, never followed forever.
    pub fn new(analysis: &'a Analysis) -> Tree<'a> {
        let n = analysis.heads.len();
        let head = |i: usize| analysis.heads[i].filter(|&h| h < n && h != i);
        let mut count = vec![0usize; n + 1];
        for i in 0..n {
            if let Some(h) = head(i) {
                count[h + 1] += 1;
            }
        }
        for i in 0..n {
            count[i + 1] += count[i];
        }
        let child_start = count.clone();
        let mut fill = count;
        let mut children = vec![0; child_start[n]];
        for i in 0..n {
            if let Some(h) = head(i) {
                children[fill[h]] = i;
                fill[h] += 1;
            }
        }
        // Subtree extents, children before parents: a breadth-first order from the roots,
        // reversed. Words on a cycle are never reached and keep their own extent.
        let mut order: Vec<usize> = (0..n).filter(|&i| head(i).is_none()).collect();
        let mut k = 0;
        while k < order.len() {
            let w = order[k];
            order.extend_from_slice(&children[child_start[w]..child_start[w + 1]]);
            k += 1;
        }
        let mut extent: Vec<(usize, usize)> = (0..n).map(|i| (i, i)).collect();
        for &w in order.iter().rev() {
            if let Some(h) = head(w) {
                let (lo, hi) = extent[w];
                extent[h].0 = extent[h].0.min(lo);
                extent[h].1 = extent[h].1.max(hi);
            }
        }
        Tree { analysis, child_start, children, extent }
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.analysis.heads.len()
    }

    /// Whether the sentence has no words.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The analysis this tree reads.
    pub fn analysis(&self) -> &'a Analysis {
        self.analysis
    }

    /// Word `i`'s head, `None` for a root (or an index out of range).
    pub fn head(&self, i: usize) -> Option<usize> {
        self.analysis.heads.get(i).copied().flatten().filter(|&h| h < self.len() && h != i)
    }

    /// Word `i`'s relation to its head (`dep` for an index out of range).
    pub fn rel(&self, i: usize) -> Rel {
        self.analysis.rels.get(i).copied().unwrap_or(Rel::DEP)
    }

    /// Word `i`'s tag (`X` for an index out of range).
    pub fn upos(&self, i: usize) -> Upos {
        self.analysis.upos.get(i).copied().unwrap_or(Upos::X)
    }

    /// Word `i`'s lemma (`""` for an index out of range).
    pub fn lemma(&self, i: usize) -> &'a str {
        self.analysis.lemmas.get(i).map_or("", String::as_str)
    }

    /// The roots (one for a well-formed parse).
    pub fn roots(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len()).filter(|&i| self.head(i).is_none())
    }

    /// Word `i`'s dependents, left to right.
    pub fn children(&self, i: usize) -> &[usize] {
        if i >= self.len() {
            return &[];
        }
        &self.children[self.child_start[i]..self.child_start[i + 1]]
    }

    /// Word `i`'s dependents whose relation is `rel` or one of its subtypes.
    pub fn children_by(&self, i: usize, rel: Rel) -> impl Iterator<Item = usize> + '_ {
        self.children(i).iter().copied().filter(move |&c| self.rel(c).is_a(rel))
    }

    /// The first and last word (inclusive) of word `i`'s subtree.
    pub fn extent(&self, i: usize) -> (usize, usize) {
        self.extent.get(i).copied().unwrap_or((i, i))
    }

    /// Whether `ancestor` dominates `i` (or is `i`).
    pub fn dominates(&self, ancestor: usize, mut i: usize) -> bool {
        for _ in 0..=self.len() {
            if i == ancestor {
                return true;
            }
            match self.head(i) {
                Some(h) => i = h,
                None => return false,
            }
        }
        false
    }

    /// The subject of predicate `i`: its `nsubj`/`csubj` (passive subjects included), or by
    /// rule **inherited subject** the subject of the verb it is an `xcomp` or `conj` of.
    pub fn subject(&self, i: usize) -> Option<usize> {
        let mut p = i;
        for _ in 0..self.len() {
            if let Some(s) = self
                .children(p)
                .iter()
                .copied()
                .find(|&c| self.rel(c).is_a(Rel::NSUBJ) || self.rel(c).is_a(Rel::CSUBJ))
            {
                return Some(s);
            }
            let rel = self.rel(p);
            match self.head(p) {
                Some(h) if rel == Rel::XCOMP || rel == Rel::CONJ => p = h, // inherited subject
                _ => return None,
            }
        }
        None
    }

    /// Rule **passive**: whether predicate `i` is in the passive voice.
    pub fn is_passive(&self, i: usize) -> bool {
        self.children(i).iter().any(|&c| {
            matches!(self.rel(c), r if r == Rel::AUX_PASS || r == Rel::NSUBJ_PASS || r == Rel::CSUBJ_PASS)
        })
    }

    /// The agent of a passive predicate: the noun of its "by" phrase (`obl:agent`).
    pub fn agent(&self, i: usize) -> Option<usize> {
        self.children(i).iter().copied().find(|&c| self.rel(c) == Rel::OBL_AGENT)
    }

    /// The direct and indirect objects of predicate `i`.
    pub fn objects(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.children(i)
            .iter()
            .copied()
            .filter(move |&c| matches!(self.rel(c), Rel::OBJ | Rel::IOBJ))
    }

    /// Obliques, adverbial modifiers and adverbial clauses of predicate `i`: where its date,
    /// place and manner are found (negators are [`Tree::is_negated`]'s, not listed here).
    pub fn modifiers(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.children(i).iter().copied().filter(move |&c| {
            let r = self.rel(c);
            (r.is_a(Rel::OBL) || r == Rel::ADVMOD || r.is_a(Rel::ADVCL) || r == Rel::NMOD_UNMARKED)
                && !self.is_negator(c)
        })
    }

    fn is_negator(&self, i: usize) -> bool {
        let lemma = self.lemma(i);
        NEGATORS.iter().any(|n| n.eq_ignore_ascii_case(lemma))
    }

    /// The auxiliaries of predicate `i` (lemmas such as "will", "would", "have").
    pub fn auxiliaries(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.children(i).iter().copied().filter(move |&c| self.rel(c).is_a(Rel::AUX))
    }

    /// Rule **negation**: whether predicate `i` is negated.
    pub fn is_negated(&self, i: usize) -> bool {
        self.children(i).iter().any(|&c| self.rel(c) == Rel::ADVMOD && self.is_negator(c))
            || self.children(i).iter().any(|&c| {
                (self.rel(c) == Rel::OBJ || self.rel(c).is_a(Rel::NSUBJ))
                    && self
                        .children_by(c, Rel::DET)
                        .any(|d| self.lemma(d).eq_ignore_ascii_case("no"))
            })
    }

    /// The predicate of the clause word `i` belongs to: `i` itself when it heads a clause
    /// (a verb, or any word with a subject, copula or auxiliary), else the nearest ancestor
    /// that does.
    pub fn clause_head(&self, mut i: usize) -> Option<usize> {
        for _ in 0..=self.len() {
            if i >= self.len() {
                return None;
            }
            if self.heads_clause(i) {
                return Some(i);
            }
            i = self.head(i)?;
        }
        None
    }

    fn heads_clause(&self, i: usize) -> bool {
        self.upos(i) == Upos::Verb
            || self.children(i).iter().any(|&c| {
                let r = self.rel(c);
                r.is_a(Rel::NSUBJ) || r == Rel::COP || r.is_a(Rel::AUX)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An analysis from `(lemma, upos, head (1-based, 0 root), rel)` rows.
    fn analysis(rows: &[(&str, Upos, usize, &str)]) -> Analysis {
        Analysis {
            upos: rows.iter().map(|r| r.1).collect(),
            lemmas: rows.iter().map(|r| r.0.to_string()).collect(),
            heads: rows.iter().map(|r| r.2.checked_sub(1)).collect(),
            rels: rows.iter().map(|r| Rel::from_name(r.3)).collect(),
        }
    }

    #[test]
    fn subject_objects_extent_and_inherited_subject() {
        // "Kim met Moon and signed a deal"
        let a = analysis(&[
            ("Kim", Upos::Propn, 2, "nsubj"),
            ("meet", Upos::Verb, 0, "root"),
            ("Moon", Upos::Propn, 2, "obj"),
            ("and", Upos::Cconj, 5, "cc"),
            ("sign", Upos::Verb, 2, "conj"),
            ("a", Upos::Det, 7, "det"),
            ("deal", Upos::Noun, 5, "obj"),
        ]);
        let t = Tree::new(&a);
        assert_eq!(t.roots().collect::<Vec<_>>(), [1]);
        assert_eq!(t.subject(1), Some(0));
        assert_eq!(t.subject(4), Some(0), "inherited subject");
        assert_eq!(t.objects(4).collect::<Vec<_>>(), [6]);
        assert_eq!(t.extent(6), (5, 6));
        assert_eq!(t.extent(1), (0, 6));
        assert_eq!(t.clause_head(5), Some(4));
        assert!(t.dominates(1, 5) && !t.dominates(4, 2));
        assert!(!t.is_negated(1) && !t.is_passive(1));
    }

    #[test]
    fn passive_agent_and_negation() {
        // "Smith was not fired by the board"
        let a = analysis(&[
            ("Smith", Upos::Propn, 4, "nsubj:pass"),
            ("be", Upos::Aux, 4, "aux:pass"),
            ("not", Upos::Part, 4, "advmod"),
            ("fire", Upos::Verb, 0, "root"),
            ("by", Upos::Adp, 7, "case"),
            ("the", Upos::Det, 7, "det"),
            ("board", Upos::Noun, 4, "obl:agent"),
        ]);
        let t = Tree::new(&a);
        assert!(t.is_passive(3));
        assert!(t.is_negated(3));
        assert_eq!(t.agent(3), Some(6));
        assert_eq!(t.subject(3), Some(0));
        assert_eq!(t.auxiliaries(3).collect::<Vec<_>>(), [1]);
        assert_eq!(t.modifiers(3).collect::<Vec<_>>(), [6]);
    }

    #[test]
    fn malformed_analyses_do_not_hang_or_panic() {
        let cyclic = Analysis {
            upos: vec![Upos::Noun; 3],
            lemmas: vec![String::new(); 3],
            heads: vec![Some(1), Some(0), Some(9)],
            rels: vec![Rel::DEP; 2],
        };
        let t = Tree::new(&cyclic);
        assert_eq!(t.subject(0), None);
        assert_eq!(t.clause_head(0), None);
        assert!(!t.dominates(2, 0));
        assert_eq!(t.children(7), &[] as &[usize]);
        assert_eq!(t.rel(2), Rel::DEP);
        let empty = Analysis::default();
        assert!(Tree::new(&empty).is_empty());
    }
}
