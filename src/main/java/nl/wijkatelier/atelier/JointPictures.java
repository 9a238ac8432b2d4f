package nl.wijkatelier.atelier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.atelier.internal.AtelierRepository;
import nl.wijkatelier.atelier.internal.ContributionRepository;
import nl.wijkatelier.atelier.internal.ParticipantRepository;
import nl.wijkatelier.atelier.internal.Support;
import nl.wijkatelier.atelier.internal.SupportRepository;
import nl.wijkatelier.atelier.internal.Weight;
import nl.wijkatelier.atelier.internal.WeightRepository;
import nl.wijkatelier.programme.Theme;
import nl.wijkatelier.programme.ThemeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyType;
import nl.wijkatelier.shared.ThemeCode;

/** Computes the joint picture of an atelier; {@link #compute} is the rule itself and needs no database. */
@Service
@Transactional(readOnly = true)
public class JointPictures {

	/** One participant with the points they gave per theme (empty when they did not weigh). */
	public record Voice(ParticipantId participant, PartyType partyType, Map<ThemeCode, Integer> weights) {
		public Voice {
			weights = Map.copyOf(weights);
		}
	}

	/**
	 * The theme weights a neighbourhood's latest published atelier arrived at, for the modules that weigh couplings
	 * and plans by them.
	 *
	 * @param means per theme code of the programme, the mean points over the participants who weighed
	 */
	public record PublishedWeights(AtelierId atelier, String title, LocalDate heldOn, Map<String, Double> means) {
		public PublishedWeights {
			means = Map.copyOf(means);
		}
	}

	private final AtelierRepository ateliers;
	private final ParticipantRepository participants;
	private final ContributionRepository contributions;
	private final SupportRepository supports;
	private final WeightRepository weights;
	private final ThemeCatalog themes;
	private final AtelierProperties properties;

	JointPictures(AtelierRepository ateliers, ParticipantRepository participants, ContributionRepository contributions,
			SupportRepository supports, WeightRepository weights, ThemeCatalog themes, AtelierProperties properties) {
		this.ateliers = ateliers;
		this.participants = participants;
		this.contributions = contributions;
		this.supports = supports;
		this.weights = weights;
		this.themes = themes;
		this.properties = properties;
	}

	/** The joint picture of the atelier as it stands now. */
	public JointPicture of(Atelier atelier) {
		UUID id = atelier.id().value();
		List<Participant> people = participants.findByAtelierId(id);
		Map<UUID, Map<ThemeCode, Integer>> pointsByParticipant = new HashMap<>();
		for (Weight w : weights.findByAtelierId(id)) {
			pointsByParticipant.computeIfAbsent(w.participantId(), k -> new HashMap<>())
					.put(new ThemeCode(w.themeCode()), w.points());
		}
		List<Voice> voices = people.stream().map(p -> new Voice(p.id(), p.partyType(),
				pointsByParticipant.getOrDefault(p.id().value(), Map.of()))).toList();

		Map<UUID, Participant> byId = new HashMap<>();
		people.forEach(p -> byId.put(p.id().value(), p));
		List<Contribution> all = contributions.findByAtelierIdOrderByCreatedAtAsc(id);
		Map<UUID, UUID> mergedInto = new HashMap<>();
		all.forEach(c -> c.mergedInto().ifPresent(target -> mergedInto.put(c.id().value(), target.value())));
		Map<UUID, Set<UUID>> supporters = new HashMap<>();
		for (Support s : supports.findByAtelierId(id)) {
			supporters.computeIfAbsent(finalTarget(s.contributionId(), mergedInto), k -> new HashSet<>())
					.add(s.participantId());
		}
		List<JointPicture.Item> items = all.stream().filter(Contribution::visible).map(c -> {
			Participant author = byId.get(c.participantId().value());
			return new JointPicture.Item(c.id(), c.question(), c.kind(), c.text(), c.themes(), author.partyType(),
					author.publicName(), supporters.getOrDefault(c.id().value(), Set.of()).size(), c.createdAt());
		}).toList();
		List<ThemeCode> codes = themes.themes(atelier.programmeId()).stream().map(Theme::code).toList();
		int participantCount = atelier.reportedParticipants().orElse(people.size());
		return compute(codes, participantCount, voices, items, properties);
	}

	/**
	 * The mean theme weights of the neighbourhood's most recently published atelier (by publication time); empty when
	 * it has none or nobody weighed there.
	 */
	public Optional<PublishedWeights> latestPublishedWeights(NeighbourhoodId neighbourhood) {
		return ateliers.findByNeighbourhoodIdOrderByHeldOnDesc(neighbourhood.value()).stream()
				.filter(Atelier::isPublished)
				.max(Comparator.comparing((Atelier a) -> a.publishedAt().orElse(Instant.EPOCH)))
				.flatMap(atelier -> {
					JointPicture picture = of(atelier);
					if (picture.weighers() == 0) {
						return Optional.empty();
					}
					Map<String, Double> means = new LinkedHashMap<>();
					picture.themes().forEach(f -> means.put(f.code().value(), f.mean()));
					return Optional.of(new PublishedWeights(atelier.id(), atelier.title(), atelier.heldOn(), means));
				});
	}

	/** A duplicate merged into a duplicate counts at the end of the chain. */
	private static UUID finalTarget(UUID contribution, Map<UUID, UUID> mergedInto) {
		UUID current = contribution;
		for (int hops = 0; mergedInto.containsKey(current) && hops < 100; hops++) {
			current = mergedInto.get(current);
		}
		return current;
	}

	/**
	 * The joint picture from the voices and the visible contributions.
	 * <ul>
	 * <li>Per theme: the mean and the population standard deviation of the points over the participants who
	 * weighed (a participant who did not weigh counts nowhere), and the mean per party type.</li>
	 * <li>A divergence is a theme where the highest and the lowest party-type mean differ by at least
	 * {@code divergenceThreshold} points (inclusive); only party types with a weigher take part. Largest first.</li>
	 * <li>Residents against the municipality: the same rule for just those two party types, when both weighed.</li>
	 * <li>Top: per kind of question-2 contribution the {@code topPerKind} most supported; ties go to the
	 * earlier one.</li>
	 * </ul>
	 */
	public static JointPicture compute(List<ThemeCode> themeCodes, int participantCount, Collection<Voice> voices,
			List<JointPicture.Item> items, AtelierProperties properties) {
		List<Voice> weighers = voices.stream().filter(v -> v.weights().values().stream().mapToInt(i -> i).sum() > 0)
				.toList();
		List<JointPicture.ThemeFigure> figures = new ArrayList<>();
		List<JointPicture.Divergence> divergences = new ArrayList<>();
		List<JointPicture.Divergence> residentsVersusMunicipality = new ArrayList<>();
		for (ThemeCode code : themeCodes) {
			double[] all = weighers.stream().mapToDouble(v -> v.weights().getOrDefault(code, 0)).toArray();
			Map<PartyType, Double> byType = new EnumMap<>(PartyType.class);
			Map<PartyType, List<Integer>> grouped = new EnumMap<>(PartyType.class);
			weighers.forEach(v -> grouped.computeIfAbsent(v.partyType(), t -> new ArrayList<>())
					.add(v.weights().getOrDefault(code, 0)));
			grouped.forEach((type, points) -> byType.put(type, points.stream().mapToInt(i -> i).average().orElse(0)));
			figures.add(new JointPicture.ThemeFigure(code, mean(all), spread(all), byType));
			Double residents = byType.get(PartyType.RESIDENT);
			Double municipality = byType.get(PartyType.MUNICIPALITY);
			if (residents != null && municipality != null
					&& Math.abs(residents - municipality) >= properties.divergenceThreshold()) {
				boolean residentsHigher = residents >= municipality;
				residentsVersusMunicipality.add(new JointPicture.Divergence(code,
						residentsHigher ? PartyType.RESIDENT : PartyType.MUNICIPALITY, Math.max(residents, municipality),
						residentsHigher ? PartyType.MUNICIPALITY : PartyType.RESIDENT, Math.min(residents, municipality),
						Math.abs(residents - municipality)));
			}
			if (byType.size() >= 2) {
				var high = byType.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
				var low = byType.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
				double difference = high.getValue() - low.getValue();
				if (difference >= properties.divergenceThreshold()) {
					divergences.add(new JointPicture.Divergence(code, high.getKey(), high.getValue(), low.getKey(),
							low.getValue(), difference));
				}
			}
		}
		divergences.sort(Comparator.comparingDouble(JointPicture.Divergence::difference).reversed());
		residentsVersusMunicipality.sort(Comparator.comparingDouble(JointPicture.Divergence::difference).reversed());

		Comparator<JointPicture.Item> mostSupported = Comparator.comparingInt(JointPicture.Item::support).reversed()
				.thenComparing(JointPicture.Item::createdAt);
		Map<ContributionKind, List<JointPicture.Item>> top = new EnumMap<>(ContributionKind.class);
		for (ContributionKind kind : ContributionKind.values()) {
			top.put(kind, items.stream().filter(i -> i.question() == 2 && i.kind().equals(Optional.of(kind)))
					.sorted(mostSupported).limit(properties.topPerKind()).toList());
		}
		Map<PartyType, List<JointPicture.Item>> approaches = new LinkedHashMap<>();
		items.stream().filter(i -> i.question() == 3).sorted(Comparator.comparing(JointPicture.Item::partyType))
				.forEach(i -> approaches.computeIfAbsent(i.partyType(), t -> new ArrayList<>()).add(i));
		approaches.replaceAll((type, list) -> List.copyOf(list));
		return new JointPicture(participantCount, items.size(), weighers.size(), figures,
				properties.divergenceThreshold(), divergences, residentsVersusMunicipality, top,
				items.stream().filter(i -> i.question() == 1).sorted(mostSupported).toList(), approaches,
				items.stream().filter(i -> i.question() == 4).sorted(mostSupported).toList());
	}

	private static double mean(double[] values) {
		if (values.length == 0) {
			return 0;
		}
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		return sum / values.length;
	}

	private static double spread(double[] values) {
		if (values.length == 0) {
			return 0;
		}
		double mean = mean(values);
		double squares = 0;
		for (double v : values) {
			squares += (v - mean) * (v - mean);
		}
		return Math.sqrt(squares / values.length);
	}
}
