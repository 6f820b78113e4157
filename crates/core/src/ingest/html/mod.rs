//! A saved web page made into an article: its body as text (paragraphs apart), and what the
//! page states about it, each value with where it came from:
//! - **title**: `og:title` (or `twitter:title`), JSON-LD `headline`, the first `<h1>`, the
//!   `<title>` without the site's name;
//! - **published**: `article:published_time` (and the other date metas in
//!   [`tables::META_PUBLISHED`]), JSON-LD `datePublished`, a `<time datetime>` marked as the
//!   publication time or inside the article; failing all, the text is dated as plain text is;
//! - **authors**: the `author` meta, JSON-LD `author`, byline markup (`rel="author"`,
//!   `class="byline"`, `itemprop="author"`);
//! - **outlet**: `og:site_name`, JSON-LD `publisher`, `application-name`;
//! - **url**: `<link rel="canonical">`, `og:url`, JSON-LD `url`/`mainEntityOfPage`.
//!
//! `page` makes one pass over the tokens, `body` chooses the article's blocks, `jsonld` reads
//! the schema.org object, `tables` holds the word lists.

mod body;
mod jsonld;
mod page;
pub mod tables;

use super::{parse_published, Metadata, Note, Stated};
use tables::{
    META_AUTHOR, META_OUTLET, META_PUBLISHED, META_TITLE, META_URL, ROLE_WORDS, TITLE_SEPARATORS,
};

/// A page read: the article's text, its metadata and notes for the reader.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlArticle {
    pub text: String,
    pub metadata: Metadata,
    pub notes: Vec<Note>,
}

/// Reads a page (already decoded to text).
pub fn read(html: &str) -> HtmlArticle {
    let page = page::read(html);
    let body = body::choose(&page);
    let (linked, unreadable_scripts) = jsonld::read(&page.json_ld);
    let linked = linked.unwrap_or_default();
    let mut notes = Vec::new();

    let outlet = meta(&page, META_OUTLET)
        .map(|(key, value)| Stated::new(value, key))
        .or_else(|| linked.publisher.clone().map(|v| Stated::new(v, "JSON-LD publisher")));
    let site = outlet.as_ref().map(|o| o.value.as_str());
    let h1 = first_heading(&page, &body);
    let title = meta(&page, META_TITLE)
        .map(|(key, value)| Stated::new(without_site(&value, site), key))
        .or_else(|| linked.headline.clone().map(|v| Stated::new(v, "JSON-LD headline")))
        .or_else(|| h1.clone().map(|v| Stated::new(v, "<h1>")))
        .or_else(|| page.title.as_ref().map(|t| Stated::new(without_site(t, site), "<title>")))
        .filter(|t| !t.value.is_empty());

    let published = published(&page, &body, &linked, &mut notes);
    let authors = meta(&page, META_AUTHOR)
        .filter(|(_, value)| !value.contains("://"))
        .map(|(key, value)| Stated::new(split_byline(&value), key))
        .or_else(|| Some(Stated::new(linked.authors.clone(), "JSON-LD author")))
        .filter(|a| !a.value.is_empty())
        .or_else(|| {
            let names: Vec<String> = page.bylines.iter().flat_map(|b| split_byline(b)).collect();
            Some(Stated::new(dedupe(names), "byline markup"))
        })
        .filter(|a| !a.value.is_empty());
    let url = page
        .links
        .iter()
        .find(|(rel, href)| {
            rel.split_ascii_whitespace().any(|r| r == "canonical") && !href.is_empty()
        })
        .map(|(_, href)| Stated::new(href.clone(), "<link rel=canonical>"))
        .or_else(|| meta(&page, META_URL).map(|(key, value)| Stated::new(value, key)))
        .or_else(|| linked.url.clone().map(|v| Stated::new(v, "JSON-LD url")));

    let mut paragraphs = body.paragraphs;
    // The headline leads the text, as on a copied page, when the article's blocks lack it.
    if let Some(title) = h1.or_else(|| title.as_ref().map(|t| t.value.clone())) {
        if !paragraphs.iter().take(3).any(|p| *p == title) {
            paragraphs.insert(0, title);
        }
    }
    if !body.left_out.is_empty() {
        let parts: Vec<String> =
            body.left_out.iter().map(|(kind, n)| format!("{kind} ({n})")).collect();
        notes.push(Note {
            kind: "left_out".to_string(),
            message: format!("left out of the page, as not the article: {}", parts.join(", ")),
        });
    }
    if unreadable_scripts > 0 {
        notes.push(Note {
            kind: "bad_value".to_string(),
            message: format!("{unreadable_scripts} JSON-LD block(s) of the page are not valid JSON and were not read"),
        });
    }
    if paragraphs.is_empty() {
        notes.push(Note {
            kind: "empty".to_string(),
            message: "the page has no article text".to_string(),
        });
    }
    HtmlArticle {
        text: paragraphs.join("\n\n"),
        metadata: Metadata { title, published, authors, outlet, url },
        notes,
    }
}

/// The first `<meta>` with one of `keys` (in the order of `keys`) and a non-empty value.
fn meta(page: &page::Page, keys: &[&str]) -> Option<(String, String)> {
    keys.iter().find_map(|key| {
        page.metas
            .iter()
            .find(|(k, v)| k == key && !v.is_empty())
            .map(|(k, v)| (k.clone(), v.clone()))
    })
}

/// The text of the first `<h1>` outside furniture, preferring one inside the article.
fn first_heading(page: &page::Page, body: &body::Body) -> Option<String> {
    let headings = page.blocks.iter().filter(|b| {
        b.furniture.is_none() && page.elements.get(b.owner).is_some_and(|e| e.tag == "h1")
    });
    let in_article = headings.clone().find(|b| {
        page.elements.get(body.element).is_some_and(|e| body.element <= b.owner && b.owner <= e.end)
    });
    in_article.or_else(|| headings.clone().next()).map(|b| b.text.replace('\n', " "))
}

fn published(
    page: &page::Page,
    body: &body::Body,
    linked: &jsonld::LinkedData,
    notes: &mut Vec<Note>,
) -> Option<Stated<jiff::civil::Date>> {
    let mut unreadable = Vec::new();
    let from_meta = META_PUBLISHED.iter().find_map(|key| {
        let (k, v) = page.metas.iter().find(|(k, _)| k == key)?;
        let date = parse_published(v);
        if date.is_none() {
            unreadable.push(format!("{k} “{}”", v.chars().take(40).collect::<String>()));
        }
        date.map(|d| Stated::new(d, k.clone()))
    });
    let in_body = |element: usize| {
        page.elements.get(body.element).is_some_and(|e| body.element <= element && element <= e.end)
    };
    let usable = |t: &&page::Time| {
        !t.modified && page.elements.get(t.element).is_some_and(|e| e.furniture.is_none())
    };
    let found = from_meta
        .or_else(|| linked.published.map(|d| Stated::new(d, "JSON-LD datePublished")))
        .or_else(|| {
            let marked = page.times.iter().filter(usable).find(|t| t.published);
            let time =
                marked.or_else(|| page.times.iter().filter(usable).find(|t| in_body(t.element)))?;
            parse_published(&time.datetime).map(|d| Stated::new(d, "<time datetime>"))
        });
    if let Some(date) = &linked.unreadable_date {
        unreadable
            .push(format!("JSON-LD datePublished “{}”", date.chars().take(40).collect::<String>()));
    }
    if found.is_none() && !unreadable.is_empty() {
        notes.push(Note {
            kind: "bad_value".to_string(),
            message: format!(
                "the page's publication date is not an ISO date ({}); the article is dated from its text instead",
                unreadable.join(", ")
            ),
        });
    }
    found
}

/// A page title without the site's name: "Headline | The Gazette" → "Headline". The site's
/// part goes when it is the known site name, or, without one, when it is the last part of
/// several and short (up to 4 words) while the headline has more words.
fn without_site(title: &str, site: Option<&str>) -> String {
    let title = title.trim();
    for separator in TITLE_SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(separator) {
            let (head, tail) = (head.trim(), tail.trim());
            let known = site.is_some_and(|s| s.eq_ignore_ascii_case(tail));
            let short = site.is_none()
                && tail.split_whitespace().count() <= 4
                && head.split_whitespace().count() > tail.split_whitespace().count();
            if known || short {
                return head.to_string();
            }
            if let Some((lead, rest)) = title.split_once(separator) {
                if site.is_some_and(|s| s.eq_ignore_ascii_case(lead.trim())) {
                    return rest.trim().to_string();
                }
            }
        }
    }
    title.to_string()
}

/// Names in a byline: "By Ana Ruiz and Kim Min-ji, Staff Reporters" → the two names. Parts
/// that name a role ([`ROLE_WORDS`]) or hold no capital letter are not names.
fn split_byline(byline: &str) -> Vec<String> {
    let mut text = byline.trim();
    for prefix in ["By ", "by ", "BY "] {
        if let Some(rest) = text.strip_prefix(prefix) {
            text = rest.trim();
        }
    }
    let spaced = text.replace(" and ", ",").replace(" & ", ",");
    let names = spaced
        .split([',', ';', '|', '\n'])
        .map(str::trim)
        .filter(|part| !part.is_empty() && part.chars().any(char::is_uppercase))
        .filter(|part| {
            let lower = part.to_lowercase();
            !lower
                .split_whitespace()
                .any(|w| ROLE_WORDS.iter().any(|r| w.trim_end_matches('s') == *r || w == *r))
        })
        .filter(|part| part.split_whitespace().count() <= 5)
        .map(str::to_string);
    dedupe(names.collect())
}

fn dedupe(names: Vec<String>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for name in names {
        if !kept.contains(&name) {
            kept.push(name);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_names_leave_titles() {
        assert_eq!(
            without_site("Port deal ends strike | The Gazette", Some("The Gazette")),
            "Port deal ends strike"
        );
        assert_eq!(
            without_site("The Gazette - Port deal ends strike", Some("The Gazette")),
            "Port deal ends strike"
        );
        assert_eq!(
            without_site("Port deal ends strike - World - Daily Post", None),
            "Port deal ends strike - World"
        );
        assert_eq!(without_site("Yes - No", Some("Site")), "Yes - No");
        assert_eq!(without_site("", None), "");
    }

    #[test]
    fn bylines_give_names_without_roles() {
        assert_eq!(
            split_byline("By Ana Ruiz and Kim Min-ji, Staff Reporters"),
            ["Ana Ruiz", "Kim Min-ji"]
        );
        assert_eq!(split_byline("BY LEE JUN | Seoul Bureau"), ["LEE JUN"]);
        assert!(split_byline("by staff").is_empty());
    }

    #[test]
    fn a_page_without_anything_gives_an_empty_article_with_a_note() {
        let article = read("<html><head></head><body><script>x()</script></body></html>");
        assert_eq!(article.text, "");
        assert!(article.metadata.is_empty());
        assert!(article.notes.iter().any(|n| n.kind == "empty"));
    }
}
