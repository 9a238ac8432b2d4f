// Live progress of a planning run: polls the run's status every second and reloads once it has finished.
(function () {
  var output = document.getElementById('plan-progress');
  if (!output) { return; }
  var url = output.getAttribute('data-status-url');
  var label = output.getAttribute('data-label');
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.status !== 'RUNNING') { window.location.reload(); return; }
        output.textContent = label.replace('{0}', s.elapsedSeconds).replace('{1}', s.objectiveEuros.toLocaleString(document.documentElement.lang));
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  poll();
})();
