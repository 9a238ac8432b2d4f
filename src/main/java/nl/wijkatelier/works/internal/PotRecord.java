package nl.wijkatelier.works.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.TaskType;

/** A stored budget pot; amounts per year as {@code year=cents;...}. */
@Entity
@Table(name = "works_pot")
public class PotRecord {

	@Id
	private UUID id;
	@Column(name = "neighbourhood_id")
	private UUID neighbourhoodId;
	private String name;
	@Column(name = "owner_party_id")
	private UUID ownerPartyId;
	@Column(name = "portfolio_holder")
	private String portfolioHolder;
	private String amounts;
	private String themes;
	@Column(name = "task_types")
	private String taskTypes;
	private LocalDate deadline;
	private boolean example;
	@Version
	private long version;

	protected PotRecord() {
	}

	public PotRecord(UUID neighbourhoodId, boolean example) {
		this.id = UUID.randomUUID();
		this.neighbourhoodId = neighbourhoodId;
		this.example = example;
	}

	public void update(BudgetPot pot, UUID ownerParty) {
		name = pot.name();
		ownerPartyId = ownerParty;
		portfolioHolder = pot.portfolioHolder();
		amounts = pot.amountsByYear().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining(";"));
		themes = pot.themes().stream().sorted().collect(Collectors.joining(";"));
		taskTypes = pot.taskTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(";"));
		deadline = pot.deadline().orElse(null);
	}

	public BudgetPot toPot(String ownerName) {
		TreeMap<Integer, Long> years = new TreeMap<>();
		for (String year : amounts.split(";")) {
			if (!year.isEmpty()) {
				String[] kv = year.split("=");
				years.put(Integer.parseInt(kv[0]), Long.parseLong(kv[1]));
			}
		}
		return new BudgetPot(name, ownerName, portfolioHolder, years, split(themes),
				split(taskTypes).stream().map(TaskType::valueOf).collect(Collectors.toSet()), Optional.ofNullable(deadline));
	}

	private static Set<String> split(String text) {
		return text == null || text.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(text.split(";")));
	}

	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public UUID ownerPartyId() {
		return ownerPartyId;
	}

	public boolean example() {
		return example;
	}

}
