package nl.wijkatelier.programme;

import static nl.wijkatelier.shared.ThemeCode.BIODIVERSITY;
import static nl.wijkatelier.shared.ThemeCode.CLIMATE_ADAPTATION;
import static nl.wijkatelier.shared.ThemeCode.EMPLOYMENT;
import static nl.wijkatelier.shared.ThemeCode.ENERGY;
import static nl.wijkatelier.shared.ThemeCode.GREENERY;
import static nl.wijkatelier.shared.ThemeCode.HEALTH;
import static nl.wijkatelier.shared.ThemeCode.INFRASTRUCTURE;
import static nl.wijkatelier.shared.ThemeCode.SAFETY;
import static nl.wijkatelier.shared.ThemeCode.SOCIAL_COHESION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.wijkatelier.shared.ThemeCode;

/**
 * The default themes of a programme and their co-benefit links. The themes are those the seed report names
 * ("meer dan 'van het gas af': groen, sociale samenhang, werkgelegenheid, infrastructuur, veiligheid en
 * gezondheid"); the greenery links are the report's own ("biodiversiteit, klimaatadaptatie, koelte,
 * wateropvang"), the others are common ground in Dutch neighbourhood practice and editable per programme.
 */
final class DefaultThemes {

	record Definition(ThemeCode code, String nameNl, String nameEn, String descriptionNl, String descriptionEn) {
	}

	static final List<Definition> THEMES = List.of(
			new Definition(ENERGY, "Energie", "Energy",
					"Van het aardgas af, isoleren, zelf duurzame energie opwekken en besparen.",
					"Off natural gas, insulation, generating renewable energy and saving it."),
			new Definition(GREENERY, "Groen", "Greenery",
					"Bomen, tuinen, geveltuinen en groen in de openbare ruimte.",
					"Trees, gardens, façade gardens and greenery in the public space."),
			new Definition(BIODIVERSITY, "Biodiversiteit", "Biodiversity",
					"Ruimte voor planten, insecten, vogels en andere dieren.",
					"Room for plants, insects, birds and other animals."),
			new Definition(CLIMATE_ADAPTATION, "Klimaatadaptatie", "Climate adaptation",
					"Omgaan met hevige regen, hitte en droogte: water vasthouden, verkoelen.",
					"Coping with heavy rain, heat and drought: keeping water, cooling."),
			new Definition(SOCIAL_COHESION, "Sociale samenhang", "Social cohesion",
					"Buren die elkaar kennen en samen iets ondernemen.",
					"Neighbours who know each other and act together."),
			new Definition(EMPLOYMENT, "Werkgelegenheid", "Employment",
					"Werk en leerplekken in en voor de wijk.",
					"Work and training places in and for the neighbourhood."),
			new Definition(INFRASTRUCTURE, "Infrastructuur", "Infrastructure",
					"Straten, riolering, kabels en leidingen, warmtenet.",
					"Streets, sewers, cables and pipes, district heating."),
			new Definition(SAFETY, "Veiligheid", "Safety",
					"Een veilige openbare ruimte en verkeersveiligheid.",
					"A safe public space and road safety."),
			new Definition(HEALTH, "Gezondheid", "Health",
					"Gezond wonen, bewegen en een gezonde leefomgeving.",
					"Healthy homes, exercise and a healthy living environment."));

	static final Map<ThemeCode, List<ThemeCode>> CO_BENEFITS = links();

	private static Map<ThemeCode, List<ThemeCode>> links() {
		Map<ThemeCode, List<ThemeCode>> links = new LinkedHashMap<>();
		links.put(GREENERY, List.of(BIODIVERSITY, CLIMATE_ADAPTATION, HEALTH, SOCIAL_COHESION));
		links.put(CLIMATE_ADAPTATION, List.of(HEALTH, SAFETY, GREENERY));
		links.put(ENERGY, List.of(EMPLOYMENT, HEALTH));
		links.put(SOCIAL_COHESION, List.of(SAFETY, HEALTH));
		links.put(INFRASTRUCTURE, List.of(CLIMATE_ADAPTATION, SAFETY, ENERGY));
		links.put(BIODIVERSITY, List.of(HEALTH));
		links.put(EMPLOYMENT, List.of(SOCIAL_COHESION));
		return links;
	}

	private DefaultThemes() {
	}
}
