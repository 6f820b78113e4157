//! The parser worker's entry point: wasm-bindgen glue between `postMessage` and
//! [`Session::run`](dateline_worker::session::Session::run). The message shapes are in
//! `protocol.rs`; everything else is in the library, tested natively.
//!
//! Trunk builds this binary with `data-type="worker"` (wasm-bindgen's `no-modules` target); the
//! page starts it through `worker-loader.js` only when a reader has articles of their own.

#![forbid(unsafe_code)]

#[cfg(target_arch = "wasm32")]
mod glue {
    use std::cell::RefCell;

    use dateline_worker::protocol::field;
    use dateline_worker::session::{Session, Text};
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use wasm_bindgen::prelude::*;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    thread_local! {
        static SESSION: RefCell<Session> = RefCell::new(Session::default());
    }

    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
            let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
            handle(&scope, &event.data());
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker.
        on_message.forget();
        post(&scope, &[(field::READY, JsValue::TRUE)]);
    }

    fn handle(scope: &DedicatedWorkerGlobalScope, data: &JsValue) {
        let get = |value: &JsValue, name: &str| {
            Reflect::get(value, &name.into()).ok().filter(|v| !v.is_undefined())
        };
        let string = |value: &JsValue, name: &str| get(value, name).and_then(|v| v.as_string());
        let request = get(data, field::REQUEST).unwrap_or(JsValue::UNDEFINED);
        if let Some(article) = get(data, field::READ) {
            let text = Text {
                id: string(&article, field::ID).unwrap_or_default(),
                name: string(&article, field::NAME).unwrap_or_default(),
                bytes: get(&article, field::BYTES)
                    .and_then(|v| v.dyn_into::<Uint8Array>().ok())
                    .map(|b| b.to_vec())
                    .unwrap_or_default(),
                published: string(&article, field::PUBLISHED),
                lang: string(&article, field::LANG),
            };
            let outcome = SESSION.with_borrow_mut(|session| session.read(text));
            let json = serde_json::to_string(&outcome).unwrap_or_default();
            post(scope, &[(field::REQUEST, request), (field::OUTCOME, json.into())]);
        } else if let Some(merge) = get(data, field::MERGE) {
            let seeds = get(&merge, field::SEEDS).is_some_and(|v| v.is_truthy());
            let ids: Vec<String> = get(&merge, field::IDS)
                .and_then(|v| v.dyn_into::<Array>().ok())
                .map(|list| list.iter().filter_map(|id| id.as_string()).collect())
                .unwrap_or_default();
            let bundle = SESSION.with_borrow_mut(|session| session.merge(seeds, &ids));
            let json = serde_json::to_string(&bundle).unwrap_or_default();
            post(scope, &[(field::REQUEST, request), (field::BUNDLE, json.into())]);
        } else if let Some(export) = get(data, field::EXPORT) {
            let format = string(&export, field::FORMAT).unwrap_or_default();
            let parts: Vec<String> = get(&export, field::PARTS)
                .and_then(|v| v.dyn_into::<Array>().ok())
                .map(|list| list.iter().filter_map(|part| part.as_string()).collect())
                .unwrap_or_default();
            let answer = match dateline_worker::export::export(&format, &parts) {
                Ok(file) => (field::FILE, file),
                Err(error) => (field::ERROR, error),
            };
            post(scope, &[(field::REQUEST, request), (answer.0, answer.1.into())]);
        }
    }

    fn post(scope: &DedicatedWorkerGlobalScope, fields: &[(&str, JsValue)]) {
        let message = Object::new();
        for (name, value) in fields {
            let _ = Reflect::set(&message, &(*name).into(), value);
        }
        // Posting a plain object of strings cannot fail to clone.
        let _ = scope.post_message(&message);
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    glue::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!(
        "dateline-worker runs in a browser, as the explorer's Web Worker; natively, use the \
         dateline CLI."
    );
}
