// The staff's waiting list (/admin/waiting) keeps itself current: it polls a small state answer and, only when that
// changed, fetches the page again and swaps the lists, keeping the focus on the same button where it still exists.
// Arrivals and calls made at other desks are announced politely to screen readers.
(function () {
  'use strict';
  var form = document.querySelector('form.waiting-area');
  if (!form) { return; }
  var stateUrl = form.getAttribute('data-state-url');
  var announcement = document.getElementById('waiting-announcement');
  var everyMs = 4000;
  var last = null;

  function difference(now, before) {
    return now.filter(function (n) { return before.indexOf(n) < 0; });
  }

  function announce(state, before) {
    var parts = [];
    var arrived = difference(state.waiting, before.waiting.concat(before.called));
    var called = difference(state.called, before.called);
    if (arrived.length) { parts.push((arrived.length === 1 ? 'Neu angekommen: Nummer ' : 'Neu angekommen: Nummern ') + arrived.join(', ')); }
    if (called.length) { parts.push((called.length === 1 ? 'Aufgerufen: Nummer ' : 'Aufgerufen: Nummern ') + called.join(', ')); }
    parts.push(state.waiting.length + ' wartend, ' + state.called.length + ' aufgerufen');
    announcement.textContent = parts.join('. ') + '.';
  }

  function swapLists() {
    return fetch(window.location.pathname, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('waiting-lists');
        var current = document.getElementById('waiting-lists');
        if (!fresh || !current) { return; }
        var focused = document.activeElement && current.contains(document.activeElement) ? document.activeElement.id : null;
        current.replaceWith(document.importNode(fresh, true));
        if (focused) {
          var again = document.getElementById(focused);
          (again || document.getElementById('waiting-caption')).focus();
        }
      });
  }

  function poll() {
    fetch(stateUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        var before = last;
        if (!state) { return null; }
        last = state;
        if (!before || before.version === state.version) { return null; }
        announce(state, before);
        return swapLists();
      })
      .catch(function () { /* the next poll tries again; a short network gap is not worth a message */ })
      .then(function () { window.setTimeout(poll, everyMs); });
  }

  window.setTimeout(poll, 0);
}());
