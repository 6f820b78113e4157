//! The reader's articles, kept in the browser (IndexedDB) so that a reload loses nothing.
//!
//! One object store, `articles`, keyed by article id; each value is `{ id, name, bytes, added,
//! published? }` with the bytes exactly as given and the reader's date hint, if any (they are analysed again on every load, so a newer core
//! reads them with its newer rules). IndexedDB's callbacks become promises by handing the
//! promise's own `resolve`/`reject` functions to the request as its handlers.

use std::future::Future;

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::library::UserArticle;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "dateline";
const STORE: &str = "articles";

/// Every stored article, in the order they were added. The database is opened at the call,
/// before the future is first polled, so the caller can do other work while it opens.
pub fn load_all() -> impl Future<Output = Result<Vec<UserArticle>, String>> {
    let opened = open_request().map(|request| settle(&request));
    async move { read_all(opened?.await?.unchecked_into()).await }
}

async fn read_all(db: IdbDatabase) -> Result<Vec<UserArticle>, String> {
    let tx = db.transaction_with_str(STORE).map_err(describe)?;
    let request = tx.object_store(STORE).map_err(describe)?.get_all().map_err(describe)?;
    let values: Array = settle(&request).await?.unchecked_into();
    let mut stored: Vec<(f64, UserArticle)> = values
        .iter()
        .filter_map(|value| {
            let field = |name: &str| Reflect::get(&value, &JsValue::from_str(name)).ok();
            let bytes = field("bytes")?.dyn_into::<Uint8Array>().ok()?.to_vec();
            Some((
                field("added")?.as_f64().unwrap_or(0.0),
                UserArticle::new(
                    field("id")?.as_string()?,
                    field("name")?.as_string()?,
                    bytes,
                    field("published")?.as_string(),
                ),
            ))
        })
        .collect();
    stored.sort_by(|a, b| a.0.total_cmp(&b.0));
    Ok(stored.into_iter().map(|(_, s)| s).collect())
}

/// Stores articles (replacing any with the same id); resolves once the data is committed.
pub async fn save(articles: &[UserArticle]) -> Result<(), String> {
    let db = open().await?;
    let tx = write(&db)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    let now = js_sys::Date::now();
    for (n, article) in articles.iter().enumerate() {
        let value = Object::new();
        let set = |name: &str, v: &JsValue| Reflect::set(&value, &JsValue::from_str(name), v);
        set("id", &JsValue::from_str(&article.id)).map_err(describe)?;
        set("name", &JsValue::from_str(&article.name)).map_err(describe)?;
        set("bytes", &Uint8Array::from(article.bytes.as_slice())).map_err(describe)?;
        if let Some(date) = &article.published {
            set("published", &JsValue::from_str(date)).map_err(describe)?;
        }
        // Milliseconds plus a fraction keep the order within one batch.
        set("added", &JsValue::from_f64(now + n as f64 / 1000.0)).map_err(describe)?;
        store.put_with_key(&value, &JsValue::from_str(&article.id)).map_err(describe)?;
    }
    committed(&tx).await
}

/// Forgets a stored article.
pub async fn remove(id: &str) -> Result<(), String> {
    let db = open().await?;
    let tx = write(&db)?;
    tx.object_store(STORE).map_err(describe)?.delete(&JsValue::from_str(id)).map_err(describe)?;
    committed(&tx).await
}

async fn open() -> Result<IdbDatabase, String> {
    Ok(settle(&open_request()?).await?.unchecked_into())
}

/// Asks the browser to open (or create) the database.
fn open_request() -> Result<IdbRequest, String> {
    let factory = gloo::utils::window()
        .indexed_db()
        .map_err(describe)?
        .ok_or("this browser keeps no local database (IndexedDB is off)")?;
    let request = factory.open_with_u32(DB_NAME, 1).map_err(describe)?;
    let upgrade = request.clone();
    let on_upgrade = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Ok(db) = upgrade.result() {
            let _ = db.unchecked_into::<IdbDatabase>().create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    Ok(request.into())
}

fn write(db: &IdbDatabase) -> Result<IdbTransaction, String> {
    db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite).map_err(describe)
}

/// The request's result once it succeeds. The handlers are set at the call, not when the
/// future is first polled: a request may complete while the caller awaits something else.
fn settle(request: &IdbRequest) -> impl Future<Output = Result<JsValue, String>> {
    let promise = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    let request = request.clone();
    async move {
        JsFuture::from(promise).await.map_err(|_| {
            let error = request.error().ok().flatten();
            error.map_or("the local database failed".into(), |e| e.message())
        })?;
        request.result().map_err(describe)
    }
}

/// Resolves when the transaction has committed.
async fn committed(tx: &IdbTransaction) -> Result<(), String> {
    let promise = Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onerror(Some(&reject));
        tx.set_onabort(Some(&reject));
    });
    JsFuture::from(promise).await.map(drop).map_err(|_| {
        tx.error().map_or("the local database refused to store it".into(), |e| e.message())
    })
}

fn describe(error: JsValue) -> String {
    crate::js_error::message(error, "the local database failed")
}
