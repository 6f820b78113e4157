// The embed generator (embed-generator.html): builds the iframe and custom-element snippets
// from the form and shows a live preview.
(function () {
  'use strict';
  var form = document.getElementById('options');
  var base = new URL('.', location.href).href;
  var escape = function (s) {
    return String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  };

  function values() {
    var data = new FormData(form);
    return {
      bundle: (data.get('bundle') || '').trim(), event: (data.get('event') || '').trim(),
      q: (data.get('q') || '').trim(), entity: (data.get('entity') || '').trim(),
      start: data.get('start') || '', end: data.get('end') || '', theme: data.get('theme') || 'auto',
      full: data.get('full') === 'on', height: Number(data.get('height')) || 600,
      host: (data.get('host') || '').trim(),
    };
  }

  function embedUrl(v) {
    var params = new URLSearchParams();
    if (v.bundle) params.set('bundle', v.bundle);
    if (v.event) params.set('event', v.event);
    if (v.q) params.set('q', v.q);
    if (v.entity) params.set('entity', v.entity);
    if (v.start) params.set('start', v.start);
    if (v.start && v.end) params.set('end', v.end);
    if (v.theme !== 'auto') params.set('theme', v.theme);
    if (v.full) params.set('compact', '0');
    if (v.host) params.set('host', v.host);
    var query = params.toString();
    return base + 'embed.html' + (query ? '?' + query : '');
  }

  function update() {
    var v = values();
    var url = embedUrl(v);
    document.getElementById('iframe-snippet').value =
      '<iframe data-dateline src="' + escape(url) + '" title="Timeline" loading="lazy"\n' +
      '        width="100%" height="' + v.height + '" frameborder="0"></iframe>\n' +
      '<script src="' + escape(base) + 'dateline-embed-host.js" defer></script>';
    var attrs = [];
    if (v.bundle) attrs.push('src="' + escape(new URL(v.bundle, base).href) + '"');
    attrs.push('theme="' + v.theme + '"');
    if (v.event) attrs.push('focus="' + escape(v.event) + '"');
    if (v.q) attrs.push('q="' + escape(v.q) + '"');
    if (v.entity) attrs.push('entity="' + escape(v.entity) + '"');
    if (v.start) attrs.push('start="' + v.start + '"');
    if (v.start && v.end) attrs.push('end="' + v.end + '"');
    if (v.full) attrs.push('full');
    document.getElementById('element-snippet').value =
      '<script type="module" src="' + escape(base) + 'dateline-element.js"></script>\n' +
      '<dateline-timeline ' + attrs.join(' ') + '></dateline-timeline>';
    var preview = document.getElementById('preview');
    preview.style.height = v.height + 'px';
    if (preview.getAttribute('src') !== url) preview.setAttribute('src', url);
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  document.addEventListener('click', function (event) {
    var id = event.target && event.target.getAttribute && event.target.getAttribute('data-copy');
    if (!id) return;
    var area = document.getElementById(id);
    area.select();
    if (navigator.clipboard) navigator.clipboard.writeText(area.value).catch(function () {});
  });
  update();
})();
