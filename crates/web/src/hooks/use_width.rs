//! The width of an element in CSS pixels, kept up to date when the window resizes.

use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

/// The element's width (`fallback` until it is mounted).
#[hook]
pub fn use_width(node: NodeRef, fallback: f64) -> f64 {
    let width = use_state_eq(|| fallback);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let measure = {
                let node = node.clone();
                move || {
                    if let Some(element) = node.cast::<Element>() {
                        let w = f64::from(element.client_width());
                        if w > 0.0 {
                            width.set(w);
                        }
                    }
                }
            };
            measure();
            let listener = gloo::utils::window();
            let listener = EventListener::new(&listener, "resize", move |_| measure());
            move || drop(listener)
        });
    }
    *width
}
