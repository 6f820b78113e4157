//! JSON-LD (`<script type="application/ld+json">`): the schema.org article object a page
//! describes itself with. The first object whose `@type` is an article type ([`ARTICLE_TYPES`])
//! is read, found at the top, in an array or in `@graph`.

use serde_json::Value;

use super::tables::ARTICLE_TYPES;
use crate::ingest::parse_published;

/// What a JSON-LD article object states.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkedData {
    pub headline: Option<String>,
    pub published: Option<jiff::civil::Date>,
    /// `datePublished` as written, when it is not an ISO date.
    pub unreadable_date: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
}

/// Reads the scripts in order; the first article object wins. Scripts that are not JSON are
/// counted in the second value.
pub fn read(scripts: &[String]) -> (Option<LinkedData>, usize) {
    let mut unreadable = 0;
    for script in scripts {
        let value: Value = match serde_json::from_str(script.trim()) {
            Ok(value) => value,
            Err(_) => {
                unreadable += 1;
                continue;
            }
        };
        if let Some(article) = find_article(&value, 0) {
            return (Some(linked_data(article)), unreadable);
        }
    }
    (None, unreadable)
}

/// The first article object in `value`, looked for at most 4 levels down.
fn find_article(value: &Value, depth: usize) -> Option<&serde_json::Map<String, Value>> {
    if depth > 4 {
        return None;
    }
    match value {
        Value::Array(items) => items.iter().find_map(|item| find_article(item, depth + 1)),
        Value::Object(object) => {
            if is_article(object.get("@type")) {
                return Some(object);
            }
            object.get("@graph").and_then(|graph| find_article(graph, depth + 1))
        }
        _ => None,
    }
}

fn is_article(kind: Option<&Value>) -> bool {
    match kind {
        Some(Value::String(kind)) => ARTICLE_TYPES.contains(&kind.as_str()),
        Some(Value::Array(kinds)) => kinds.iter().any(|k| is_article(Some(k))),
        _ => false,
    }
}

fn linked_data(object: &serde_json::Map<String, Value>) -> LinkedData {
    let date = text(object.get("datePublished"));
    let published = date.as_deref().and_then(parse_published);
    LinkedData {
        headline: text(object.get("headline")).or_else(|| text(object.get("name"))),
        unreadable_date: date.filter(|_| published.is_none()),
        published,
        authors: names(object.get("author")),
        publisher: names(object.get("publisher")).into_iter().next(),
        url: text(object.get("url")).or_else(|| {
            object.get("mainEntityOfPage").and_then(|page| match page {
                Value::Object(page) => text(page.get("@id")),
                other => text(Some(other)),
            })
        }),
    }
}

/// A string value, trimmed; `None` when absent, empty or not a string.
fn text(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
}

/// Names from a string, an object with a `name`, or an array of either.
fn names(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::Array(items)) => items.iter().flat_map(|item| names(Some(item))).collect(),
        Some(Value::Object(object)) => text(object.get("name")).into_iter().collect(),
        Some(other) => text(Some(other)).into_iter().collect(),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_article_object_is_found_in_a_graph() {
        let script = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
            {"@type":["NewsArticle"],"headline":" Port deal ","datePublished":"2024-03-12T06:00:00+09:00",
             "author":[{"@type":"Person","name":"Ana Ruiz"},"Kim Min-ji"],
             "publisher":{"@type":"Organization","name":"The Gazette"},
             "mainEntityOfPage":{"@id":"https://example.org/port"}}]}"#;
        let (found, unreadable) = read(&["not json".to_string(), script.to_string()]);
        let found = found.unwrap();
        assert_eq!(unreadable, 1);
        assert_eq!(found.headline.as_deref(), Some("Port deal"));
        assert_eq!(found.published, Some(jiff::civil::date(2024, 3, 12)));
        assert_eq!(found.authors, ["Ana Ruiz", "Kim Min-ji"]);
        assert_eq!(found.publisher.as_deref(), Some("The Gazette"));
        assert_eq!(found.url.as_deref(), Some("https://example.org/port"));
    }

    #[test]
    fn pages_without_an_article_object_give_none() {
        assert_eq!(read(&[r#"{"@type":"Organization","name":"x"}"#.to_string()]), (None, 0));
        assert_eq!(read(&["[[[[[[[[{\"@type\":\"Article\"}]]]]]]]]".to_string()]), (None, 0));
        let odd =
            read(&[r#"{"@type":"Article","datePublished":"March 3","author":7}"#.to_string()])
                .0
                .unwrap();
        assert_eq!(odd.unreadable_date.as_deref(), Some("March 3"));
        assert!(odd.authors.is_empty());
    }
}
