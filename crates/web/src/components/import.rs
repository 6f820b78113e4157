//! Bring your own articles: paste a text, or choose or drop `.txt` files (one or many).
//!
//! Texts are read on the main thread, one article per animation frame, with a progress bar
//! and a Cancel button, so the page stays responsive however many files are dropped (a Web
//! Worker would need a second copy of the core's wasm; see the crate's README). Each text is
//! checked ([`read_article`]): too large, empty or binary input is refused with a message;
//! doubtful input (bytes replaced, not English) is added with a note. Added articles are
//! merged into the timeline and stored in IndexedDB.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{DragEvent, File, FileList, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::library::{
    pasted_name, read_article, too_large, unique_id, UserArticle, MAX_ARTICLE_BYTES,
};
use crate::shared::Shared;
use crate::state::Action;
use crate::store::{self, Stored};

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    /// Ids of every article in the corpus (new ones must differ).
    pub taken: Rc<Vec<String>>,
    pub on_action: Callback<Action>,
}

/// One line of the report under the panel.
#[derive(Clone, PartialEq)]
struct Message {
    ok: bool,
    text: String,
}

/// A text waiting to be read.
struct Pending {
    name: String,
    bytes: Vec<u8>,
}

/// The running import: what is queued, what was read, what to tell the reader.
#[derive(Default)]
struct Importer {
    queue: VecDeque<Pending>,
    /// Texts queued since the last import finished, and how many of them are read.
    total: usize,
    done: usize,
    /// The one being read in the current frame (for the progress text).
    current: String,
    added: Vec<UserArticle>,
    stored: Vec<Stored>,
    messages: Vec<Message>,
    frame: Option<AnimationFrame>,
}

/// What the scheduled steps need: the importer, a way to redraw, and the app.
#[derive(Clone)]
struct Runner {
    importer: Rc<RefCell<Importer>>,
    redraw: UseForceUpdateHandle,
    taken: Rc<RefCell<Rc<Vec<String>>>>,
    on_action: Callback<Action>,
}

impl Runner {
    fn say(&self, ok: bool, text: String) {
        self.importer.borrow_mut().messages.push(Message { ok, text });
        self.redraw.force_update();
    }

    /// A new batch from the reader: the last batch's report goes, unless one is running.
    fn begin(&self) {
        let mut importer = self.importer.borrow_mut();
        if importer.total == importer.done && importer.frame.is_none() {
            importer.messages.clear();
        }
    }

    /// Queues a text and starts reading if idle.
    fn enqueue(&self, name: String, bytes: Vec<u8>) {
        let mut importer = self.importer.borrow_mut();
        importer.queue.push_back(Pending { name, bytes });
        importer.total += 1;
        if importer.frame.is_none() {
            importer.frame = Some(self.next_frame());
        }
        drop(importer);
        self.redraw.force_update();
    }

    fn next_frame(&self) -> AnimationFrame {
        let runner = self.clone();
        request_animation_frame(move |_| runner.step())
    }

    /// Reads one queued text; schedules the next or finishes.
    fn step(&self) {
        let mut importer = self.importer.borrow_mut();
        importer.frame = None;
        let Some(Pending { name, bytes }) = importer.queue.pop_front() else {
            drop(importer);
            return self.finish();
        };
        importer.current = name.clone();
        let mut taken: Vec<&str> = Vec::new();
        let all = self.taken.borrow().clone();
        taken.extend(all.iter().map(String::as_str));
        let added_ids: Vec<String> = importer.added.iter().map(|a| a.id().to_string()).collect();
        taken.extend(added_ids.iter().map(String::as_str));
        let id = unique_id(&name, &taken);
        let message = match read_article(&id, &name, &bytes) {
            Ok(article) => {
                let mut text = format!("Added “{name}” (as {id}).");
                for note in &article.notes {
                    text.push(' ');
                    text.push_str(note);
                }
                importer.stored.push(Stored { id, name, bytes });
                importer.added.push(article);
                Message { ok: true, text }
            }
            Err(refused) => Message { ok: false, text: refused.0 },
        };
        importer.messages.push(message);
        importer.done += 1;
        importer.frame = Some(self.next_frame());
        drop(importer);
        self.redraw.force_update();
    }

    /// Merges what was read into the timeline and stores it.
    fn finish(&self) {
        let mut importer = self.importer.borrow_mut();
        importer.total = 0;
        importer.done = 0;
        let added = std::mem::take(&mut importer.added);
        let stored = std::mem::take(&mut importer.stored);
        drop(importer);
        self.redraw.force_update();
        if added.is_empty() {
            return;
        }
        self.on_action.emit(Action::AddArticles(Shared::new(added)));
        let runner = self.clone();
        spawn_local(async move {
            if let Err(e) = store::save(&stored).await {
                runner.say(
                    false,
                    format!(
                        "The articles are on the timeline but could not be kept in this \
                         browser ({e}); they will be gone after a reload."
                    ),
                );
            }
        });
    }

    /// Stops reading: what was read so far is kept, the rest is dropped.
    fn cancel(&self) {
        let mut importer = self.importer.borrow_mut();
        importer.frame = None;
        let dropped = importer.queue.len();
        importer.queue.clear();
        let kept = importer.added.len();
        importer.messages.push(Message {
            ok: false,
            text: format!("Cancelled: {dropped} not read; {kept} already read are kept."),
        });
        drop(importer);
        self.finish();
    }

    /// Queues files; files over the size limit are refused without being read.
    fn add_files(&self, files: Vec<File>) {
        self.begin();
        for file in files {
            let name = file.name();
            let size = file.size() as usize;
            if size > MAX_ARTICLE_BYTES {
                self.say(false, too_large(&name, size));
                continue;
            }
            let runner = self.clone();
            spawn_local(async move {
                match JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => runner.enqueue(name, js_sys::Uint8Array::new(&buffer).to_vec()),
                    Err(_) => runner.say(false, format!("“{name}” could not be read.")),
                }
            });
        }
    }
}

fn files_of(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

#[function_component(ImportPanel)]
pub fn import_panel(props: &ImportProps) -> Html {
    let importer = use_mut_ref(Importer::default);
    let taken = use_mut_ref(|| props.taken.clone());
    *taken.borrow_mut() = props.taken.clone();
    let runner = Runner {
        importer: importer.clone(),
        redraw: use_force_update(),
        taken,
        on_action: props.on_action.clone(),
    };
    let paste = use_node_ref();
    let dragging = use_state_eq(|| false);

    let on_paste = {
        let runner = runner.clone();
        let paste = paste.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(area) = paste.cast::<HtmlTextAreaElement>() else { return };
            let text = area.value();
            runner.begin();
            if text.len() > MAX_ARTICLE_BYTES {
                runner.say(false, too_large("The pasted text", text.len()));
                return;
            }
            area.set_value("");
            runner.enqueue(pasted_name(&text), text.into_bytes());
        })
    };
    let on_choose = {
        let runner = runner.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            runner.add_files(files_of(input.files()));
            input.set_value("");
        })
    };
    let on_drop = {
        let runner = runner.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            runner.add_files(files_of(e.data_transfer().and_then(|d| d.files())));
        })
    };
    let on_dragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_dragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_cancel = {
        let runner = runner.clone();
        Callback::from(move |_: MouseEvent| runner.cancel())
    };

    let state = importer.borrow();
    let busy = state.total > state.done || state.frame.is_some();
    html! {
        <section class={classes!("import", dragging.then_some("dragging"))} aria-labelledby="import-heading"
            ondrop={on_drop} ondragover={on_dragover} ondragleave={on_dragleave}>
            <h2 id="import-heading">{ "Add your own articles" }</h2>
            <p class="muted">{ "Paste an article, or choose or drop .txt files here. They are read in this browser and kept in it; nothing is sent anywhere." }</p>
            <label for="paste-text">{ "Article text" }</label>
            <textarea id="paste-text" class="paste-text" ref={paste} rows="5"
                placeholder="Headline on the first line, then the article as copied from the news site" />
            <div class="import-actions">
                <button type="button" class="add-pasted" onclick={on_paste}>{ "Add pasted text" }</button>
                <label for="import-files">{ "or .txt files:" }</label>
                <input id="import-files" class="import-files" type="file" multiple=true accept=".txt,text/plain" onchange={on_choose} />
            </div>
            if busy {
                <div class="import-progress" role="status">
                    <label for="import-bar">{ format!("Reading {} of {}: {}", (state.done + 1).min(state.total), state.total, state.current) }</label>
                    <progress id="import-bar" max={state.total.to_string()} value={state.done.to_string()}></progress>
                    <button type="button" class="cancel-import" onclick={on_cancel}>{ "Cancel" }</button>
                </div>
            }
            <ul class="import-messages" aria-live="polite">
                { for state.messages.iter().map(|m| html! {
                    <li class={if m.ok { "import-ok" } else { "import-error" }}>{ &m.text }</li>
                }) }
            </ul>
        </section>
    }
}
