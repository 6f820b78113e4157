//! Where each event goes inside a lane: clustering of dense stretches and label placement.
//!
//! Clustering is a sweep over the lane's marks in x order and labels are placed by priority
//! into rows kept sorted, so a lane of n events costs O(n log n): this runs on every frame of
//! a pan over 10,000 events.
//!
//! - **Clustering.** Points (and bands too narrow to read as bands) that would hide each other
//!   (within [`OVERLAP_PX`]) merge into one cluster showing a count; a cluster, drawn wider,
//!   takes in what its circle would overlap (within [`CLUSTER_PX`] of its first point). As the
//!   user zooms in the same events spread out and the cluster splits. The selected event is
//!   pinned: it is never hidden inside a cluster.
//! - **Bands.** Wide enough bands get one of [`BAND_ROWS`] rows, first fit. A band that finds no
//!   free row is treated as a point at its centre, so it joins a cluster rather than overlap.
//! - **Labels.** Each drawn mark asks for its whole title as a label in one of the lane's label
//!   rows (as many as the lane may grow to), the first row where it overlaps no label already
//!   placed. The selected event goes first, then the most newsworthy (the bundle's score),
//!   then left to right: when room runs out it is the minor events that go unlabelled (the
//!   mark keeps its accessible name and tooltip). Labels never overlap. Widths are estimated
//!   per character ([`label_width`]).

/// A mark within this many pixels of a single point makes a cluster with it. Points are 12 px
/// across (radius 6): only marks that would hide each other are clustered; two points 10 px
/// apart still read as two.
pub const OVERLAP_PX: f64 = 10.0;
/// Marks within this many pixels of a cluster's first mark join it: about a cluster's drawn
/// width (26 px), so clusters do not overlap their neighbours (and dense stretches of
/// thousands of events stay a few dozen marks).
pub const CLUSTER_PX: f64 = 28.0;
/// A band narrower than this is drawn as a point.
pub const BAND_MIN_PX: f64 = 8.0;
/// Rows for bands above the point line.
pub const BAND_ROWS: usize = 3;
/// The most rows for labels below the point line a lane may grow to.
pub const MAX_LABEL_ROWS: usize = 8;
/// Labels longer than this many characters are cut (with an ellipsis): a headline, not a
/// paragraph.
pub const LABEL_MAX_CHARS: usize = 64;
/// Space kept between two labels in a row.
const LABEL_GAP_PX: f64 = 10.0;

/// One event to place: its extent in pixels and how long its label is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarkInput {
    /// Index of the event in the bundle.
    pub event: usize,
    pub x0: f64,
    pub x1: f64,
    /// The label's estimated width in pixels ([`label_width`]).
    pub label_px: f64,
    /// The selected event: never clustered, and labelled first.
    pub pinned: bool,
    /// How newsworthy the event is (the bundle's 0–100 score): the higher, the sooner its
    /// label is placed.
    pub priority: u8,
}

impl MarkInput {
    fn centre(&self) -> f64 {
        (self.x0 + self.x1) / 2.0
    }
}

/// How one mark is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// A point at `x`.
    Point { x: f64 },
    /// A band from `x0` to `x1` in band row `row`.
    Band { x0: f64, x1: f64, row: usize },
}

/// What the lane draws.
#[derive(Debug, Clone, PartialEq)]
pub enum Placed {
    /// One event, with its label row when its label fits.
    Single { event: usize, shape: Shape, label: Option<LabelBox> },
    /// Several events too close to tell apart: drawn as a count at `x`, spanning `x0..x1`.
    Cluster { events: Vec<usize>, x: f64, x0: f64, x1: f64 },
}

/// Where a label goes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    pub row: usize,
    pub x: f64,
    pub width: f64,
}

/// `label` cut (with an ellipsis, on a character boundary) to fit `width` pixels as
/// [`label_width`] estimates them; whole when it fits.
pub fn fit_label(label: &str, width: f64) -> String {
    if label_width(label) <= width {
        return label.to_string();
    }
    let mut cut: String = label.to_string();
    while !cut.is_empty() && label_width(&cut) + label_width("…") > width {
        cut.pop();
    }
    format!("{}…", cut.trim_end())
}

/// Cuts a title to [`LABEL_MAX_CHARS`] characters, on a character boundary.
pub fn label_text(title: &str) -> String {
    if title.chars().count() <= LABEL_MAX_CHARS {
        return title.to_string();
    }
    let cut: String = title.chars().take(LABEL_MAX_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// The estimated width in pixels of `label` drawn at 12 px: per-character advances of DejaVu
/// Sans (the widest of the usual system sans-serifs, so narrower fonts only leave more room).
pub fn label_width(label: &str) -> f64 {
    let em: f64 = label
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '\'' | '.' | ',' | ':' | ';' | '!' | '|' | '’' | '‘' => 0.30,
            ' ' | 'f' | 't' | 'r' | 'I' | '(' | ')' | '-' | '/' => 0.42,
            'm' | 'w' | '—' => 0.98,
            'M' | 'W' => 1.0,
            'A'..='Z' => 0.78,
            '0'..='9' | 'a'..='z' => 0.64,
            c if c.is_ascii() => 0.64,
            // Latin with diacritics and the like, then wide scripts (Hangul, CJK).
            c if (c as u32) < 0x2E80 => 0.72,
            _ => 1.0,
        })
        .sum();
    em * 12.0
}

/// Places one lane's marks: bands into rows, dense points into clusters, labels into at most
/// `label_rows` rows (none when it is 0). The labels of marks inside the visible range `visible` stay inside it
/// (one near the right edge ends at the edge instead); marks may lie outside it (drawn for a
/// pan to reveal).
pub fn layout_lane(
    mut marks: Vec<MarkInput>,
    visible: (f64, f64),
    label_rows: usize,
) -> Vec<Placed> {
    marks.sort_by(|a, b| a.x0.total_cmp(&b.x0).then(a.event.cmp(&b.event)));
    // Bands first fit into rows; the rest (and bands with no room) become points.
    let mut band_row_end = [f64::NEG_INFINITY; BAND_ROWS];
    let mut placed: Vec<(MarkInput, Shape)> = Vec::with_capacity(marks.len());
    let mut points: Vec<MarkInput> = Vec::with_capacity(marks.len());
    for mark in marks {
        if mark.x1 - mark.x0 >= BAND_MIN_PX {
            if let Some(row) = band_row_end.iter().position(|&end| end <= mark.x0) {
                band_row_end[row] = mark.x1 + 1.0;
                placed.push((mark, Shape::Band { x0: mark.x0, x1: mark.x1, row }));
                continue;
            }
        }
        points.push(mark);
    }
    points.sort_by(|a, b| a.centre().total_cmp(&b.centre()).then(a.event.cmp(&b.event)));

    let mut out = Vec::with_capacity(points.len() + placed.len());
    let mut run: Vec<MarkInput> = Vec::new();
    let flush =
        |run: &mut Vec<MarkInput>, placed: &mut Vec<(MarkInput, Shape)>, out: &mut Vec<Placed>| {
            match run.len() {
                0 => {}
                1 => placed.push((run[0], Shape::Point { x: run[0].centre() })),
                _ => {
                    let x0 = run.iter().map(|m| m.x0).fold(f64::INFINITY, f64::min);
                    let x1 = run.iter().map(|m| m.x1).fold(f64::NEG_INFINITY, f64::max);
                    let first = run[0].centre();
                    let last = run[run.len() - 1].centre();
                    out.push(Placed::Cluster {
                        events: run.iter().map(|m| m.event).collect(),
                        x: (first + last) / 2.0,
                        x0,
                        x1,
                    });
                }
            }
            run.clear();
        };
    for mark in points {
        if mark.pinned {
            placed.push((mark, Shape::Point { x: mark.centre() }));
            continue;
        }
        if let Some(first) = run.first() {
            let reach = if run.len() > 1 { CLUSTER_PX } else { OVERLAP_PX };
            if mark.centre() - first.centre() >= reach {
                flush(&mut run, &mut placed, &mut out);
            }
        }
        run.push(mark);
    }
    flush(&mut run, &mut placed, &mut out);

    // No rows, no labels (a strip stretched during a zoom gesture draws none): no placement.
    if label_rows == 0 {
        out.extend(placed.into_iter().map(|(mark, shape)| Placed::Single {
            event: mark.event,
            shape,
            label: None,
        }));
        return out;
    }
    // Labels, by priority, each in the first row where it fits (the pinned event's first, so
    // in row 0). A label wider than the visible part is cut to its width (`fit_label`): truly
    // no room.
    let width_of = |mark: &MarkInput| mark.label_px.min(visible.1 - visible.0);
    let (lo, hi) = visible;
    // A label stays on the side of the visible edge its mark is on: a mark in view keeps its
    // label inside the view; one outside it (drawn for a pan to reveal, or a band reaching
    // into the view by less than a mark's width) keeps its label wholly outside, so that no
    // label is cut by an edge or stands in view for a mark that is not.
    let start_of = |mark: &MarkInput, shape: &Shape| {
        let x = label_x(shape);
        let width = width_of(mark);
        let centre = match *shape {
            Shape::Point { x } => x,
            Shape::Band { x0, x1, .. } => (x0.max(lo) + x1.min(hi)) / 2.0,
        };
        let in_view = match *shape {
            Shape::Point { x } => (lo..hi).contains(&x),
            Shape::Band { x0, x1, .. } => x0 < hi && x1 > lo,
        };
        if in_view {
            x.min(hi - width).max(lo)
        } else if centre < lo {
            x.min(lo - width - LABEL_GAP_PX)
        } else {
            x.max(hi + LABEL_GAP_PX)
        }
    };
    // Priority order: the pinned event, then the most newsworthy, then left to right.
    placed.sort_by(|a, b| {
        b.0.pinned
            .cmp(&a.0.pinned)
            .then(b.0.priority.cmp(&a.0.priority))
            .then(start_of(&a.0, &a.1).total_cmp(&start_of(&b.0, &b.1)))
            .then(a.0.event.cmp(&b.0.event))
    });
    // Each row's labels as `(start, end)` (the gap after a label included), sorted by start
    // and never overlapping.
    let mut rows: Vec<Vec<(f64, f64)>> = vec![Vec::new(); label_rows.clamp(1, MAX_LABEL_ROWS)];
    for (mark, shape) in placed {
        let x = start_of(&mark, &shape);
        let width = width_of(&mark);
        let end = x + width + LABEL_GAP_PX;
        let label = rows.iter_mut().enumerate().find_map(|(row, boxes)| {
            let at = boxes.partition_point(|&(start, _)| start < x);
            let after_previous = at == 0 || boxes[at - 1].1 <= x;
            let before_next = boxes.get(at).is_none_or(|&(start, _)| end <= start);
            (after_previous && before_next).then(|| {
                boxes.insert(at, (x, end));
                LabelBox { row, x, width }
            })
        });
        out.push(Placed::Single { event: mark.event, shape, label });
    }
    out
}

/// Where a mark's label starts: just left of a point, at the start of a band.
fn label_x(shape: &Shape) -> f64 {
    match *shape {
        Shape::Point { x } => x - 4.0,
        Shape::Band { x0, .. } => x0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(event: usize, x: f64) -> MarkInput {
        MarkInput { event, x0: x, x1: x, label_px: 68.0, pinned: false, priority: 0 }
    }

    fn labels(placed: &[Placed]) -> Vec<LabelBox> {
        placed
            .iter()
            .filter_map(|p| match p {
                Placed::Single { label, .. } => *label,
                Placed::Cluster { .. } => None,
            })
            .collect()
    }

    #[test]
    fn without_label_rows_marks_are_placed_the_same_and_unlabelled() {
        // Twenty points 35 px apart, then five close enough to make a cluster.
        let marks: Vec<_> = (0..25)
            .map(|i| point(i, if i < 20 { 35.0 * i as f64 } else { 700.0 + i as f64 }))
            .collect();
        let with = layout_lane(marks.clone(), (0.0, 800.0), 2);
        let without = layout_lane(marks, (0.0, 800.0), 0);
        assert!(with.iter().any(|p| matches!(p, Placed::Cluster { .. })));
        assert!(labels(&with).len() > 1);
        assert!(labels(&without).is_empty());
        let unlabelled = |placed: Vec<Placed>| {
            let mut placed: Vec<Placed> = placed
                .into_iter()
                .map(|p| match p {
                    Placed::Single { event, shape, .. } => {
                        Placed::Single { event, shape, label: None }
                    }
                    cluster => cluster,
                })
                .collect();
            placed.sort_by_key(|p| match p {
                Placed::Single { event, .. } => *event,
                Placed::Cluster { events, .. } => events[0],
            });
            placed
        };
        assert_eq!(unlabelled(with), unlabelled(without));
    }

    #[test]
    fn points_far_apart_stay_single() {
        let placed =
            layout_lane(vec![point(0, 0.0), point(1, 100.0), point(2, 300.0)], (0.0, 1280.0), 2);
        assert_eq!(placed.len(), 3);
        assert!(placed.iter().all(|p| matches!(p, Placed::Single { .. })));
    }

    #[test]
    fn dense_points_collapse_into_a_count_that_splits_when_spread_out() {
        let dense: Vec<_> = (0..5).map(|i| point(i, 100.0 + i as f64 * 2.0)).collect();
        let placed = layout_lane(dense, (0.0, 1280.0), 2);
        assert_eq!(placed.len(), 1);
        assert!(matches!(&placed[0], Placed::Cluster { events, .. } if events.len() == 5));
        // Zoomed in fifteen times, the same events are 30 px apart: no cluster any more.
        let spread: Vec<_> = (0..5).map(|i| point(i, 100.0 + i as f64 * 30.0)).collect();
        assert!(layout_lane(spread, (0.0, 1280.0), 2)
            .iter()
            .all(|p| matches!(p, Placed::Single { .. })));
    }

    #[test]
    fn points_cluster_only_when_they_would_hide_each_other_then_clusters_take_in_their_width() {
        let single = |placed: &[Placed]| placed.iter().all(|p| matches!(p, Placed::Single { .. }));
        assert!(single(&layout_lane(vec![point(0, 100.0), point(1, 111.0)], (0.0, 1280.0), 2)));
        // 8 px apart they would hide each other; a third 12 px further would overlap the circle.
        let placed =
            layout_lane(vec![point(0, 100.0), point(1, 108.0), point(2, 120.0)], (0.0, 1280.0), 2);
        assert!(
            matches!(&placed[..], [Placed::Cluster { events, .. }] if events.len() == 3),
            "{placed:?}"
        );
    }

    #[test]
    fn the_pinned_event_is_never_inside_a_cluster() {
        let mut marks: Vec<_> = (0..5).map(|i| point(i, 100.0 + i as f64)).collect();
        marks[2].pinned = true;
        let placed = layout_lane(marks, (0.0, 1280.0), 2);
        assert!(placed.iter().any(|p| matches!(p, Placed::Single { event: 2, .. })));
        for p in &placed {
            if let Placed::Cluster { events, .. } = p {
                assert!(!events.contains(&2));
            }
        }
    }

    #[test]
    fn when_room_runs_out_the_most_newsworthy_keep_their_labels() {
        // Ten points 30 px apart with 150 px labels: one row holds few of them.
        let marks: Vec<_> = (0..10)
            .map(|i| MarkInput {
                event: i,
                x0: 100.0 + i as f64 * 30.0,
                x1: 100.0 + i as f64 * 30.0,
                label_px: 150.0,
                pinned: false,
                priority: if i == 3 || i == 9 { 90 } else { 10 },
            })
            .collect();
        let placed = layout_lane(marks, (0.0, 1280.0), 1);
        let labelled: Vec<usize> = placed
            .iter()
            .filter_map(|p| match p {
                Placed::Single { event, label: Some(_), .. } => Some(*event),
                _ => None,
            })
            .collect();
        assert!(labelled.contains(&3) && labelled.contains(&9), "{labelled:?}");
        assert!(!labelled.contains(&2), "the minor neighbour gives way: {labelled:?}");
    }

    #[test]
    fn labels_never_overlap_within_a_row() {
        // A thousand points at random-ish positions with long labels.
        let marks: Vec<_> = (0..1000)
            .map(|i| MarkInput {
                event: i,
                x0: ((i * 7919) % 1280) as f64,
                x1: ((i * 7919) % 1280) as f64,
                label_px: (5 + i % 23) as f64 * 6.8,
                pinned: i % 97 == 0,
                priority: (i % 101) as u8,
            })
            .collect();
        let mut boxes = labels(&layout_lane(marks, (0.0, 1280.0), 2));
        assert!(!boxes.is_empty());
        boxes.sort_by(|a, b| (a.row, a.x).partial_cmp(&(b.row, b.x)).unwrap());
        for pair in boxes.windows(2) {
            if pair[0].row == pair[1].row {
                assert!(pair[0].x + pair[0].width <= pair[1].x, "{pair:?}");
            }
        }
    }

    #[test]
    fn the_pinned_event_always_gets_its_label() {
        // Three crowded points; the last is selected: its label wins over its neighbours'.
        let mut marks = vec![point(0, 100.0), point(1, 120.0), point(2, 140.0)];
        marks[2].pinned = true;
        let placed = layout_lane(marks, (0.0, 1280.0), 2);
        let pinned = placed.iter().find_map(|p| match p {
            Placed::Single { event: 2, label, .. } => Some(*label),
            _ => None,
        });
        assert!(matches!(pinned, Some(Some(LabelBox { row: 0, .. }))), "{placed:?}");
        let mut boxes = labels(&placed);
        boxes.sort_by(|a, b| (a.row, a.x).partial_cmp(&(b.row, b.x)).unwrap());
        for pair in boxes.windows(2) {
            if pair[0].row == pair[1].row {
                assert!(pair[0].x + pair[0].width <= pair[1].x, "{pair:?}");
            }
        }
    }

    #[test]
    fn overlapping_bands_take_separate_rows_and_overflow_becomes_points() {
        let band =
            |event, x0, x1| MarkInput { event, x0, x1, label_px: 27.0, pinned: false, priority: 0 };
        let marks = vec![
            band(0, 0.0, 200.0),
            band(1, 50.0, 250.0),
            band(2, 60.0, 260.0),
            band(3, 70.0, 270.0),
        ];
        let placed = layout_lane(marks, (0.0, 1280.0), 2);
        let mut rows: Vec<usize> = placed
            .iter()
            .filter_map(|p| match p {
                Placed::Single { shape: Shape::Band { row, .. }, .. } => Some(*row),
                _ => None,
            })
            .collect();
        rows.sort();
        assert_eq!(rows, vec![0, 1, 2]);
        assert!(placed
            .iter()
            .any(|p| matches!(p, Placed::Single { event: 3, shape: Shape::Point { .. }, .. })));
    }

    #[test]
    fn a_label_near_the_right_edge_ends_at_the_edge() {
        let placed = layout_lane(vec![point(0, 100.0), point(1, 395.0)], (0.0, 400.0), 2);
        for label in labels(&placed) {
            assert!(label.x >= 0.0 && label.x + label.width <= 400.0, "{label:?}");
        }
        assert_eq!(labels(&placed).len(), 2);
    }

    #[test]
    fn label_widths_are_estimated_per_character() {
        assert!(label_width("Summit in Hanoi") > label_width("illicit little lilt"));
        assert!(label_width("WWW") > label_width("iii") * 2.0);
        assert_eq!(label_width(""), 0.0);
        assert!(label_width("윤석열") > label_width("Yoo"), "Hangul is wide");
    }

    #[test]
    fn lanes_given_more_rows_label_more_events() {
        let marks: Vec<_> = (0..12)
            .map(|i| MarkInput {
                event: i,
                x0: i as f64 * 80.0,
                x1: i as f64 * 80.0,
                label_px: 300.0,
                pinned: false,
                priority: 0,
            })
            .collect();
        let two = labels(&layout_lane(marks.clone(), (0.0, 1280.0), 2)).len();
        let six = labels(&layout_lane(marks, (0.0, 1280.0), 6)).len();
        assert!(two < six && six == 12, "{two} then {six}");
    }

    #[test]
    fn a_label_wider_than_the_view_is_cut_to_it() {
        let mark =
            MarkInput { event: 0, x0: 10.0, x1: 10.0, label_px: 500.0, pinned: false, priority: 0 };
        let boxes = labels(&layout_lane(vec![mark], (0.0, 360.0), 2));
        assert_eq!(boxes.len(), 1);
        assert!(boxes[0].x >= 0.0 && boxes[0].x + boxes[0].width <= 360.0, "{boxes:?}");
        let title = "North Korea cuts off all communication channels with South Korea";
        let cut = fit_label(title, 300.0);
        assert!(cut.ends_with('…') && label_width(&cut) <= 300.0, "{cut}");
        assert_eq!(fit_label("Talks", 300.0), "Talks");
    }

    #[test]
    fn long_titles_are_cut_on_character_boundaries() {
        let title = "Pyongyang and Séoul agree to reopen the liaison office at Kaesong after two years of silence";
        let cut = label_text(title);
        assert_eq!(cut.chars().count(), LABEL_MAX_CHARS);
        assert!(cut.ends_with('…'));
        assert_eq!(label_text("短い"), "短い");
    }

    #[test]
    fn ten_thousand_marks_lay_out_quickly_enough_to_be_linearithmic() {
        let marks: Vec<_> = (0..10_000).map(|i| point(i, (i as f64) * 0.128)).collect();
        let placed = layout_lane(marks, (0.0, 1280.0), 2);
        let count: usize = placed
            .iter()
            .map(|p| match p {
                Placed::Single { .. } => 1,
                Placed::Cluster { events, .. } => events.len(),
            })
            .sum();
        assert_eq!(count, 10_000, "every event is drawn exactly once");
        let most = (1280.0 / OVERLAP_PX) as usize + 2;
        assert!(
            placed.len() <= most,
            "1280 px cannot show more than {most} marks: {}",
            placed.len()
        );
    }

    #[test]
    fn a_mark_outside_the_view_keeps_its_label_wholly_outside() {
        // Visible 0..600. A point 5 px left of the view and one 2 px right of it.
        let mut left = point(0, -5.0);
        left.label_px = 80.0;
        let mut right = point(1, 602.0);
        right.label_px = 80.0;
        let inside = point(2, 300.0);
        let placed = layout_lane(vec![left, right, inside], (0.0, 600.0), 2);
        let boxes: Vec<(usize, f64, f64)> = placed
            .iter()
            .filter_map(|p| match p {
                Placed::Single { event, label: Some(l), .. } => Some((*event, l.x, l.x + l.width)),
                _ => None,
            })
            .collect();
        for (event, start, end) in boxes {
            match event {
                0 => assert!(end <= 0.0, "left of the view: {start}..{end}"),
                1 => assert!(start >= 600.0, "right of the view: {start}..{end}"),
                _ => assert!(start >= 0.0 && end <= 600.0),
            }
        }
    }
}
