//! Which part of a page is the article: the `<article>` (or `itemprop="articleBody"`, or
//! `<main>`) with the most text, or, when a page marks none, the element whose paragraphs hold
//! the most text that is not links (rule "text density"). Furniture blocks (navigation, share
//! bars, cookie notices, related links…) and lists of links are left out, and counted.

use super::page::{Block, Page};

/// A marked article with less text than this is not trusted to be the story.
const MIN_MARKED_CHARS: usize = 140;
/// A paragraph shorter than this does not count towards text density.
const MIN_DENSITY_CHARS: usize = 25;

/// The article's blocks and what was left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Body {
    pub paragraphs: Vec<String>,
    /// The element chosen as the article (0: the whole page).
    pub element: usize,
    /// Kinds of furniture left out, with how many blocks of each, in order of first sight.
    pub left_out: Vec<(&'static str, usize)>,
}

/// Chooses the article's blocks.
pub fn choose(page: &Page) -> Body {
    let element = marked_article(page).or_else(|| densest(page)).unwrap_or(0);
    let mut body = Body { element, ..Body::default() };
    for block in &page.blocks {
        let kind = if let Some(furniture) = block.furniture {
            Some(furniture)
        } else if !inside(page, block, element) {
            Some("outside the article")
        } else if is_link_list(block) {
            Some("links")
        } else {
            None
        };
        match kind {
            None => body.paragraphs.push(block.text.clone()),
            Some(kind) => match body.left_out.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, count)) => *count += 1,
                None => body.left_out.push((kind, 1)),
            },
        }
    }
    body
}

fn inside(page: &Page, block: &Block, element: usize) -> bool {
    page.elements.get(element).is_some_and(|e| element <= block.owner && block.owner <= e.end)
}

/// Mostly link text and short: a list of related stories, tags or a menu (not a byline,
/// whose names are often links).
fn is_link_list(block: &Block) -> bool {
    let chars = block.text.chars().count();
    block.link_chars * 2 > chars && chars < 300 && !block.byline
}

/// Characters of story text (not furniture, not links) in each element's own blocks.
fn story_chars(block: &Block) -> usize {
    if block.furniture.is_some() || is_link_list(block) {
        0
    } else {
        block.text.chars().count().saturating_sub(block.link_chars)
    }
}

/// The marked article with the most story text, if it has enough.
fn marked_article(page: &Page) -> Option<usize> {
    for marks in [&["article"][..], &["main"][..]] {
        let candidates: Vec<usize> = page
            .elements
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.furniture.is_none()
                    && (marks.contains(&e.tag.as_str()) || e.article_body && marks[0] == "article")
            })
            .map(|(i, _)| i)
            .collect();
        if candidates.is_empty() {
            continue;
        }
        // Each block counts towards the candidates around it, found by walking up its
        // ancestors (at most the page reader's depth bound).
        let mut slot = vec![usize::MAX; page.elements.len()];
        for (index, &candidate) in candidates.iter().enumerate() {
            slot[candidate] = index;
        }
        let mut scores = vec![0usize; candidates.len()];
        for block in &page.blocks {
            let chars = story_chars(block);
            let mut element = block.owner;
            while chars > 0 && element != 0 {
                if let Some(score) = slot.get(element).and_then(|&i| scores.get_mut(i)) {
                    *score += chars;
                }
                element = page.elements.get(element).map_or(0, |e| e.parent);
            }
        }
        // The outermost of equal scores: an <article> around its articleBody keeps its title.
        let best = scores.iter().enumerate().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)));
        if let Some((index, &score)) = best {
            if score >= MIN_MARKED_CHARS {
                return Some(candidates[index]);
            }
        }
    }
    None
}

/// Rule "text density": each paragraph's story text counts fully for the element around its
/// block and half for the one around that; the element with the highest score wins.
fn densest(page: &Page) -> Option<usize> {
    let mut scores = vec![0usize; page.elements.len()];
    for block in &page.blocks {
        let chars = story_chars(block);
        if chars < MIN_DENSITY_CHARS {
            continue;
        }
        let Some(owner) = page.elements.get(block.owner) else { continue };
        let container = owner.parent;
        scores[container] += chars * 2;
        if let Some(outer) = page.elements.get(container) {
            if outer.parent != container {
                scores[outer.parent] += chars;
            }
        }
    }
    let (best, &score) =
        scores.iter().enumerate().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)))?;
    (score > 0).then_some(best)
}

#[cfg(test)]
mod tests {
    use super::super::page;
    use super::*;

    const LONG: &str = "The port authority and the dockworkers' union signed a three-year pay agreement on Monday, ending a strike that had idled the container terminals for nine days.";

    #[test]
    fn the_article_with_most_text_wins_over_related_cards() {
        let html = format!(
            "<article class='card'><p>Short teaser</p></article>\
             <article><h1>Deal</h1><p>{LONG}</p><ul class='related'><li><a>Other story</a></li></ul></article>"
        );
        let page = page::read(&html);
        let body = choose(&page);
        assert_eq!(body.paragraphs, ["Deal", LONG]);
        assert_eq!(body.left_out, [("outside the article", 1), ("related links", 1)]);
    }

    #[test]
    fn without_marks_the_densest_container_wins() {
        let html = format!(
            "<div id='top'><div class='links'><a>Home</a> <a>World</a></div></div>\
             <div id='story'><h2>Deal</h2><p>{LONG}</p><p>{LONG}</p></div>\
             <div><p>Contact us at the desk.</p></div>"
        );
        let page = page::read(&html);
        let body = choose(&page);
        assert_eq!(body.paragraphs, ["Deal", LONG, LONG]);
        assert_eq!(body.left_out, [("outside the article", 2)]);
    }

    #[test]
    fn a_page_of_nothing_gives_nothing() {
        assert_eq!(choose(&page::read("")), Body::default());
        let body = choose(&page::read("just words"));
        assert_eq!(body.paragraphs, ["just words"]);
    }
}
