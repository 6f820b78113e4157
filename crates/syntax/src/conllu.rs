//! CoNLL-U, the Universal Dependencies file format: reading treebanks and writing parses.
//!
//! Reading keeps each sentence's syntactic words exactly as given: multiword-token range lines
//! (`3-4`) and empty nodes (`5.1`) are skipped, comments are kept. Fields that are `_` stay
//! `_`; nothing is ever dropped silently: a malformed line is an [`Error`] with its line number.

use std::fmt::{self, Write as _};

use crate::tags::{Rel, Upos};
use crate::Error;

/// One syntactic word of a CoNLL-U sentence (the columns the tagger and parser use).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    /// `None` when the column is `_` or not a UPOS tag.
    pub upos: Option<Upos>,
    pub xpos: String,
    pub feats: String,
    /// 1-based index of the head word, 0 for the root; `None` when the column is `_`.
    pub head: Option<usize>,
    /// The relation as written (subtype included); `_` when absent.
    pub deprel: String,
}

impl Word {
    /// The relation as a [`Rel`] (unknown subtypes fall back to their universal relation).
    pub fn rel(&self) -> Rel {
        Rel::from_name(&self.deprel)
    }
}

/// A sentence: its comment lines (without `# `) and its words.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    pub comments: Vec<String>,
    pub words: Vec<Word>,
}

impl Sentence {
    /// The word forms, in order.
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }

    /// The sentence id from a `# sent_id = …` comment, if any.
    pub fn id(&self) -> Option<&str> {
        self.comments.iter().find_map(|c| c.strip_prefix("sent_id = "))
    }
}

/// Reads every sentence of a CoNLL-U text.
pub fn parse(text: &str) -> Result<Vec<Sentence>, Error> {
    let mut sentences = Vec::new();
    let mut current = Sentence::default();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !current.words.is_empty() || !current.comments.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        if let Some(comment) = line.strip_prefix('#') {
            current.comments.push(comment.trim_start().to_string());
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(Error::Conllu {
                line: n + 1,
                message: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue; // a multiword-token range or an empty node
        }
        let id: usize = cols[0].parse().map_err(|_| Error::Conllu {
            line: n + 1,
            message: format!("word id {:?} is not a number", cols[0]),
        })?;
        if id != current.words.len() + 1 {
            return Err(Error::Conllu {
                line: n + 1,
                message: format!("word id {id} out of sequence"),
            });
        }
        let head = match cols[6] {
            "_" => None,
            h => Some(h.parse().map_err(|_| Error::Conllu {
                line: n + 1,
                message: format!("head {h:?} is not a number"),
            })?),
        };
        current.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: Upos::from_name(cols[3]),
            xpos: cols[4].to_string(),
            feats: cols[5].to_string(),
            head,
            deprel: cols[7].to_string(),
        });
    }
    if !current.words.is_empty() || !current.comments.is_empty() {
        sentences.push(current);
    }
    // A sentence made only of comments (a file's header) carries no words to read.
    sentences.retain(|s| !s.words.is_empty());
    for s in &sentences {
        if let Some(w) = s.words.iter().find(|w| w.head.is_some_and(|h| h > s.words.len())) {
            return Err(Error::Conllu {
                line: 0,
                message: format!(
                    "sentence {}: head of {:?} points past the sentence",
                    s.id().unwrap_or("?"),
                    w.form
                ),
            });
        }
    }
    Ok(sentences)
}

/// One word's analysis, as [`write`] prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    pub form: &'a str,
    pub lemma: &'a str,
    pub upos: Upos,
    /// 1-based head, 0 for the root.
    pub head: usize,
    pub rel: Rel,
    /// The MISC column (`_` when empty), e.g. `SpaceAfter=No` or a byte span.
    pub misc: &'a str,
}

/// Appends one sentence in CoNLL-U (ID, FORM, LEMMA, UPOS, HEAD, DEPREL, MISC; the other
/// columns `_`), its comments first, then a blank line.
pub fn write(out: &mut String, comments: &[String], rows: &[Row<'_>]) {
    for c in comments {
        let _ = writeln!(out, "# {}", c.replace(['\n', '\r'], " "));
    }
    for (i, r) in rows.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t_\t_\t{}\t{}\t_\t{}",
            i + 1,
            field(r.form),
            field(r.lemma),
            r.upos.name(),
            r.head,
            r.rel.name(),
            field(r.misc)
        );
    }
    out.push('\n');
}

/// A CoNLL-U field never holds a tab, a newline, or nothing at all.
fn field(s: &str) -> FieldText<'_> {
    FieldText(s)
}

struct FieldText<'a>(&'a str);

impl fmt::Display for FieldText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("_");
        }
        for c in self.0.chars() {
            f.write_char(if matches!(c, '\t' | '\n' | '\r') { ' ' } else { c })?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = s1\n# text = I can't go.\n1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n4.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn reads_words_and_skips_ranges_and_empty_nodes() {
        let s = parse(SAMPLE).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].forms(), ["I", "ca", "n't", "go", "."]);
        assert_eq!(s[0].id(), Some("s1"));
        assert_eq!(s[0].words[3].head, Some(0));
        assert_eq!(s[0].words[0].upos, Some(Upos::Pron));
        assert_eq!(s[0].words[0].rel(), Rel::NSUBJ);
    }

    #[test]
    fn reports_malformed_lines_with_their_number() {
        let err = parse("1\tI\n").unwrap_err();
        assert!(matches!(err, Error::Conllu { line: 1, .. }), "{err}");
        let err = parse("2\tI\tI\tPRON\t_\t_\t0\troot\t_\t_\n").unwrap_err();
        assert!(err.to_string().contains("out of sequence"), "{err}");
        let err = parse("1\tI\tI\tPRON\t_\t_\t7\troot\t_\t_\n").unwrap_err();
        assert!(err.to_string().contains("past the sentence"), "{err}");
    }

    #[test]
    fn crlf_and_a_missing_final_blank_line_are_fine() {
        let s = parse("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\r\n").unwrap();
        assert_eq!(s[0].words[0].form, "Hi");
        assert!(parse("").unwrap().is_empty());
    }

    #[test]
    fn writes_what_it_reads() {
        let rows = [
            Row { form: "Hi", lemma: "hi", upos: Upos::Intj, head: 0, rel: Rel::ROOT, misc: "" },
            Row { form: "a\tb", lemma: "", upos: Upos::X, head: 1, rel: Rel::DEP, misc: "" },
        ];
        let mut out = String::new();
        write(&mut out, &["text = Hi".to_string()], &rows);
        let back = parse(&out).unwrap();
        assert_eq!(back[0].forms(), ["Hi", "a b"]);
        assert_eq!(back[0].words[1].lemma, "_");
        assert_eq!(back[0].words[1].head, Some(1));
    }
}
