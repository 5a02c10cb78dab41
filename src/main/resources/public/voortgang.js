// Follows a running register import: asks the server every second how far it is, moves the
// progress bar and reloads the page (with the report) when it is done. Without JavaScript the
// page has a button to refresh by hand.
(function () {
  'use strict';
  var box = document.querySelector('[data-voortgang]');
  if (!box) { return; }
  var bar = box.querySelector('progress');
  var text = box.querySelector('[data-voortgang-tekst]');
  var template = text.textContent;
  function poll() {
    fetch(box.getAttribute('data-voortgang'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (!state.running) { window.location.reload(); return; }
        bar.value = state.rowsRead;
        bar.max = state.rowsTotal;
        text.textContent = template.replace(/[0-9.,]+/, String(state.rowsRead));
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
}());
