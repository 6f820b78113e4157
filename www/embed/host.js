// dateline-embed-host.js: for pages that embed Dateline with an iframe. Include it once
// (`<script src=".../dateline-embed-host.js" defer></script>`); every
// `<iframe data-dateline src=".../embed.html?...">` on the page then takes the height its
// content reports. Only messages from the iframe's own window and origin are used.
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'dateline:height' || typeof data.height !== 'number') return;
    var frames = document.querySelectorAll('iframe[data-dateline]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      // CSSOM, so a strict style-src allows it.
      frame.style.height = Math.max(0, Math.min(data.height, 20000)) + 'px';
      return;
    }
  });
})();
