// The check-in terminal (/checkin). Two ways in: the camera (ZXing's QR reader, wwwroot/vendor/zxing) and a hand
// scanner, which types the QR code's content (the link …/checkin/{token}) into the field and presses Enter. Either
// way the token goes to POST /api/checkin; the answer is shown in the resident's language, then the terminal is
// ready for the next person. The field keeps the focus so a hand scanner always types into it.
(function () {
  'use strict';
  var main = document.querySelector('main.terminal');
  if (!main) { return; }
  var texts = JSON.parse(document.getElementById('terminal-texts').textContent);
  var resetAfter = parseInt(main.getAttribute('data-reset-after'), 10) || 12000;
  var checkInUrl = main.getAttribute('data-check-in');
  var form = document.getElementById('scanner');
  var field = document.getElementById('code');
  var result = document.getElementById('result');
  var message = document.getElementById('result-message');
  var number = document.getElementById('result-number');
  var more = document.getElementById('result-more');
  var cameraStatus = document.getElementById('camera-status');
  var resetTimer = null;
  var pending = false;
  var lastToken = null;

  // The link from the e-mail's QR code, or the bare token (base64url, 43 characters for 256 bits).
  function tokenOf(text) {
    var value = (text || '').trim();
    var marker = value.toLowerCase().lastIndexOf('/checkin/');
    if (marker >= 0) { value = value.substring(marker + '/checkin/'.length); }
    value = value.split(/[?#/]/)[0];
    return /^[A-Za-z0-9_-]{16,64}$/.test(value) ? value : null;
  }

  function textsFor(language) { return texts[language] || texts.de; }

  // In Arabic a time, a date's digits or a German word in brackets would pull the punctuation around it out of
  // place: each run of Latin letters and digits becomes its own left-to-right isolate (as BidiHtml.Text does).
  function appendIsolated(parent, text, rightToLeft) {
    if (!rightToLeft) { parent.textContent = text; return; }
    (text || '').split(/([A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F .:\/@+\-\u2013]*[A-Za-z0-9\u00C0-\u024F])?)/).forEach(function (part, i) {
      if (i % 2 === 1) {
        var run = document.createElement('bdi');
        run.dir = 'ltr';
        run.textContent = part;
        parent.appendChild(run);
      } else if (part) {
        parent.appendChild(document.createTextNode(part));
      }
    });
  }

  function show(language, lines, waitingNumber, kind) {
    var own = textsFor(language);
    result.lang = texts[language] ? language : 'de';
    result.dir = own.rightToLeft ? 'rtl' : 'ltr';
    result.className = 'result ' + kind;
    message.replaceChildren();
    lines.forEach(function (line, i) {
      var span = document.createElement('span');
      appendIsolated(span, line.text, textsFor(line.lang || language).rightToLeft);
      if (line.lang) { span.lang = line.lang; span.dir = textsFor(line.lang).rightToLeft ? 'rtl' : 'ltr'; }
      if (i > 0) { message.appendChild(document.createElement('br')); }
      message.appendChild(span);
    });
    number.textContent = waitingNumber === null ? '' : String(waitingNumber);
    number.hidden = waitingNumber === null;
    more.textContent = waitingNumber === null ? '' : own.wait;
    result.hidden = false;
    window.clearTimeout(resetTimer);
    resetTimer = window.setTimeout(reset, resetAfter);
  }

  function reset() {
    result.hidden = true;
    lastToken = null;
    field.value = '';
    field.focus();
  }

  function answer(response) {
    return response.json().catch(function () { return {}; }).then(function (body) {
      if (response.ok) {
        show(body.language, [{ text: body.message }], body.waitingNumber, 'success');
      } else if (response.status === 404) {
        show('de', [{ text: texts.de.unknown, lang: 'de' }, { text: texts.en.unknown, lang: 'en' }], null, 'problem');
      } else if (response.status === 409 && body.title) {
        show(body.language, [{ text: body.title }], null, 'problem');
      } else {
        show('de', [{ text: texts.de.tryAgain, lang: 'de' }, { text: texts.en.tryAgain, lang: 'en' }], null, 'problem');
      }
    });
  }

  function checkIn(text) {
    var token = tokenOf(text);
    if (!token) {
      show('de', [{ text: texts.de.unknown, lang: 'de' }, { text: texts.en.unknown, lang: 'en' }], null, 'problem');
      return;
    }
    // The camera keeps seeing the same code while it is held up: one check-in per showing is enough.
    if (pending || token === lastToken) { return; }
    pending = true;
    lastToken = token;
    fetch(checkInUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ token: token })
    })
      .then(answer)
      .catch(function () {
        lastToken = null;
        show('de', [{ text: texts.de.tryAgain, lang: 'de' }, { text: texts.en.tryAgain, lang: 'en' }], null, 'problem');
      })
      .then(function () { pending = false; });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var value = field.value;
    field.value = '';
    checkIn(value);
    field.focus();
  });

  function startCamera() {
    if (!window.ZXingBrowser || !navigator.mediaDevices || !window.isSecureContext) {
      cameraStatus.textContent = 'Kamera nicht verfügbar – bitte den Handscanner benutzen. / Camera not available – please use the hand scanner.';
      return;
    }
    var reader = new window.ZXingBrowser.BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 250, delayBetweenScanSuccess: 1000 });
    reader.decodeFromConstraints({ video: { facingMode: 'user' } }, document.getElementById('camera'), function (scan) {
      if (scan) { checkIn(scan.getText()); }
    }).then(function () {
      cameraStatus.textContent = 'Kamera bereit. / Camera ready.';
    }).catch(function () {
      cameraStatus.textContent = 'Kamera nicht verfügbar – bitte den Handscanner benutzen. / Camera not available – please use the hand scanner.';
    });
  }

  field.focus();
  startCamera();
}());
