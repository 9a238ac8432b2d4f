package nl.wijkatelier.works;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tunables of the works module.
 *
 * @param streetOpeningBufferMetres buffer of the street-opening types in metres; when not set,
 *        {@link CouplingRule#DEFAULT_STREET_OPENING_BUFFER_METRES}
 * @param otherBufferMetres buffer of the other types in metres; when not set, {@link CouplingRule#DEFAULT_OTHER_BUFFER_METRES}
 * @param tileUrl background map tiles (Leaflet URL template); default the PDOK BRT-Achtergrondkaart in Web Mercator,
 *        the Dutch government's open base map (https://www.pdok.nl/introductie/-/article/basisregistratie-topografie-brt-)
 * @param tileAttribution the credit line the tile source asks for
 */
@ConfigurationProperties("wijkatelier.works")
public record WorksProperties(Double streetOpeningBufferMetres, Double otherBufferMetres,
		@DefaultValue("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png") String tileUrl,
		@DefaultValue("Kaartgegevens &copy; Kadaster (PDOK)") String tileAttribution) {

	public WorksProperties {
		if (streetOpeningBufferMetres == null) {
			streetOpeningBufferMetres = CouplingRule.DEFAULT_STREET_OPENING_BUFFER_METRES;
		}
		if (otherBufferMetres == null) {
			otherBufferMetres = CouplingRule.DEFAULT_OTHER_BUFFER_METRES;
		}
	}

	public CouplingRule rule() {
		return CouplingRule.withBuffers(streetOpeningBufferMetres, otherBufferMetres);
	}
}
