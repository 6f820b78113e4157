use super::*;

#[test]
fn an_empty_tagger_tags_every_word() {
    let t = Tagger::empty();
    assert_eq!(t.tag(&["a", "b"]), vec![Upos::X, Upos::X]);
    assert!(t.tag(&[]).is_empty());
}
