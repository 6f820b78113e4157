//! Time-zone abbreviations that may follow a clock time ("16:04 KST", "5 p.m. EST"). They are
//! part of the expression's extent; the value keeps local time, as TIMEX3 values do. The article
//! reader's dateline scanner reads the same table.

/// Whether `word` (lowercased) is a time-zone abbreviation.
pub(crate) fn is_zone(word: &str) -> bool {
    matches!(
        word,
        "utc"
            | "gmt"
            | "est"
            | "edt"
            | "et"
            | "cst"
            | "cdt"
            | "ct"
            | "mst"
            | "mdt"
            | "pst"
            | "pdt"
            | "pt"
            | "bst"
            | "cet"
            | "cest"
            | "kst"
            | "jst"
            | "hkt"
            | "ist"
            | "sgt"
            | "aest"
            | "aedt"
            | "msk"
            | "eet"
            | "eest"
            | "wib"
            | "ict"
            | "pht"
            | "mt"
    )
}
