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

// A button that cannot be undone (decide, revoke, terminate, transfer, withdraw, close) asks first: its
// data-confirm text says what follows. The form is sent only when the person confirms.
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  var text = button && button.getAttribute('data-confirm');
  if (text && !window.confirm(text)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// Fields that belong to one choice of another field (data-show-when="source=INSPECTION"): shown, and sent, only
// while that choice is made, so a form offers only the fields of the chosen procedure.
document.addEventListener('DOMContentLoaded', function () {
  var dependents = document.querySelectorAll('[data-show-when]');
  function refresh() {
    dependents.forEach(function (element) {
      var rule = element.getAttribute('data-show-when').split('=');
      var form = element.closest('form');
      var field = form && form.elements[rule[0]];
      var shown = field && field.value === rule[1];
      element.hidden = !shown;
      element.querySelectorAll('input, select, textarea').forEach(function (input) { input.disabled = !shown; });
    });
  }
  dependents.forEach(function (element) {
    var form = element.closest('form');
    var field = form && form.elements[element.getAttribute('data-show-when').split('=')[0]];
    if (field && field.addEventListener) {
      field.addEventListener('change', refresh);
    }
  });
  refresh();
});

// A search box above a long list of choices (data-filter-select="matterId"): typing a name, a code or an article
// keeps only the matching choices, and the first of them is chosen.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-filter-select]').forEach(function (box) {
    var select = document.getElementById(box.getAttribute('data-filter-select'));
    var none = document.getElementById('matter-none');
    box.addEventListener('input', function () {
      var words = box.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      var first = null;
      Array.prototype.forEach.call(select.options, function (option) {
        var text = option.text.toLowerCase();
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        option.hidden = !match;
        if (match && !first) { first = option; }
      });
      if (first && (select.selectedOptions.length === 0 || select.selectedOptions[0].hidden)) { first.selected = true; }
      if (none) { none.hidden = !!first; }
    });
  });
});

// An amount already filled in is replaced, not appended to, when a person types into it.
document.addEventListener('focusin', function (event) {
  var input = event.target;
  if (input.matches && input.matches('input[inputmode="numeric"]') && input.value) {
    input.select();
  }
});
