// While choosing, says what is left ("Je kunt nog 3 plannen kiezen", "Nog € 4.500 over", the points
// still to give) without a round trip. Progressive: without JavaScript the same line is shown after
// "Bekijk je keuze", and the server's rules decide either way. Screen readers hear the line once
// the choosing pauses, not at every click.
(function () {
  'use strict';
  var form = document.querySelector('form[data-ballot]');
  if (!form) { return; }
  var kind = form.getAttribute('data-ballot');
  var line = form.querySelector('[data-remaining]');
  var spoken = form.querySelector('[data-remaining-spoken]');
  var max = parseInt(form.getAttribute('data-max'), 10);
  var budget = parseInt(form.getAttribute('data-budget'), 10);
  var points = (form.getAttribute('data-points') || '').split(',').filter(Boolean);
  var euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  var pause;
  function say(key, value) {
    return line.getAttribute('data-text-' + key).replace('{0}', value);
  }
  function text() {
    if (kind === 'knapsack') {
      var spent = 0;
      form.querySelectorAll('input[name="kies"]:checked').forEach(function (box) {
        spent += parseInt(box.getAttribute('data-cost'), 10);
      });
      var left = budget - spent;
      return left < 0 ? say('over', euro.format(-left / 100)) : say('money', euro.format(left / 100));
    }
    if (kind === 'points') {
      var given = [];
      form.querySelectorAll('select').forEach(function (select) { if (select.value) { given.push(select.value); } });
      var rest = points.filter(function (p) {
        var i = given.indexOf(p);
        if (i >= 0) { given.splice(i, 1); return false; }
        return true;
      });
      return rest.length ? say('points', rest.join(', ')) : line.getAttribute('data-text-no-points');
    }
    var chosen = kind === 'ranked'
      ? Array.prototype.filter.call(form.querySelectorAll('select'), function (s) { return s.value; }).length
      : form.querySelectorAll('input[name="kies"]:checked').length;
    return say('choices', String(Math.max(0, max - chosen)));
  }
  function update() {
    var now = text();
    line.innerHTML = '';
    var strong = document.createElement('strong');
    strong.textContent = now;
    line.appendChild(strong);
    clearTimeout(pause);
    pause = setTimeout(function () { spoken.textContent = now; }, 800);
  }
  form.addEventListener('change', update);
}());
