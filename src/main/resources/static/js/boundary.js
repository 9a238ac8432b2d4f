// A neighbourhood's boundary (GeoJSON geometry in WGS84, from the data-boundary attribute) on a map with the same
// tiles as the other maps. Without scripts or tiles the page still says where the boundary comes from.
(function () {
  'use strict';
  var el = document.getElementById('boundary-map');
  if (!el || typeof L === 'undefined' || !el.dataset.boundary) {
    return;
  }
  el.innerHTML = '';
  el.classList.add('wa-dashboard-map--live');
  var map = L.map(el, { scrollWheelZoom: false });
  L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution }).addTo(map);
  var outline = L.geoJSON(JSON.parse(el.dataset.boundary), { style: { color: '#01689b', weight: 3, fillOpacity: 0.1 } })
    .addTo(map);
  map.fitBounds(outline.getBounds(), { padding: [20, 20] });
  el.setAttribute('data-drawn', 'true');
}());
