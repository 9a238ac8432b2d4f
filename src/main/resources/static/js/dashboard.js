// The programme map: every neighbourhood from the list inside the map element (which stays as a plain list of links
// when scripts or tiles do not load), drawn by its boundary (GeoJSON, WGS84) when known, with a marker at the point
// the server chose (its boundary's centroid, its CBS areas', its tasks', or its municipality's centre). Each marker
// carries the neighbourhood's number from the list beside the map, so marker and name are linked by text, not by
// colour. Tiles as on the works map (PDOK by default).
(function () {
  'use strict';
  var el = document.getElementById('dashboard-map');
  if (!el || typeof L === 'undefined') {
    return;
  }
  var points = Array.prototype.slice.call(el.querySelectorAll('li[data-lat]')).map(function (li) {
    return { lat: parseFloat(li.dataset.lat), lon: parseFloat(li.dataset.lon), href: li.dataset.href, text: li.textContent,
      number: li.dataset.number, boundary: li.dataset.boundary ? JSON.parse(li.dataset.boundary) : null };
  });
  el.innerHTML = '';
  el.classList.add('wa-dashboard-map--live');
  var map = L.map(el, { scrollWheelZoom: false });
  L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution }).addTo(map);
  var bounds = [];
  var outlines = 0;
  points.forEach(function (p) {
    if (p.boundary) {
      var outline = L.geoJSON(p.boundary, { style: { color: '#01689b', weight: 2, fillOpacity: 0.15 } }).addTo(map);
      var b = outline.getBounds();
      bounds.push(b.getSouthWest(), b.getNorthEast());
      outlines++;
    }
    var marker = L.circleMarker([p.lat, p.lon], { radius: 8, color: '#01689b', fillOpacity: 0.6 }).addTo(map);
    marker.bindTooltip(p.number, { permanent: true, direction: 'center', className: 'wa-map-number' });
    var a = document.createElement('a');
    a.href = p.href;
    a.textContent = p.text;
    marker.bindPopup(a);
    bounds.push([p.lat, p.lon]);
  });
  if (bounds.length) {
    map.fitBounds(bounds, { padding: [30, 30], maxZoom: 12 });
  } else {
    map.setView([52.1, 5.3], 8);
  }
  el.setAttribute('data-markers', String(points.length));
  el.setAttribute('data-boundaries', String(outlines));
}());
