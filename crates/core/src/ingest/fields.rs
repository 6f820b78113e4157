//! Which key of a JSON record, or column of a CSV or metadata table, holds what: the names
//! scrapers and archives use (news-please: `maintext`, `date_publish`, `source_domain`;
//! newspaper3k: `text`, `publish_date`; PolNeAR's `metadata.tsv`: `filename`,
//! `publication_date`, `publisher`, `author`). Names are compared lowercased, with `-` and
//! spaces read as `_`. Keys not listed are ignored.

/// A value of an article a record or table may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The record's own id (used as the article id), or in a metadata table the file it is about.
    Id,
    Text,
    Title,
    Published,
    Url,
    Outlet,
    Authors,
}

/// Field names, each with the names that mean it.
pub const NAMES: &[(Field, &[&str])] = &[
    (
        Field::Id,
        &["id", "article_id", "doc_id", "document_id", "filename", "file_name", "file", "name"],
    ),
    (
        Field::Text,
        &["text", "maintext", "body", "content", "article_text", "full_text", "article", "story"],
    ),
    (Field::Title, &["title", "headline"]),
    (
        Field::Published,
        &[
            "published",
            "date_publish",
            "publish_date",
            "published_at",
            "publication_date",
            "date_published",
            "datepublished",
            "pubdate",
            "pub_date",
            "date",
        ],
    ),
    (Field::Url, &["url", "canonical_url", "link", "source_url", "permalink"]),
    (
        Field::Outlet,
        &[
            "outlet",
            "source_domain",
            "publisher",
            "site_name",
            "source",
            "site",
            "source_name",
            "media",
        ],
    ),
    (Field::Authors, &["authors", "author", "byline", "bylines", "creator"]),
];

/// The field a key or column name means, if any.
pub fn field_of(name: &str) -> Option<Field> {
    let normal: String = name
        .trim()
        .trim_start_matches('\u{feff}')
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c.to_ascii_lowercase() })
        .collect();
    NAMES.iter().find(|(_, names)| names.contains(&normal.as_str())).map(|(field, _)| *field)
}

/// Splits an authors cell into names: `;` and `|` separate names (commas do not: "Smith,
/// John" is one name in many archives), and a leading "By " is dropped.
pub fn split_authors(cell: &str) -> Vec<String> {
    cell.split([';', '|'])
        .map(|name| {
            let name = name.trim();
            let lower = name.get(..3).map(str::to_ascii_lowercase);
            if lower.as_deref() == Some("by ") {
                name[3..].trim()
            } else {
                name
            }
        })
        .filter(|name| !name.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_common_scrapers_are_known() {
        assert_eq!(field_of("maintext"), Some(Field::Text));
        assert_eq!(field_of("Date-Publish"), Some(Field::Published));
        assert_eq!(field_of("\u{feff}filename"), Some(Field::Id));
        assert_eq!(field_of(" publisher "), Some(Field::Outlet));
        assert_eq!(field_of("Publication Date"), Some(Field::Published));
        assert_eq!(field_of("trump_count"), None);
    }

    #[test]
    fn no_name_means_two_fields() {
        let mut seen = std::collections::HashSet::new();
        for (_, names) in NAMES {
            for name in *names {
                assert!(seen.insert(*name), "{name} is listed twice");
            }
        }
    }

    #[test]
    fn authors_split_on_semicolons_and_bars_only() {
        assert_eq!(split_authors("By Ana Ruiz; Kim Min-ji"), ["Ana Ruiz", "Kim Min-ji"]);
        assert_eq!(split_authors("Smith, John | "), ["Smith, John"]);
        assert!(split_authors(" ; ").is_empty());
        assert_eq!(split_authors("Bé"), ["Bé"]);
    }
}
