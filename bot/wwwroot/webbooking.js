// Progressive enhancement for the booking pages under /termin, which work the same without it: a form already sent
// ignores a second press (a double click, an impatient tap) until the next page arrives, so one choice of a time
// holds one desk and the details are sent once, as GOV.UK's buttons do.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.hasAttribute('data-sent')) {
    event.preventDefault();
    return;
  }
  form.setAttribute('data-sent', '');
});

// A page brought back by the browser's back button is usable again.
window.addEventListener('pageshow', function () {
  document.querySelectorAll('form[data-sent]').forEach(function (form) {
    form.removeAttribute('data-sent');
  });
});
