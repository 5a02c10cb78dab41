// The QR code on a stemcode letter opens /rondes/{id}/stemmen#code=XXXX-XXXX-XXXX-C. The code is
// in the fragment, which browsers never send to a server (so it is in no log); this script puts it
// in the field and removes it from the address bar and the history. Without JavaScript the
// resident types the code.
(function () {
  'use strict';
  var field = document.querySelector('[data-stemcode]');
  var match = /^#code=([0-9A-Za-z-]{13,24})$/.exec(window.location.hash);
  if (!field || !match) { return; }
  if (!field.value) { field.value = match[1].toUpperCase(); }
  history.replaceState(null, '', window.location.pathname + window.location.search);
  field.focus();
}());
