// Dateline's iframe page (embed.html). A classic script in <head>, so it runs before the app:
// it reads the query parameters, sets the theme and compact mode (the default), turns focus and filters into
// the app's URL hash, reports the page's height to the parent window and accepts a few
// commands from it. See the README, section "Embedding with an iframe", for the parameters and
// the message format.
(function () {
  'use strict';
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  var HEIGHT = 'dateline:height';

  // Options that map onto the explorer's hash keys (crates/web/src/view/hash.rs).
  var HASH_KEYS = {
    event: 'e', q: 'q', entity: 'p', kind: 'k', source: 's', dates: 'd',
    lanes: 'lanes', view: 'view', article: 'a',
  };

  function setTheme(theme) {
    root.setAttribute('data-theme', theme === 'light' || theme === 'dark' ? theme : 'auto');
  }
  function flag(name) {
    var v = params.get(name);
    return v !== null && v !== '0' && v !== 'false' && v !== 'no';
  }

  root.classList.add('dl-embed');
  setTheme(params.get('theme'));
  // Compact unless asked otherwise (?compact=0): a graphic in someone's page, not the explorer.
  if (params.get('compact') === null || flag('compact')) root.classList.add('dl-compact');

  // The view to open on, unless the reader already moved (the hash is then the app's).
  if (!location.hash || location.hash === '#') {
    var parts = [];
    Object.keys(HASH_KEYS).forEach(function (name) {
      var value = params.get(name);
      // Commas stay literal: `entity` is a comma-separated list.
      if (value) parts.push(HASH_KEYS[name] + '=' + encodeURIComponent(value).replace(/%2C/g, ','));
    });
    var start = params.get('start'), end = params.get('end');
    if (start && end) parts.push('w=' + start + '~' + end);
    if (parts.length) history.replaceState(history.state, '', '#' + parts.join('&'));
  }

  // Who may talk to us: this page's own origin, and the host origin named by ?host=.
  var allowed = [location.origin];
  var host = params.get('host');
  if (host) {
    try { allowed.push(new URL(host).origin); } catch (e) { /* not a URL: ignored */ }
  }
  var target = host && allowed.length > 1 ? allowed[1] : '*';
  var id = params.get('id') || null;

  // Height: sent whenever the document's height changes (and once at start).
  var last = -1;
  function report() {
    var height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT, height: height, id: id }, target);
  }
  function watch() {
    if (typeof ResizeObserver === 'function') new ResizeObserver(report).observe(document.body);
    report();
  }
  if (document.body) watch();
  else document.addEventListener('DOMContentLoaded', watch);

  // Commands from the host page. Anything from another origin, or not ours, is ignored.
  window.addEventListener('message', function (event) {
    if (allowed.indexOf(event.origin) < 0) return;
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.type === 'dateline:focus' && typeof data.event === 'string') {
      var kept = location.hash.slice(1).split('&').filter(function (pair) {
        return pair && pair.indexOf('e=') !== 0;
      });
      location.hash = ['e=' + encodeURIComponent(data.event)].concat(kept).join('&');
    } else if (data.type === 'dateline:theme') {
      setTheme(data.theme);
    } else if (data.type === 'dateline:ping') {
      last = -1;
      report();
    }
  });
})();
