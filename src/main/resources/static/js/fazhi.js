// Sends the CSRF token with every htmx request (the CSP forbids inline script, so this lives in a file).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
  }
});

// Every form that changes something carries a one-time submission token: a form sent twice (a double click, a retry
// after a timeout, the back button) is recognised by the server, which answers the second time with the result of
// the first instead of creating a second record.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('form[method="post"], form[method="POST"]').forEach(function (form) {
    if (form.querySelector('input[name="_submission"]')) {
      return;
    }
    var token = document.createElement('input');
    token.type = 'hidden';
    token.name = '_submission';
    token.value = (window.crypto && window.crypto.randomUUID) ? window.crypto.randomUUID()
      : String(Date.now()) + '-' + Math.random().toString(16).slice(2);
    form.appendChild(token);
  });
});
