//! TimelineJS3 JSON, so newsrooms can reuse Dateline's extraction in the tool they know.
//!
//! TimelineJS wants a `title` slide and one slide per event with `start_date` (and for bands
//! `end_date`) given as year/month/day parts; leaving out parts is how it shows a coarser date.
//! Slide text is HTML, so everything taken from articles is escaped.

use jiff::civil::Date;
use serde::Serialize;

use crate::bundle::{Bundle, Event, Status};
use crate::Precision;

/// A whole TimelineJS3 document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeline {
    pub title: Slide,
    pub events: Vec<Slide>,
}

/// One TimelineJS slide.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Slide {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start_date: Option<SlideDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<SlideDate>,
    pub text: SlideText,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unique_id: Option<String>,
}

/// A date with only the parts its precision supports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SlideDate {
    pub year: i16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<i8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<i8>,
}

/// A slide's headline and HTML body.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SlideText {
    pub headline: String,
    pub text: String,
}

/// Converts a bundle's events into a TimelineJS3 document titled `title`.
pub fn to_timeline(bundle: &Bundle, title: &str) -> Timeline {
    let sources = bundle.articles.len();
    Timeline {
        title: Slide {
            start_date: None,
            end_date: None,
            text: SlideText {
                headline: escape_html(title),
                text: format!(
                    "<p>{} events extracted by Dateline from {} article{}.</p>",
                    bundle.events.len(),
                    sources,
                    if sources == 1 { "" } else { "s" }
                ),
            },
            group: None,
            unique_id: None,
        },
        events: bundle.events.iter().map(|event| slide(bundle, event)).collect(),
    }
}

fn slide(bundle: &Bundle, event: &Event) -> Slide {
    let (start_date, end_date) = slide_dates(event);
    let mut body = String::new();
    let sentence = super::first_source_sentence(bundle, event);
    if !sentence.is_empty() {
        body.push_str(&format!("<blockquote>{}</blockquote>", escape_html(sentence)));
    }
    let articles: Vec<String> = event
        .sources
        .iter()
        .filter_map(|s| bundle.articles.iter().find(|a| a.id == s.article))
        .map(|a| escape_html(&a.title))
        .collect();
    if !articles.is_empty() {
        body.push_str(&format!("<p>Sources: {}</p>", articles.join("; ")));
    }
    if event.status == Status::Expected {
        body.push_str("<p><em>Expected, not yet reported as having happened.</em></p>");
    }
    Slide {
        start_date: Some(start_date),
        end_date,
        text: SlideText { headline: escape_html(&event.title), text: body },
        group: Some(event.kind.clone()),
        unique_id: Some(event.id.clone()),
    }
}

/// The start (and for bands the end) date, with the parts the precision supports.
fn slide_dates(event: &Event) -> (SlideDate, Option<SlideDate>) {
    let (start, end) = (event.when.start, event.when.end);
    let parts = |d: Date, month: bool, day: bool| SlideDate {
        year: d.year(),
        month: month.then_some(d.month()),
        day: day.then_some(d.day()),
    };
    match event.when.precision {
        Precision::Minute | Precision::Hour | Precision::Day if start == end => {
            (parts(start, true, true), None)
        }
        Precision::Month => (parts(start, true, false), None),
        Precision::Year => (parts(start, false, false), None),
        Precision::Decade | Precision::Century => {
            (parts(start, false, false), Some(parts(end, false, false)))
        }
        _ => (parts(start, true, true), Some(parts(end, true, true))),
    }
}

fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::When;
    use crate::Basis;
    use jiff::civil::date;

    fn event(start: Date, end: Date, precision: Precision) -> Event {
        Event {
            id: "e".into(),
            title: "t".into(),
            kind: "k".into(),
            when: When { start, end, precision, basis: Basis::Stated },
            status: Status::Happened,
            participants: vec![],
            senders: vec![],
            recipients: vec![],
            sources: vec![],
            conflicts: vec![],
            newsworthiness: 0,
        }
    }

    #[test]
    fn a_day_is_a_single_full_date() {
        let (s, e) = slide_dates(&event(date(2021, 7, 27), date(2021, 7, 27), Precision::Day));
        assert_eq!(s, SlideDate { year: 2021, month: Some(7), day: Some(27) });
        assert!(e.is_none());
    }

    #[test]
    fn a_month_drops_the_day_and_a_year_drops_the_month() {
        let m = event(date(2019, 5, 1), date(2019, 5, 31), Precision::Month);
        assert_eq!(slide_dates(&m).0, SlideDate { year: 2019, month: Some(5), day: None });
        let y = event(date(2018, 1, 1), date(2018, 12, 31), Precision::Year);
        assert_eq!(slide_dates(&y).0, SlideDate { year: 2018, month: None, day: None });
    }

    #[test]
    fn a_season_is_a_band_with_both_ends() {
        let su = event(date(2020, 6, 1), date(2020, 8, 31), Precision::Season);
        let (s, e) = slide_dates(&su);
        assert_eq!(s.month, Some(6));
        assert_eq!(e, Some(SlideDate { year: 2020, month: Some(8), day: Some(31) }));
    }

    #[test]
    fn article_text_is_escaped_as_html() {
        assert_eq!(
            escape_html("<b>\"Kim\" & 'Moon'</b>"),
            "&lt;b&gt;&quot;Kim&quot; &amp; &#39;Moon&#39;&lt;/b&gt;"
        );
    }
}
