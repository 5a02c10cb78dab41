// Shows, while typing, how many characters are left in a field with a limit (data-teller holds the
// text, with {0} for the number). Progressive: without JavaScript the hint names the limit and the
// server enforces it. Screen readers hear the count once typing pauses, not at every key.
(function () {
  'use strict';
  function setUp(field) {
    var max = parseInt(field.getAttribute('maxlength'), 10);
    if (!max) { return; }
    var template = field.getAttribute('data-teller');
    var shown = document.createElement('p');
    shown.className = 'field__counter';
    shown.setAttribute('aria-hidden', 'true');
    var spoken = document.createElement('p');
    spoken.className = 'visually-hidden';
    spoken.setAttribute('aria-live', 'polite');
    field.insertAdjacentElement('afterend', spoken);
    field.insertAdjacentElement('afterend', shown);
    var pause;
    function text() { return template.replace('{0}', String(Math.max(0, max - field.value.length))); }
    function update() {
      shown.textContent = text();
      clearTimeout(pause);
      pause = setTimeout(function () { spoken.textContent = text(); }, 1000);
    }
    field.addEventListener('input', update);
    shown.textContent = text();
  }
  document.querySelectorAll('[data-teller]').forEach(setUp);
}());
