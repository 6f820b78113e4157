//! Who acts in a gerund a verb's object governs.
//!
//! - **rule "gerund of the object"**: a gerund opened by "of", "for" or "with" after a
//!   verb's object that names someone ("accused the manager of grabbing her", "thanked the
//!   volunteers for coming", "charged him with stealing") is what that object did, whether
//!   the parser hung it on the object or on the verb.

use crate::bundle::EntityKind;
use crate::doc::syntax::{Rel, Upos};
use crate::event::headline::Headline;

/// Prepositions that open a gerund about the object before them.
const GERUND_MARKERS: &[&str] = &["of", "for", "with"];

/// Rule "gerund of the object": the object of a verb that gerund `v` is about, when `v`
/// hangs on that object (`head`) or on the verb itself.
pub(super) fn gerund_object(h: &Headline<'_>, head: usize, v: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let gerund = h.word(v).to_lowercase().ends_with("ing") && tree.upos(v) == Upos::Verb;
    let marked = tree.children(v).iter().any(|&c| {
        matches!(tree.rel(c), Rel::MARK | Rel::CASE)
            && c < v
            && GERUND_MARKERS.contains(&h.lemma(c).as_str())
    });
    if !(gerund && marked) {
        return None;
    }
    // The parser may coordinate a title and name with the object ("accused Donald Trump
    // campaign manager Corey Lewandowski of …" as "Donald Trump" and "Corey Lewandowski"):
    // the conjunct next to the gerund is its object still.
    let mut top = head;
    while tree.rel(top) == Rel::CONJ {
        top = tree.head(top)?;
    }
    let object = if tree.rel(top) == Rel::OBJ
        && tree.head(top).is_some_and(|verb| tree.upos(verb) == Upos::Verb)
    {
        head
    } else if tree.upos(head) == Upos::Verb && tree.rel(v).is_a(Rel::ADVCL) {
        tree.children(head)
            .iter()
            .copied()
            .find(|&o| tree.rel(o) == Rel::OBJ && head < o && o < v)?
    } else {
        return None;
    };
    let someone = match tree.upos(object) {
        Upos::Propn => true,
        Upos::Pron => !h.lemma(object).ends_with("self") && h.lemma(object) != "it",
        Upos::Noun => h.actor_at(object).is_some_and(|a| a.kind != EntityKind::Place),
        _ => false,
    };
    (someone && !h.in_date(object)).then_some(object)
}
