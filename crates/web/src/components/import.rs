//! Bring your own articles: paste a text, or choose or drop `.txt` articles, saved `.html`
//! pages or `.jsonl`/`.csv` exports (one article per record; one or many files), with
//! an optional publication date for texts that state none.
//!
//! Texts are read by the parser worker ([`crate::parser`]), off the main thread, one article
//! per request, with a progress bar and a Cancel button (what was read is kept). Each text is
//! checked (`dateline_worker::intake`): too large, empty or binary input is refused with a
//! message; doubtful input (bytes replaced, not English, no date) is added with a note. Added
//! articles are merged into the timeline and stored in IndexedDB.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use dateline_worker::intake::{self, MAX_ARTICLE_BYTES};
use gloo::timers::callback::Timeout;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{DragEvent, File, FileList, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::i18n::{fill, t};

use crate::library::{self, pasted_name, unique_id, Base, Merged, Progress, UserArticle};
use crate::shared::Shared;
use crate::state::Action;
use crate::store;

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    /// Ids of every article in the corpus (new ones must differ).
    pub taken: Rc<Vec<String>>,
    /// What the corpus starts from, and the reader's articles so far.
    pub base: Shared<Base>,
    pub user: Shared<Vec<UserArticle>>,
    pub on_action: Callback<Action>,
}

/// One line of the report under the panel.
#[derive(Clone, PartialEq)]
struct Message {
    ok: bool,
    text: String,
}

/// The running import: what is queued, how far the batch in the worker is, what to tell the
/// reader.
#[derive(Default)]
struct Importer {
    /// New texts waiting for the next batch.
    queue: Vec<UserArticle>,
    /// A batch is in the worker.
    running: bool,
    /// Dropped or chosen files still being read from disk: the batch waits for them, so that
    /// files given together are read (and counted) together.
    reading: usize,
    /// Of those, how many Cancel dropped (they are skipped when they arrive).
    dropping: usize,
    /// Texts Cancel dropped before the worker saw them, for the running batch's report.
    dropped: usize,
    /// Its progress, once the worker started on it.
    progress: Option<Progress>,
    messages: Vec<Message>,
    /// The next batch starts on a timeout, so files dropped together go together.
    flush: Option<Timeout>,
}

/// What the scheduled steps need: the importer, a way to redraw, and the app's current state.
#[derive(Clone)]
struct Runner {
    importer: Rc<RefCell<Importer>>,
    /// Set by Cancel; read by the batch before each article.
    stop: Rc<Cell<bool>>,
    redraw: UseForceUpdateHandle,
    current: Rc<RefCell<Current>>,
    on_action: Callback<Action>,
}

/// The props as of the last render (a batch reads them when it starts).
struct Current {
    taken: Rc<Vec<String>>,
    base: Shared<Base>,
    user: Shared<Vec<UserArticle>>,
}

impl Runner {
    fn say(&self, ok: bool, text: String) {
        self.importer.borrow_mut().messages.push(Message { ok, text });
        self.redraw.force_update();
    }

    /// A new batch from the reader: the last batch's report goes, unless one is running.
    fn begin(&self) {
        let mut importer = self.importer.borrow_mut();
        if !importer.running && importer.queue.is_empty() {
            importer.messages.clear();
        }
    }

    /// Queues a text (with the reader's date, if given) and schedules the next batch.
    fn enqueue(&self, name: String, bytes: Vec<u8>, published: Option<String>) {
        let mut importer = self.importer.borrow_mut();
        let current = self.current.borrow();
        let mut taken: Vec<&str> = current.taken.iter().map(String::as_str).collect();
        taken.extend(importer.queue.iter().map(UserArticle::id));
        let id = unique_id(&name, &taken);
        drop(current);
        importer.queue.push(UserArticle::new(id, name, bytes, published));
        drop(importer);
        self.schedule();
        self.redraw.force_update();
    }

    /// Starts the next batch soon, unless one runs or files are still being read.
    fn schedule(&self) {
        let mut importer = self.importer.borrow_mut();
        if !importer.running && importer.flush.is_none() && importer.reading == 0 {
            let runner = self.clone();
            importer.flush = Some(Timeout::new(0, move || runner.start_batch()));
        }
    }

    /// Hands the queued texts, with the reader's articles so far, to the worker.
    fn start_batch(&self) {
        let mut importer = self.importer.borrow_mut();
        importer.flush = None;
        if importer.running || importer.queue.is_empty() {
            return;
        }
        let fresh = std::mem::take(&mut importer.queue);
        importer.running = true;
        importer.progress = None;
        drop(importer);
        self.stop.set(false);
        self.redraw.force_update();
        let current = self.current.borrow();
        let (base, kept) = (current.base.clone(), (*current.user).clone());
        drop(current);
        let runner = self.clone();
        spawn_local(async move {
            let on_progress = {
                let runner = runner.clone();
                move |progress| {
                    runner.importer.borrow_mut().progress = Some(progress);
                    runner.redraw.force_update();
                }
            };
            let stop = runner.stop.clone();
            let go_on = move || !stop.get();
            let result = library::read(&base, kept, fresh, &on_progress, &go_on).await;
            runner.finish(result);
        });
    }

    /// Reports the batch, merges it into the timeline, stores what was added, and starts the
    /// next batch if texts were queued meanwhile.
    fn finish(&self, result: Result<Merged, String>) {
        let mut importer = self.importer.borrow_mut();
        importer.running = false;
        importer.progress = None;
        let merged = match result {
            Ok(merged) => merged,
            Err(why) => {
                importer
                    .messages
                    .push(Message { ok: false, text: fill(t().nothing_added, &[("why", &why)]) });
                drop(importer);
                return self.redraw.force_update();
            }
        };
        let mut added = Vec::new();
        for (article, outcome) in &merged.read {
            importer.messages.push(match &outcome.refused {
                Some(why) => Message { ok: false, text: why.clone() },
                None => {
                    let (name, id) = (&article.name, &article.id);
                    let mut text = fill(t().added_as, &[("name", name), ("id", id)]);
                    for note in &outcome.notes {
                        text.push(' ');
                        text.push_str(note);
                    }
                    added.push(article.clone());
                    Message { ok: true, text }
                }
            });
        }
        if self.stop.get() {
            let unread = merged.unread + std::mem::take(&mut importer.dropped);
            importer.messages.push(Message {
                ok: false,
                text: fill(t().cancelled, &[("unread", &unread), ("kept", &added.len())]),
            });
        }
        let next = !importer.queue.is_empty();
        drop(importer);
        self.redraw.force_update();
        if !added.is_empty() {
            let n = added.len();
            self.on_action.emit(Action::Merged {
                user: Shared::new(merged.user),
                announcement: fill(
                    t().articles_added[usize::from(n != 1)],
                    &[("n", &n), ("events", &merged.bundle.events.len())],
                ),
                bundle: merged.bundle,
                json: merged.json,
                reload: None,
            });
            let runner = self.clone();
            spawn_local(async move {
                if let Err(e) = store::save(&added).await {
                    runner.say(false, fill(t().not_kept, &[("why", &e)]));
                }
            });
        }
        if next {
            // On a timeout: after the merge above reached the props (the next batch reads them).
            self.schedule();
        }
    }

    /// Stops after the article being read: what was read is kept, the rest is dropped.
    fn cancel(&self) {
        self.stop.set(true);
        let mut importer = self.importer.borrow_mut();
        let dropped = importer.queue.len() + importer.reading;
        importer.queue.clear();
        importer.dropping = importer.reading;
        importer.flush = None;
        if importer.running {
            // The batch stops after its current article and reports.
            importer.dropped = dropped;
        } else {
            importer.messages.push(Message {
                ok: false,
                text: fill(t().cancelled, &[("unread", &dropped), ("kept", &0)]),
            });
        }
        drop(importer);
        self.redraw.force_update();
    }

    /// Queues files; files over the size limit are refused without being read.
    fn add_files(&self, files: Vec<File>, published: Option<String>) {
        self.begin();
        for file in files {
            let name = file.name();
            let size = file.size() as usize;
            if size > MAX_ARTICLE_BYTES {
                self.say(false, too_large(&name, size));
                continue;
            }
            self.importer.borrow_mut().reading += 1;
            let runner = self.clone();
            let published = published.clone();
            spawn_local(async move {
                let read = JsFuture::from(file.array_buffer()).await;
                let mut importer = runner.importer.borrow_mut();
                importer.reading -= 1;
                if importer.dropping > 0 {
                    importer.dropping -= 1;
                    drop(importer);
                    return runner.redraw.force_update();
                }
                drop(importer);
                match read {
                    Ok(buffer) => {
                        runner.enqueue(name, js_sys::Uint8Array::new(&buffer).to_vec(), published)
                    }
                    Err(_) => {
                        runner.say(false, fill(t().file_unreadable, &[("name", &name)]));
                        runner.schedule();
                    }
                }
            });
        }
    }
}

/// Why a text over [`MAX_ARTICLE_BYTES`] is refused, in the page's locale.
fn too_large(name: &str, bytes: usize) -> String {
    intake::too_large_as(t().too_large, name, bytes)
}

fn files_of(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

#[function_component(ImportPanel)]
pub fn import_panel(props: &ImportProps) -> Html {
    let importer = use_mut_ref(Importer::default);
    let now = || Current {
        taken: props.taken.clone(),
        base: props.base.clone(),
        user: props.user.clone(),
    };
    let current = use_mut_ref(now);
    *current.borrow_mut() = now();
    let runner = Runner {
        importer: importer.clone(),
        stop: use_memo((), |_| Rc::new(Cell::new(false))).as_ref().clone(),
        redraw: use_force_update(),
        current,
        on_action: props.on_action.clone(),
    };
    let paste = use_node_ref();
    let date = use_node_ref();
    // The reader's date, `YYYY-MM-DD` (a date field gives nothing else), if one is set.
    let published = {
        let date = date.clone();
        move || date.cast::<HtmlInputElement>().map(|i| i.value()).filter(|v| !v.is_empty())
    };
    let dragging = use_state_eq(|| false);

    let on_paste = {
        let runner = runner.clone();
        let paste = paste.clone();
        let published = published.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(area) = paste.cast::<HtmlTextAreaElement>() else { return };
            let text = area.value();
            runner.begin();
            if text.len() > MAX_ARTICLE_BYTES {
                runner.say(false, too_large(t().the_pasted_text, text.len()));
                return;
            }
            area.set_value("");
            runner.enqueue(pasted_name(&text), text.into_bytes(), published());
        })
    };
    let on_choose = {
        let runner = runner.clone();
        let published = published.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            runner.add_files(files_of(input.files()), published());
            input.set_value("");
        })
    };
    let on_drop = {
        let runner = runner.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            runner.add_files(files_of(e.data_transfer().and_then(|d| d.files())), published());
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
    let busy = state.running || state.reading > 0 || !state.queue.is_empty();
    html! {
        <section class={classes!("import", dragging.then_some("dragging"))} aria-labelledby="import-heading"
            ondrop={on_drop} ondragover={on_dragover} ondragleave={on_dragleave}>
            <h2 id="import-heading">{ t().import_heading }</h2>
            <p class="muted">{ t().import_help }</p>
            <label for="paste-text">{ t().article_text }</label>
            <textarea id="paste-text" class="paste-text" ref={paste} rows="5"
                placeholder={t().paste_placeholder} />
            <div class="import-date">
                <label for="import-date">{ t().published_on }</label>
                <input id="import-date" type="date" ref={date} aria-describedby="import-date-help" />
                <span id="import-date-help" class="muted">{ t().published_on_help }</span>
            </div>
            <div class="import-actions">
                <button type="button" class="add-pasted" onclick={on_paste}>{ t().add_pasted }</button>
                <label for="import-files">{ t().or_files }</label>
                <input id="import-files" class="import-files" type="file" multiple=true accept=".txt,.html,.htm,.jsonl,.ndjson,.csv,text/plain,text/html,text/csv" onchange={on_choose} />
            </div>
            if busy {
                // One structure whatever the state, so the Cancel button stays put.
                <div class="import-progress" role="status">
                    <label for="import-bar">{ match &state.progress {
                        Some(p) => fill(t().reading_progress, &[("k", &(p.done + 1)), ("n", &p.total), ("name", &p.name)]),
                        // Before the first article: the worker may still be loading.
                        None => t().starting_reader.to_string(),
                    } }</label>
                    // Without max and value, an indeterminate bar.
                    <progress id="import-bar" max={state.progress.as_ref().map(|p| p.total.to_string())}
                        value={state.progress.as_ref().map(|p| p.done.to_string())}></progress>
                    <button type="button" class="cancel-import" onclick={on_cancel}>{ t().cancel }</button>
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
