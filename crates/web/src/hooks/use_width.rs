//! The width of an element in CSS pixels, kept up to date when it resizes: with the window,
//! or on its own (the custom element is sized by its container, which may change alone).

use gloo::events::EventListener;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

/// The width drawn at before an element is measured (its first render).
pub const FALLBACK_WIDTH: f64 = 960.0;

/// The element's width: `None` until it is mounted and measured. The measure is taken in an
/// effect, which runs before the browser paints: a component can skip costly work (the
/// timeline's lane layout) on its first render and do it once, at the measured width.
#[hook]
pub fn use_width(node: NodeRef) -> Option<f64> {
    let width = use_state_eq(|| None);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let measure = {
                let node = node.clone();
                move || {
                    if let Some(element) = node.cast::<Element>() {
                        let w = f64::from(element.client_width());
                        if w > 0.0 {
                            width.set(Some(w));
                        }
                    }
                }
            };
            measure();
            let listener = gloo::utils::window();
            let on_resize = measure.clone();
            let listener = EventListener::new(&listener, "resize", move |_| on_resize());
            let callback = Closure::<dyn FnMut()>::new(measure);
            let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(element)) = (&observer, node.cast::<Element>()) {
                observer.observe(&element);
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop((listener, callback));
            }
        });
    }
    *width
}
