// The waiting room's display (/display): polls the calls every few seconds and redraws only what changed. A new
// newest call replaces the content of an assertive live region, so screen readers announce it at once.
(function () {
  'use strict';
  var main = document.querySelector('main.display');
  if (!main) { return; }
  var source = main.getAttribute('data-source');
  var newest = document.getElementById('newest-call');
  var earlier = document.getElementById('earlier-calls');
  var everyMs = 2500;
  var lastEarlier = null;

  function element(tag, className, text, lang) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (lang) { node.lang = lang; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function line(german, english, valueClass, value) {
    var p = element('p', 'call');
    var label = element('span', 'label', german + ' ');
    label.appendChild(element('span', null, '/ ' + english, 'en'));
    p.appendChild(label);
    p.appendChild(document.createTextNode(' '));
    p.appendChild(element('span', valueClass, String(value)));
    return p;
  }

  function showNewest(call) {
    var key = call ? call.key : '';
    if (newest.getAttribute('data-key') === key) { return; }
    newest.setAttribute('data-key', key);
    var content = document.createDocumentFragment();
    if (call) {
      content.appendChild(line('Nummer', 'Number', 'number', call.number));
      content.appendChild(line('Schalter', 'Desk', 'desk', call.desk));
    } else {
      var idle = element('p', 'idle', 'Bitte warten Sie, bis Ihre Nummer erscheint. ');
      idle.appendChild(element('span', null, 'Please wait until your number appears.', 'en'));
      content.appendChild(idle);
    }
    newest.replaceChildren(content);
  }

  function showEarlier(calls) {
    var key = JSON.stringify(calls);
    if (key === lastEarlier) { return; }
    lastEarlier = key;
    var rows = document.createDocumentFragment();
    calls.forEach(function (call) {
      var row = element('tr', call.current ? 'current' : 'finished');
      row.appendChild(element('td', null, String(call.number)));
      row.appendChild(element('td', null, call.desk));
      row.appendChild(element('td', null, call.time));
      rows.appendChild(row);
    });
    earlier.replaceChildren(rows);
  }

  function poll() {
    fetch(source, { headers: { Accept: 'application/json' }, cache: 'no-store' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (!state) { return; }
        showNewest(state.calls[0] || null);
        showEarlier(state.calls.slice(1));
      })
      .catch(function () { /* keep showing the last state; the next poll tries again */ })
      .then(function () { window.setTimeout(poll, everyMs); });
  }

  window.setTimeout(poll, everyMs);
}());
