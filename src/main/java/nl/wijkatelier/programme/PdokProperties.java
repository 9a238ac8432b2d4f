package nl.wijkatelier.programme;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PDOK, the Dutch government's geo services, as the platform uses them: the CBS wijk- en buurtkaart (OGC API
 * Features) for neighbourhood boundaries and the Locatieserver for addresses. Nothing needs PDOK to work: with
 * {@code enabled=false}, or when PDOK does not answer within {@code timeout}, neighbourhoods are registered without
 * a boundary (upload one instead) and address fields are typed by hand.
 *
 * @param enabled whether the server asks PDOK at all ({@code WIJKATELIER_PDOK_ENABLED})
 * @param boundariesUrl the OGC API Features landing page of the CBS wijk- en buurtkaart; 2023 is the newest year
 *        whose buurt boundaries match the shipped 2024 codes where they did not change
 *        (https://www.pdok.nl/ogc-apis/-/article/cbs-wijken-en-buurten)
 * @param locatieserverUrl the Locatieserver's search API (https://api.pdok.nl/bzk/locatieserver/search/v3_1)
 * @param timeout how long one request to PDOK may take, connecting included
 * @param addressCache how long an address answer (found or not found) is kept in one instance's memory; public BAG
 *        data that changes a few times a year per address, so ten minutes saves repeated lookups of one form at
 *        hardly any risk of a stale answer; {@code 0s} keeps nothing
 */
@ConfigurationProperties("wijkatelier.pdok")
public record PdokProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("https://api.pdok.nl/cbs/wijken-en-buurten-2023/ogc/v1") URI boundariesUrl,
		@DefaultValue("https://api.pdok.nl/bzk/locatieserver/search/v3_1") URI locatieserverUrl,
		@DefaultValue("5s") Duration timeout,
		@DefaultValue("10m") Duration addressCache) {
}
