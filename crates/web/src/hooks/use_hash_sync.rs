//! Keeps the URL hash and the state in step, both ways.
//!
//! State → hash: a change of selection, filters, lanes or view pushes a history entry (so the
//! back button steps back through them); a change of the zoom window alone replaces the
//! current entry (a pan would otherwise flood the history). Hash → state: the back and
//! forward buttons (`popstate`) and hand edits (`hashchange`) restore the state.
//!
//! Window-only changes are written a moment after the last one ([`SETTLE_MS`]): browsers
//! throttle history updates, and a pan would otherwise rewrite the URL on every frame.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::state::{Action, Explorer, Load};
use crate::view::hash::HashState;

/// How long the window must rest before the URL follows it.
const SETTLE_MS: u32 = 250;

#[hook]
pub fn use_hash_sync(state: &UseReducerHandle<Explorer>) {
    let written = use_mut_ref(|| None::<HashState>);
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    // Under a hosting page (the custom element) the URL is the page's, not ours.
    let own_url = use_context::<crate::embed::Host>().is_none();
    let ready = state.load != Load::Loading && own_url;
    let current = state.to_hash();
    {
        let written = written.clone();
        use_effect_with((ready, current), move |(ready, current)| {
            if !*ready {
                return;
            }
            // Any newer change supersedes a pending window-only write.
            pending.borrow_mut().take();
            let window_only = written.borrow().as_ref().is_none_or(|before| {
                HashState { window: current.window, ..before.clone() } == *current
            });
            if window_only && written.borrow().is_some() {
                let (written, current) = (written.clone(), current.clone());
                *pending.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || {
                    write_hash(&current, &mut written.borrow_mut());
                }));
            } else {
                write_hash(current, &mut written.borrow_mut());
            }
        });
    }
    let dispatcher = state.dispatcher();
    use_effect_with(own_url, move |own_url| {
        let window = gloo::utils::window();
        let restore = move || {
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            let parsed = HashState::parse(&hash);
            *written.borrow_mut() = Some(parsed.clone());
            dispatcher.dispatch(Action::RestoreHash(parsed));
        };
        let restore2 = restore.clone();
        let listeners = own_url.then(|| {
            let popstate = EventListener::new(&window, "popstate", move |_| restore());
            let hashchange = EventListener::new(&window, "hashchange", move |_| restore2());
            (popstate, hashchange)
        });
        move || drop(listeners)
    });
}

/// Writes `current` to the URL unless it is already there.
fn write_hash(current: &HashState, written: &mut Option<HashState>) {
    let window = gloo::utils::window();
    let location = window.location();
    let on_page = HashState::parse(&location.hash().unwrap_or_default());
    if on_page == *current {
        *written = Some(current.clone());
        return;
    }
    let hash = current.to_hash();
    let url = if hash == "#" {
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        hash
    };
    let only_window_moved = written
        .as_ref()
        .is_some_and(|before| HashState { window: current.window, ..before.clone() } == *current)
        || written.is_none();
    if let Ok(history) = window.history() {
        let _ = if only_window_moved {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
    *written = Some(current.clone());
}
