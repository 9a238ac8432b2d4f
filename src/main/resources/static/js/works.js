// The works map: tasks, coupling pairs and near misses over background tiles (PDOK by default).
// The vector layers are drawn from the page's own API, so they show even when no tile loads.
(function () {
  'use strict';
  var el = document.getElementById('works-map');
  if (!el || typeof L === 'undefined') {
    return;
  }
  var map = L.map(el, { scrollWheelZoom: false });
  L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution }).addTo(map);
  var colours = {
    SEWER_REPLACEMENT: '#8a4b08', WATER_MAIN: '#0b5fa5', DISTRICT_HEATING: '#c0392b', ELECTRICITY_GRID: '#b7950b',
    GAS_GRID: '#7d3c98', FIBRE: '#117a65', ROAD_REDESIGN: '#444444', ROAD_MAINTENANCE: '#666666',
    CLIMATE_ADAPTATION: '#1f618d', GREENING: '#1e8449', PLAY_AREA: '#d35400', HOUSING_RENOVATION: '#922b21',
    SOCIAL_PROGRAMME: '#5b2c6f', OTHER: '#34495e'
  };
  function style(feature) {
    var p = feature.properties;
    if (p.kind === 'pair') {
      return { color: '#d52b1e', weight: 5, opacity: 0.9 };
    }
    if (p.kind === 'nearMiss') {
      return { color: '#595959', weight: 3, dashArray: '6 6', opacity: 0.9 };
    }
    return { color: colours[p.type] || '#01689b', weight: 4, fillOpacity: 0.25 };
  }
  function text(p) {
    if (p.kind === 'task') {
      return p.id + ' ' + p.title + ' (' + p.owner + ', ' + p.window + ')';
    }
    return p.a + ' + ' + p.b;
  }
  fetch(el.dataset.src, { headers: { Accept: 'application/geo+json' } })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var layer = L.geoJSON(data, {
        style: style,
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, { radius: 6, color: feature.properties.kind === 'pair' ? '#d52b1e' : '#01689b' });
        },
        onEachFeature: function (feature, l) {
          var span = document.createElement('span');
          span.textContent = text(feature.properties);
          l.bindPopup(span);
        }
      }).addTo(map);
      var bounds = layer.getBounds();
      if (bounds.isValid()) {
        map.fitBounds(bounds, { padding: [20, 20] });
      } else {
        map.setView([52.1, 5.3], 8);
      }
      el.setAttribute('data-features', String(data.features.length));
    })
    .catch(function () {
      map.setView([52.1, 5.3], 8);
    });
}());
