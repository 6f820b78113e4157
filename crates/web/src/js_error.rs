//! Messages for people from JavaScript errors (a thrown `Error`, a string, or anything else).

use wasm_bindgen::{JsCast, JsValue};

/// The error's message, or `fallback` when it carries none.
pub fn message(error: JsValue, fallback: &str) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| fallback.to_string())
}
