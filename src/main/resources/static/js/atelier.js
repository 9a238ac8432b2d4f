// Atelier pages: the facilitator's live screen (server-sent events), theme suggestions and the weights total.
(function () {
  'use strict';

  // Live screen: an event only says "changed"; the current list is then fetched and put in place.
  var section = document.getElementById('live-section');
  if (section && window.EventSource) {
    var liveUrl = section.getAttribute('data-live-url');
    var pending = null;
    var refresh = function () {
      pending = null;
      fetch(liveUrl, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          var current = document.getElementById('live');
          if (!html || !current) { return; }
          var holder = document.createElement('div');
          holder.innerHTML = html;
          var next = holder.querySelector('#live');
          if (next && current.contains(document.activeElement)) { return; }
          if (next) { current.replaceWith(next); }
        });
    };
    var events = new EventSource(section.getAttribute('data-events-url'));
    events.addEventListener('changed', function () {
      if (!pending) { pending = setTimeout(refresh, 250); }
    });
  }

  // Theme suggestions from the text, by the platform's keyword lists.
  var suggest = document.getElementById('suggest-themes');
  var text = document.getElementById('text');
  if (suggest && text) {
    suggest.hidden = false;
    suggest.addEventListener('click', function () {
      var url = suggest.getAttribute('data-suggest-url') + '?text=' + encodeURIComponent(text.value);
      fetch(url, { headers: { 'Accept': 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (codes) {
          codes.forEach(function (code) {
            var box = document.getElementById('theme-' + code);
            if (box) { box.checked = true; }
          });
        });
    });
  }

  // The running total of the weights, so a participant sees when the points add up.
  var form = document.querySelector('form[data-points]');
  var total = document.getElementById('weights-total');
  if (form && total) {
    var update = function () {
      var sum = 0;
      form.querySelectorAll('input[type=number]').forEach(function (input) {
        var value = parseInt(input.value, 10);
        if (!isNaN(value)) { sum += value; }
      });
      total.textContent = total.getAttribute('data-template').replace('{0}', String(sum));
    };
    form.addEventListener('input', update);
    update();
  }
})();
