//! The page's side of the parser worker (`crates/worker`): the core's extraction pipeline in
//! its own wasm module, on its own thread, started the first time the reader has articles to
//! read. Requests wait until the worker says it is ready; each answer goes to the request that
//! asked. Message shapes: `dateline_worker::protocol`.
//!
//! Where the worker script is: `globalThis.__datelineWorker` when the page set it (a URL, or a
//! function returning a `Worker`: the build's loader gives the content-hashed name, the custom
//! element a URL next to its own script, the single file a `blob:` worker), else
//! `worker-loader.js` next to the page (what `trunk serve` writes).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use dateline_core::bundle::Bundle;
use dateline_worker::protocol::{field, Outcome};
use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ErrorEvent, Event, MessageEvent, Worker};

use crate::bundle_json::{json_error, parse_bundle};
use crate::i18n::{fill, t};
use crate::library::UserArticle;

/// The worker script when the page names none.
const DEFAULT_SCRIPT: &str = "./worker-loader.js";

/// Reads one article in the worker. An error is for people: the worker could not start,
/// stopped, or answered nonsense.
pub async fn read(article: &UserArticle) -> Result<Outcome, String> {
    let entry = Object::new();
    set(&entry, field::ID, &article.id.as_str().into());
    set(&entry, field::NAME, &article.name.as_str().into());
    set(&entry, field::BYTES, &Uint8Array::from(article.bytes.as_slice()).into());
    if let Some(date) = &article.published {
        set(&entry, field::PUBLISHED, &date.as_str().into());
    }
    set(&entry, field::LANG, &t().tag.into());
    let answer = request(field::READ, entry.into()).await?;
    let json = Reflect::get(&answer, &field::OUTCOME.into()).ok().and_then(|v| v.as_string());
    serde_json::from_str(&json.unwrap_or_default())
        .map_err(|e| fill(t().reader_bad_answer, &[("why", &json_error(&e))]))
}

/// Merges the articles `ids` the worker read, after the embedded articles when `seeds`: the
/// bundle, and its JSON text.
pub async fn merge(seeds: bool, ids: &[String]) -> Result<(Bundle, Rc<str>), String> {
    let body = Object::new();
    set(&body, field::SEEDS, &seeds.into());
    let list: Array = ids.iter().map(|id| JsValue::from_str(id)).collect();
    set(&body, field::IDS, &list);
    let answer = request(field::MERGE, body.into()).await?;
    let json = Reflect::get(&answer, &field::BUNDLE.into()).ok().and_then(|v| v.as_string());
    let json = json.unwrap_or_default();
    let bundle = parse_bundle(&json).map_err(|e| fill(t().reader_bad_answer, &[("why", &e)]))?;
    Ok((bundle, json.into()))
}

/// Makes an export file (`format`: `bundle`, `timelinejs`, `csv` or `ics`) of the bundle the
/// JSON `parts` give.
pub async fn export(format: &str, parts: &[Rc<str>]) -> Result<String, String> {
    let body = Object::new();
    set(&body, field::FORMAT, &format.into());
    let list: Array = parts.iter().map(|part| JsValue::from_str(part)).collect();
    set(&body, field::PARTS, &list);
    let answer = request(field::EXPORT, body.into()).await?;
    let get = |name: &str| Reflect::get(&answer, &name.into()).ok().and_then(|v| v.as_string());
    match (get(field::FILE), get(field::ERROR)) {
        (Some(file), _) => Ok(file),
        (None, error) => Err(error.unwrap_or_else(|| t().file_not_made.to_string())),
    }
}

type Settle = Box<dyn FnOnce(Result<JsValue, String>)>;

/// The running worker.
struct Client {
    worker: Worker,
    ready: bool,
    /// Messages posted before the worker was ready.
    queued: Vec<JsValue>,
    waiting: HashMap<u32, Settle>,
    next_request: u32,
    // Kept alive as long as the worker.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
}

/// Sends `{ request, <kind>: body }` and waits for the answer with the same number.
async fn request(kind: &str, body: JsValue) -> Result<JsValue, String> {
    let answer: Rc<RefCell<Option<Result<JsValue, String>>>> = Rc::default();
    let mut resolve_slot: Option<Function> = None;
    let promise = Promise::new(&mut |resolve, _reject| resolve_slot = Some(resolve));
    let settle: Settle = {
        let answer = answer.clone();
        Box::new(move |result| {
            *answer.borrow_mut() = Some(result);
            if let Some(resolve) = resolve_slot {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
        })
    };
    submit(kind, body, settle);
    let _ = JsFuture::from(promise).await;
    let result = answer.borrow_mut().take();
    result.unwrap_or_else(|| Err(t().reader_no_answer.to_string()))
}

fn submit(kind: &str, body: JsValue, settle: Settle) {
    let mut settle = Some(settle);
    let failed = CLIENT.with_borrow_mut(|slot| {
        if slot.is_none() {
            match start() {
                Ok(client) => *slot = Some(client),
                Err(why) => return Some(why),
            }
        }
        let client = slot.as_mut()?;
        let number = client.next_request;
        client.next_request = client.next_request.wrapping_add(1);
        let message = Object::new();
        set(&message, field::REQUEST, &number.into());
        set(&message, kind, &body);
        client.waiting.extend(settle.take().map(|s| (number, s)));
        if client.ready {
            return post(&client.worker, &message).err();
        }
        client.queued.push(message.into());
        None
    });
    match (failed, settle) {
        // The worker did not start: only this request knew it.
        (Some(why), Some(settle)) => settle(Err(why)),
        // It did not take the message: every request it has fails.
        (Some(why), None) => broke(why),
        (None, _) => {}
    }
}

fn start() -> Result<Client, String> {
    let worker = spawn_worker().map_err(|why| fill(t().reader_not_started, &[("why", &why)]))?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|e: MessageEvent| heard(&e.data()));
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // A script that fails to load fires a plain `Event`, an error in it an `ErrorEvent`.
    let on_error = Closure::<dyn FnMut(Event)>::new(|e: Event| {
        let detail = e.dyn_ref::<ErrorEvent>().map(ErrorEvent::message).unwrap_or_default();
        broke(if detail.is_empty() {
            t().reader_not_loaded.to_string()
        } else {
            fill(t().reader_stopped, &[("why", &detail)])
        });
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Client {
        worker,
        ready: false,
        queued: Vec::new(),
        waiting: HashMap::new(),
        next_request: 1,
        _on_message: on_message,
        _on_error: on_error,
    })
}

fn spawn_worker() -> Result<Worker, String> {
    let named =
        Reflect::get(&js_sys::global(), &"__datelineWorker".into()).unwrap_or(JsValue::UNDEFINED);
    if let Some(make) = named.dyn_ref::<Function>() {
        return make
            .call0(&JsValue::NULL)
            .map_err(describe)?
            .dyn_into::<Worker>()
            .map_err(|_| "__datelineWorker() gave no Worker".to_string());
    }
    let script = named.as_string().unwrap_or_else(|| DEFAULT_SCRIPT.to_string());
    Worker::new(&script).map_err(describe)
}

/// A message from the worker.
fn heard(data: &JsValue) {
    let get = |name: &str| Reflect::get(data, &name.into()).unwrap_or(JsValue::UNDEFINED);
    if get(field::READY).is_truthy() {
        let failed = CLIENT.with_borrow_mut(|slot| {
            let client = slot.as_mut()?;
            client.ready = true;
            let queued = std::mem::take(&mut client.queued);
            queued.iter().find_map(|message| post(&client.worker, message).err())
        });
        if let Some(why) = failed {
            broke(why);
        }
        return;
    }
    let Some(number) = get(field::REQUEST).as_f64().map(|n| n as u32) else { return };
    // Settled with the client released: the awaiting code may send the next request.
    let settle =
        CLIENT.with_borrow_mut(|slot| slot.as_mut().and_then(|c| c.waiting.remove(&number)));
    if let Some(settle) = settle {
        settle(Ok(data.clone()));
    }
}

/// The worker failed: every waiting request fails with `why`; the next starts a new worker.
fn broke(why: String) {
    if let Some(client) = CLIENT.with_borrow_mut(Option::take) {
        client.worker.terminate();
        for (_, settle) in client.waiting {
            settle(Err(why.clone()));
        }
    }
}

fn post(worker: &Worker, message: &JsValue) -> Result<(), String> {
    worker.post_message(message).map_err(|e| fill(t().reader_handoff, &[("why", &describe(e))]))
}

fn set(object: &Object, name: &str, value: &JsValue) {
    let _ = Reflect::set(object, &name.into(), value);
}

fn describe(error: JsValue) -> String {
    crate::js_error::message(error, "unknown error")
}
