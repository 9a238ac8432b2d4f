// Live progress of a planning run: polls the run's status (read from the database, so any instance answers) every
// second and reloads once it has ended.
(function () {
  var output = document.getElementById('plan-progress');
  if (!output) { return; }
  var url = output.getAttribute('data-status-url');
  var label = output.getAttribute('data-label');
  var queued = output.getAttribute('data-queued');
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.status !== 'RUNNING' && s.status !== 'QUEUED') { window.location.reload(); return; }
        output.textContent = s.status === 'QUEUED' ? queued : label.replace('{0}', s.elapsedSeconds).replace('{1}', s.objectiveEuros.toLocaleString(document.documentElement.lang));
        setTimeout(poll, 1000);
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  poll();
})();
