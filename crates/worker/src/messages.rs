//! What the worker says to people about a text they gave (why it was refused, what is doubtful
//! about it), in the reader's language: the page sends its locale's tag with each text
//! ([`crate::protocol::field::LANG`]). A language is a [`Messages`] table of templates whose
//! `{name}` holes [`fill`] fills, like the page's own tables (`crates/web/src/i18n`, which
//! uses this [`fill`]). What the core itself notes (a value it could not read) stays as the
//! core says it, in English.

/// One language's messages. Holes: `{name}` the file's name, `{mb}` its size and `{max}` the
/// limit in MB, `{why}` what is wrong.
pub struct Messages {
    /// The BCP 47 primary language tag.
    pub tag: &'static str,
    pub too_large: &'static str,
    pub no_article: &'static str,
    pub no_record: &'static str,
    pub binary: &'static str,
    pub empty: &'static str,
    pub unreadable: &'static str,
    pub not_utf8: &'static str,
    pub undated: &'static str,
    pub not_english: &'static str,
}

pub static EN: Messages = Messages {
    tag: "en",
    too_large: "“{name}” is {mb} MB; Dateline reads articles up to {max} MB each (a long news article is about 0.05 MB). Split it into articles and add them together. Nothing was added.",
    no_article: "“{name}” has no article Dateline can read: {why}",
    no_record: "it holds no record",
    binary: "“{name}” looks like a binary file, not text: Dateline reads plain-text articles (.txt), saved pages (.html) and exports (.jsonl, .csv). Nothing was added.",
    empty: "“{name}” is empty: there is no text to read.",
    unreadable: "“{name}” could not be read.",
    not_utf8: "Some bytes were not UTF-8 text and show as �; save the file as UTF-8 for a clean copy.",
    undated: "It does not say when it was published. Its events are dated only if another article reports one of them on a known day; until then, dates such as “on Tuesday” stay undated. Add it again with its publication date to date them.",
    not_english: "It does not look like English. Dateline reads English news, so it may find little in it.",
};

pub static KO: Messages = Messages {
    tag: "ko",
    too_large: "“{name}”은(는) {mb}MB입니다. Dateline은 기사 하나에 {max}MB까지 읽습니다 (긴 뉴스 기사가 약 0.05MB). 기사별로 나누어 함께 추가하세요. 아무것도 추가하지 않았습니다.",
    no_article: "“{name}”에는 Dateline이 읽을 수 있는 기사가 없습니다: {why}",
    no_record: "레코드가 하나도 없습니다",
    binary: "“{name}”은(는) 글이 아니라 바이너리 파일로 보입니다. Dateline은 일반 텍스트 기사(.txt), 저장한 페이지(.html), 내보내기(.jsonl, .csv)를 읽습니다. 아무것도 추가하지 않았습니다.",
    empty: "“{name}”은(는) 비어 있습니다. 읽을 글이 없습니다.",
    unreadable: "“{name}”을(를) 읽지 못했습니다.",
    not_utf8: "일부 바이트가 UTF-8 텍스트가 아니어서 �로 보입니다. 깨끗한 사본을 얻으려면 파일을 UTF-8로 저장하세요.",
    undated: "게재일이 나와 있지 않습니다. 다른 기사가 이 기사의 사건을 날짜와 함께 전할 때만 사건에 날짜가 붙고, 그전까지 “화요일에” 같은 날짜는 미정으로 남습니다. 날짜를 붙이려면 게재일을 넣어 다시 추가하세요.",
    not_english: "영어로 보이지 않습니다. Dateline은 영어 뉴스를 읽으므로 찾는 것이 적을 수 있습니다.",
};

/// Every language, English first (the default).
pub static ALL: [&Messages; 2] = [&EN, &KO];

/// The messages for a BCP 47 tag ("ko-KR" → Korean), English when none is given or known.
pub fn for_tag(tag: Option<&str>) -> &'static Messages {
    let primary = tag.and_then(|t| t.split(['-', '_']).next()).unwrap_or("").trim();
    ALL.into_iter().find(|m| m.tag.eq_ignore_ascii_case(primary)).unwrap_or(&EN)
}

/// `template` with each `{name}` replaced by its value in `args` (an unknown name is kept as
/// written, so a table's typo shows rather than vanishes).
pub fn fill(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(n, _)| *n == name) {
                    Some((_, value)) => {
                        let _ = write!(out, "{value}");
                    }
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_pick_a_language_and_default_to_english() {
        assert_eq!(for_tag(Some("ko-KR")).tag, "ko");
        assert_eq!(for_tag(Some("KO")).tag, "ko");
        assert_eq!(for_tag(Some("fr")).tag, "en");
        assert_eq!(for_tag(None).tag, "en");
    }

    #[test]
    fn every_language_fills_every_hole_it_names() {
        for m in ALL {
            let args: [(&str, &dyn std::fmt::Display); 4] =
                [("name", &"a.txt"), ("mb", &"2.3"), ("max", &2), ("why", &"x")];
            for template in [m.too_large, m.no_article, m.binary, m.empty, m.unreadable] {
                let said = fill(template, &args);
                assert!(!said.contains('{') && said.contains("a.txt"), "{}: {said}", m.tag);
            }
        }
    }
}
