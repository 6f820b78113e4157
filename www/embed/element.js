// dateline-element.js: Dateline as a custom element. One script tag on the host page,
//
//   <script type="module" src="/graphics/dateline/dateline-element.js"></script>
//   <dateline-timeline src="bundle.json" theme="auto" focus="ev-3"></dateline-timeline>
//
// and every <dateline-timeline> renders the explorer inside its own Shadow DOM (host CSS does
// not reach in, ours does not leak out), sized by its container. The corpus is, in order of
// preference: inline `<script type="text/plain" data-id="…">` children (one article each), the
// `articles` attribute (space-separated article URLs, same origin), the `src` attribute (a
// dateline.bundle/1 JSON, same origin), else the built-in articles. See the README, section
// "Embedding with the custom element", for every attribute and the CSS custom properties.
//
// The build (scripts/postbuild.mjs) fills in the content-hashed names below.
import init, { mountTimeline } from './__DATELINE_GLUE__';

const WASM = new URL('./__DATELINE_WASM__', import.meta.url);
const CSS = new URL('./__DATELINE_CSS__', import.meta.url);
// The parser worker, which reads articles given as text (inline or `articles`).
const WORKER = new URL('./__DATELINE_WORKER__', import.meta.url);

// Attributes that map onto the explorer's view (its URL-hash keys, crates/web/src/view/hash.rs).
const VIEW_KEYS = {
  focus: 'e', q: 'q', entity: 'p', kind: 'k', source: 's', dates: 'd', lanes: 'lanes', view: 'view', article: 'a',
};
const CORPUS = ['src', 'articles'];

let started = null;
/// The wasm module, instantiated once per page however many elements there are.
function start() {
  if (!started) {
    // Tells the app not to mount itself on <body>, and where its worker is.
    globalThis.__datelineElement = true;
    globalThis.__datelineWorker ??= WORKER.href;
    started = init({ module_or_path: WASM });
  }
  return started;
}

/// A URL of this page's origin, or an error: the element fetches nothing from other sites.
function sameOrigin(raw) {
  const url = new URL(raw, document.baseURI);
  if (url.origin !== location.origin) {
    // Coded for the explorer, which says it in the reader's language (embed.rs, `loader_error`).
    throw new Error(`origin\t${raw}`);
  }
  return url;
}

async function fetchText(raw) {
  const url = sameOrigin(raw);
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`load\t${raw}\t${error.message}`);
  }
  if (!response.ok) throw new Error(`load\t${raw}\tHTTP ${response.status}`);
  return response.text();
}

class DatelineTimeline extends HTMLElement {
  static observedAttributes = [...CORPUS, ...Object.keys(VIEW_KEYS), 'start', 'end', 'lang'];
  #handle = null;
  #generation = 0;
  #scheduled = false;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  connectedCallback() {
    this.#schedule();
  }

  disconnectedCallback() {
    this.#generation++;
    this.#unmount();
  }

  attributeChangedCallback(_name, old, value) {
    // theme and full are pure CSS (:host([theme=…]), :host([full])), so they are not observed here.
    if (this.isConnected && old !== value) this.#schedule();
  }

  /// One render for a burst of changes (an upgrade reports every attribute, then connects).
  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.isConnected) this.#render();
    });
  }

  #unmount() {
    if (this.#handle) {
      this.#handle.destroy();
      this.#handle = null;
    }
  }

  /// The corpus: { bundle } (JSON text), { articles } ([id, text] pairs), {} (built-in), or
  /// { error }.
  async #corpus() {
    try {
      const inline = [...this.querySelectorAll(':scope > script[type="text/plain"]')];
      if (inline.length) {
        return { articles: inline.map((s, i) => [s.dataset.id || `article-${i + 1}`, s.textContent]) };
      }
      const articles = (this.getAttribute('articles') || '').split(/\s+/).filter(Boolean);
      if (articles.length) {
        const texts = await Promise.all(articles.map(fetchText));
        return {
          articles: articles.map((raw, i) => {
            const name = sameOrigin(raw).pathname.split('/').pop().replace(/\.[^.]*$/, '');
            return [decodeURIComponent(name) || `article-${i + 1}`, texts[i]];
          }),
        };
      }
      const src = this.getAttribute('src');
      if (src) return { bundle: await fetchText(src) };
      return {};
    } catch (error) {
      return { error: error.message };
    }
  }

  #view() {
    const parts = [];
    for (const [name, key] of Object.entries(VIEW_KEYS)) {
      const value = this.getAttribute(name);
      // Commas stay literal: `entity` is a comma-separated list.
      if (value) parts.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
    }
    const start = this.getAttribute('start');
    const end = this.getAttribute('end');
    if (start && end) parts.push(`w=${start}~${end}`);
    return parts.join('&');
  }

  async #render() {
    const generation = ++this.#generation;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = CSS.href;
    const styled = new Promise((done) => {
      link.onload = done;
      link.onerror = done;
    });
    const container = document.createElement('div');
    container.className = 'dl-root';
    // The reader's language: this element's lang attribute, else the browser's (the app
    // writes the one it chose back on the container).
    if (this.getAttribute('lang')) container.setAttribute('lang', this.getAttribute('lang'));
    const [corpus] = await Promise.all([this.#corpus(), start(), styled, this.#mountStyle(link)]);
    if (generation !== this.#generation) return;
    this.#unmount();
    this.shadowRoot.replaceChildren(link, container);
    this.#handle = mountTimeline(
      container,
      corpus.bundle,
      corpus.articles,
      this.#view(),
      this.getAttribute('end') ? undefined : this.getAttribute('start') || undefined,
      corpus.error,
    );
    this.dispatchEvent(new CustomEvent('dateline:ready', { bubbles: true, composed: true }));
  }

  /// Puts the stylesheet in the shadow root first, so it loads while the corpus is read.
  #mountStyle(link) {
    if (!this.shadowRoot.contains(link)) this.shadowRoot.append(link);
  }
}

if (!customElements.get('dateline-timeline')) {
  customElements.define('dateline-timeline', DatelineTimeline);
}
