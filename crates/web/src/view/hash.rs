//! The URL hash: what the reader is looking at, so reloading or sharing restores the view.
//!
//! Format: `#e=<event id>&w=<YYYY-MM-DD>~<YYYY-MM-DD>&lanes=<mode>&view=list|people|quotes`
//! `&p=<entity id>,<entity id>&k=<kind>&s=<source article id>&d=<YYYY-MM-DD>~<YYYY-MM-DD>`
//! `&q=<text>&a=<article id>`, every value percent-encoded, every key optional (`d` is a date
//! range filter, both days included; `w` is the zoom window). Unknown keys are ignored and malformed
//! values are dropped one by one, so a hand-edited or truncated link still opens the page.

use super::calendar::{civil_from_days, days_from_civil};
use super::lanes::LaneMode;
use super::model::Filter;
use super::scale::Window;

/// What the main area shows: the timeline, the events as a list, people and organizations,
/// or quotes by speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ViewMode {
    #[default]
    Timeline,
    List,
    People,
    Quotes,
    /// One event at a time, large, in time order.
    Story,
}

impl ViewMode {
    pub const ALL: [ViewMode; 5] =
        [ViewMode::Timeline, ViewMode::Story, ViewMode::List, ViewMode::People, ViewMode::Quotes];

    /// The name in the URL hash.
    pub fn as_str(self) -> &'static str {
        match self {
            ViewMode::Timeline => "timeline",
            ViewMode::List => "list",
            ViewMode::People => "people",
            ViewMode::Quotes => "quotes",
            ViewMode::Story => "story",
        }
    }

    /// What the view switch says.
    pub fn label(self) -> &'static str {
        let views = &crate::i18n::t().views;
        match self {
            ViewMode::Timeline => views[0],
            ViewMode::Story => views[1],
            ViewMode::List => views[2],
            ViewMode::People => views[3],
            ViewMode::Quotes => views[4],
        }
    }

    pub fn parse(name: &str) -> Option<ViewMode> {
        ViewMode::ALL.into_iter().find(|mode| mode.as_str() == name)
    }
}

/// Everything the hash holds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HashState {
    pub event: Option<String>,
    pub window: Option<Window>,
    pub lanes: LaneMode,
    pub view: ViewMode,
    pub filter: Filter,
    pub article: Option<String>,
}

impl HashState {
    /// The hash, starting with `#`; `#` alone for the default view.
    pub fn to_hash(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(event) = &self.event {
            parts.push(format!("e={}", encode(event)));
        }
        if let Some(window) = self.window {
            parts.push(format!(
                "w={}~{}",
                iso_day(window.start.round() as i64),
                iso_day(window.end.round() as i64)
            ));
        }
        if self.lanes != LaneMode::default() {
            parts.push(format!("lanes={}", self.lanes.as_str()));
        }
        if self.view != ViewMode::Timeline {
            parts.push(format!("view={}", self.view.as_str()));
        }
        let filter = &self.filter;
        if !filter.entities.is_empty() {
            let ids: Vec<String> = filter.entities.iter().map(|id| encode(id)).collect();
            parts.push(format!("p={}", ids.join(",")));
        }
        if let Some(kind) = &filter.kind {
            parts.push(format!("k={}", encode(kind)));
        }
        if let Some(article) = &filter.article {
            parts.push(format!("s={}", encode(article)));
        }
        if let Some(range) = filter.range {
            parts.push(format!(
                "d={}~{}",
                iso_day(range.start.round() as i64),
                iso_day(range.end.round() as i64 - 1)
            ));
        }
        if !filter.text.is_empty() {
            parts.push(format!("q={}", encode(&filter.text)));
        }
        if let Some(article) = &self.article {
            parts.push(format!("a={}", encode(article)));
        }
        format!("#{}", parts.join("&"))
    }

    /// Reads a hash (with or without its `#`).
    pub fn parse(hash: &str) -> HashState {
        let mut state = HashState::default();
        let body = hash.strip_prefix('#').unwrap_or(hash);
        for pair in body.split('&') {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(raw);
            let filter = &mut state.filter;
            match key {
                "e" if !value.is_empty() => state.event = Some(value),
                "w" => state.window = parse_window(&value),
                "lanes" => state.lanes = LaneMode::parse(&value).unwrap_or_default(),
                "view" => state.view = ViewMode::parse(&value).unwrap_or_default(),
                "p" => {
                    filter.entities =
                        raw.split(',').map(decode).filter(|id| !id.is_empty()).collect()
                }
                "k" if !value.is_empty() => filter.kind = Some(value),
                "s" if !value.is_empty() => filter.article = Some(value),
                "d" => {
                    filter.range = parse_days(&value)
                        .map(|(start, end)| Window { start, end: end + 1.0 })
                        .filter(|r| r.start < r.end)
                }
                "q" => filter.text = value,
                "a" if !value.is_empty() => state.article = Some(value),
                _ => {}
            }
        }
        state
    }
}

/// `YYYY-MM-DD` of a day number.
pub fn iso_day(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day number of `YYYY-MM-DD`, checked.
pub fn parse_day(text: &str) -> Option<i64> {
    let mut parts = text.splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    let valid =
        (1..=12).contains(&month) && (1..=31).contains(&day) && (-9999..=9999).contains(&year);
    valid.then(|| days_from_civil(year, month, day))
}

/// `YYYY-MM-DD~YYYY-MM-DD` as two day numbers.
fn parse_days(text: &str) -> Option<(f64, f64)> {
    let (start, end) = text.split_once('~')?;
    Some((parse_day(start)? as f64, parse_day(end)? as f64))
}

fn parse_window(text: &str) -> Option<Window> {
    parse_days(text).map(|(start, end)| Window::new(start, end))
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~' | b':') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes percent escapes (and `+` as space); bad escapes are kept as written and invalid
/// UTF-8 is replaced, so any hash decodes to something.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_round_trips() {
        let state = HashState {
            event: Some("ev:hotline & more/2021".into()),
            window: Some(Window::new(
                days_from_civil(2021, 7, 1) as f64,
                days_from_civil(2021, 8, 15) as f64,
            )),
            lanes: LaneMode::Kind,
            view: ViewMode::List,
            filter: Filter {
                entities: vec!["person:kim-jong-un".into(), "org:a,b".into()],
                kind: Some("missile_test".into()),
                article: Some("kcna 2019".into()),
                range: Some(Window {
                    start: days_from_civil(2019, 1, 1) as f64,
                    end: days_from_civil(2020, 1, 1) as f64,
                }),
                text: "hot line é".into(),
            },
            article: Some("yonhap-2021".into()),
        };
        let hash = state.to_hash();
        assert!(hash.contains("w=2021-07-01~2021-08-15"), "{hash}");
        assert!(hash.contains("d=2019-01-01~2019-12-31"), "both days included: {hash}");
        assert!(hash.contains("p=person:kim-jong-un,org:a%2Cb"), "{hash}");
        assert_eq!(HashState::parse(&hash), state);
        for view in ViewMode::ALL {
            assert_eq!(HashState::parse(&HashState { view, ..state.clone() }.to_hash()).view, view);
        }
    }

    #[test]
    fn the_default_view_is_an_empty_hash() {
        assert_eq!(HashState::default().to_hash(), "#");
        assert_eq!(HashState::parse(""), HashState::default());
        assert_eq!(HashState::parse("#"), HashState::default());
    }

    #[test]
    fn malformed_values_are_dropped_one_by_one() {
        let state = HashState::parse("#e=x&w=2021-13-01~2021-01-01&lanes=nope&q=%E2%28%A1&zz=1&%");
        assert_eq!(state.event.as_deref(), Some("x"));
        assert_eq!(state.window, None);
        assert_eq!(state.lanes, LaneMode::Single);
        assert!(state.filter.text.contains('\u{FFFD}'), "invalid UTF-8: {:?}", state.filter.text);
        let state = HashState::parse("#d=2021-02-01~2020-01-01&view=nope&p=,");
        assert_eq!(state.filter.range, None, "a range that ends before it starts");
        assert_eq!(state.view, ViewMode::Timeline);
        assert!(state.filter.entities.is_empty());
    }

    #[test]
    fn a_truncated_escape_is_kept_literally() {
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("a+b%20c"), "a b c");
    }
}
