//! Exports of the current bundle (every article, the reader's included): the bundle JSON,
//! TimelineJS3 JSON, CSV and iCalendar (the core's exporters, run in the parser worker from the
//! JSON the bundle was read from: they would weigh on the page's wasm), and the visible
//! timeline as SVG or PNG (made in the page). Files are handed to the browser as Blob URLs;
//! nothing is sent anywhere.

use js_sys::{Array, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, Element, HtmlCanvasElement, HtmlElement, HtmlImageElement, Url,
};
use yew::prelude::*;

use crate::i18n::{fill, t};

use crate::library::JsonParts;
use crate::parser;

/// Drawing properties copied from the page's styles onto the exported SVG, which carries no
/// stylesheet of its own. They are written as SVG presentation attributes, not `style`
/// attributes, which the page's strict Content-Security-Policy would refuse.
const STYLE_PROPERTIES: &[&str] = &[
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "opacity",
    "font-family",
    "font-size",
    "font-weight",
];

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    /// The JSON texts the shown bundle was read from.
    pub json: JsonParts,
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Bundle,
    TimelineJs,
    Csv,
    Ics,
    Svg,
    Png,
}

impl Format {
    const ALL: [Format; 6] =
        [Format::Bundle, Format::TimelineJs, Format::Csv, Format::Ics, Format::Svg, Format::Png];

    fn label(self) -> &'static str {
        t().formats[self as usize]
    }

    /// The parser worker's name for a format it makes.
    fn worker_format(self) -> Option<&'static str> {
        match self {
            Format::Bundle => Some("bundle"),
            Format::TimelineJs => Some("timelinejs"),
            Format::Csv => Some("csv"),
            Format::Ics => Some("ics"),
            Format::Svg | Format::Png => None,
        }
    }

    fn file(self) -> &'static str {
        match self {
            Format::Bundle => "dateline-bundle.json",
            Format::TimelineJs => "dateline-timelinejs.json",
            Format::Csv => "dateline-events.csv",
            Format::Ics => "dateline-events.ics",
            Format::Svg => "dateline-timeline.svg",
            Format::Png => "dateline-timeline.png",
        }
    }
}

#[function_component(Export)]
pub fn export(props: &ExportProps) -> Html {
    let status = use_state(String::new);
    let button = |format: Format| {
        let json = props.json.clone();
        let status = status.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let json = json.clone();
            let status = status.clone();
            status.set(fill(t().making, &[("file", &format.file())]));
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match make(format, &json).await {
                    Ok(()) => fill(t().saved, &[("file", &format.file())]),
                    Err(e) => {
                        fill(t().export_failed, &[("format", &format.label()), ("error", &e)])
                    }
                });
            });
        });
        html! {
            <li><button type="button" class={format!("export-{}", format.file().rsplit('.').next().unwrap_or(""))}
                data-file={format.file()} {onclick}>{ format.label() }</button></li>
        }
    };
    html! {
        <details class="export">
            <summary>{ t().export }</summary>
            <ul class="export-list">{ for Format::ALL.into_iter().map(button) }</ul>
            <p class="muted export-status" role="status">{ (*status).clone() }</p>
        </details>
    }
}

/// Makes the file and hands it to the browser.
async fn make(format: Format, json: &JsonParts) -> Result<(), String> {
    let (text, mime) = match format {
        Format::Svg => (timeline_svg()?, "image/svg+xml"),
        Format::Png => return png().await,
        Format::Bundle | Format::TimelineJs => {
            (worker_file(format, json).await?, "application/json")
        }
        Format::Csv => (worker_file(format, json).await?, "text/csv"),
        Format::Ics => (worker_file(format, json).await?, "text/calendar"),
    };
    let blob = blob(&text, mime)?;
    download(&blob, format.file())
}

async fn worker_file(format: Format, json: &JsonParts) -> Result<String, String> {
    let name = format.worker_format().ok_or("not a worker format")?;
    parser::export(name, json).await
}

fn blob(text: &str, mime: &str) -> Result<Blob, String> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&Array::of1(&JsValue::from_str(text)), &options)
        .map_err(|_| "the browser refused to make the file".to_string())
}

/// Saves a blob under `name` through a temporary link.
fn download(blob: &Blob, name: &str) -> Result<(), String> {
    let url = Url::create_object_url_with_blob(blob).map_err(|_| "no object URL")?;
    let result = click_link(&url, name);
    // The download has started once the click returns; the URL can go a moment later.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    result
}

fn click_link(href: &str, name: &str) -> Result<(), String> {
    let document = gloo::utils::document();
    let link: HtmlElement = document.create_element("a").map_err(|_| "no link")?.unchecked_into();
    let _ = link.set_attribute("href", href);
    let _ = link.set_attribute("download", name);
    link.click();
    Ok(())
}

/// The timeline's SVG as drawn now, with its computed colours and fonts written on each
/// element and a background, so it looks the same outside the page.
fn timeline_svg() -> Result<String, String> {
    let document = gloo::utils::document();
    let live = document
        .query_selector(".timeline-svg")
        .ok()
        .flatten()
        .ok_or("switch to the timeline view first")?;
    let copy: Element =
        live.clone_node_with_deep(true).map_err(|_| "copy failed")?.unchecked_into();
    let window = gloo::utils::window();
    let (from, to) = (live.query_selector_all("*"), copy.query_selector_all("*"));
    if let (Ok(from), Ok(to)) = (from, to) {
        for i in 0..from.length().min(to.length()) {
            let (Some(a), Some(b)) = (from.item(i), to.item(i)) else { continue };
            let (a, b): (Element, Element) = (a.unchecked_into(), b.unchecked_into());
            let Ok(Some(style)) = window.get_computed_style(&a) else { continue };
            for property in STYLE_PROPERTIES {
                if let Ok(value) = style.get_property_value(property) {
                    let _ = b.set_attribute(property, &value);
                }
            }
        }
    }
    let background = window
        .get_computed_style(&document.body().ok_or("no body")?.into())
        .ok()
        .flatten()
        .and_then(|s| s.get_property_value("background-color").ok())
        .unwrap_or_else(|| "#fff".into());
    if let Ok(rect) = document.create_element_ns(Some("http://www.w3.org/2000/svg"), "rect") {
        for (name, value) in [("width", "100%"), ("height", "100%"), ("fill", background.as_str())]
        {
            let _ = rect.set_attribute(name, value);
        }
        let _ = copy.insert_before(&rect, copy.first_child().as_ref());
    }
    let serialized = web_sys::XmlSerializer::new()
        .and_then(|s| s.serialize_to_string(&copy))
        .map_err(|_| "could not write the SVG")?;
    Ok(format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{serialized}"))
}

/// The timeline as a PNG at twice the screen's resolution: the SVG drawn onto a canvas.
async fn png() -> Result<(), String> {
    let svg = timeline_svg()?;
    let image = HtmlImageElement::new().map_err(|_| "no image")?;
    let url = Url::create_object_url_with_blob(&blob(&svg, "image/svg+xml")?)
        .map_err(|_| "no object URL")?;
    let loaded = Promise::new(&mut |resolve, reject| {
        image.set_onload(Some(&resolve));
        image.set_onerror(Some(&reject));
    });
    image.set_src(&url);
    let result = JsFuture::from(loaded).await;
    let _ = Url::revoke_object_url(&url);
    result.map_err(|_| {
        "the picture could not be drawn (a page whose Content-Security-Policy does not allow \
         img-src blob: cannot; export the SVG instead)"
    })?;
    let (width, height) = (image.natural_width(), image.natural_height());
    let canvas: HtmlCanvasElement =
        gloo::utils::document().create_element("canvas").map_err(|_| "no canvas")?.unchecked_into();
    canvas.set_width(width * 2);
    canvas.set_height(height * 2);
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok().flatten().ok_or("no 2D canvas")?.unchecked_into();
    let _ = context.scale(2.0, 2.0);
    context
        .draw_image_with_html_image_element(&image, 0.0, 0.0)
        .map_err(|_| "the picture could not be drawn")?;
    let data = canvas.to_data_url_with_type("image/png").map_err(|_| "no PNG")?;
    click_link(&data, Format::Png.file())
}
