package nl.wijkatelier.atelier;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;
import nl.wijkatelier.shared.ThemeCode;
import nl.wijkatelier.shared.UserId;

/**
 * A party's or a person's own answer to the four questions, outside an atelier ("buig je dan voor jezelf"): what
 * integral means to it, its theme weights, the opportunities and challenges it sees and its approach. Exactly one
 * owner: a party (answered by its officers) or a person. Private until its owner shares it with the neighbourhood.
 */
@Entity
@Table(name = "atelier_own_answer")
public class OwnAnswer {

	/** Who an answer belongs to: a party, or a person answering for themself. */
	public sealed interface Owner permits PartyOwner, PersonOwner {
	}

	public record PartyOwner(PartyId party) implements Owner {
	}

	public record PersonOwner(UserId user) implements Owner {
	}

	@Id
	private UUID id;
	@Column(name = "neighbourhood_id")
	private UUID neighbourhoodId;
	@Column(name = "party_id")
	private UUID partyId;
	@Column(name = "user_id")
	private UUID userId;
	@Column(name = "written_by")
	private UUID writtenBy;
	private String integral;
	private String opportunities;
	private String challenges;
	private String approach;
	private boolean shared;
	@Column(name = "updated_at")
	private Instant updatedAt;
	@Version
	private long version;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "atelier_own_weight", joinColumns = @JoinColumn(name = "answer_id"))
	@MapKeyColumn(name = "theme_code")
	@Column(name = "points")
	private Map<String, Integer> weights = new LinkedHashMap<>();

	protected OwnAnswer() {
	}

	OwnAnswer(NeighbourhoodId neighbourhood, Owner owner) {
		this.id = UUID.randomUUID();
		this.neighbourhoodId = neighbourhood.value();
		if (owner instanceof PartyOwner p) {
			this.partyId = p.party().value();
		}
		else {
			this.userId = ((PersonOwner) owner).user().value();
		}
	}

	void change(OwnAnswerDraft draft, Map<ThemeCode, Integer> points, UserId author, Instant now) {
		this.integral = blankToNull(draft.integral());
		this.opportunities = blankToNull(draft.opportunities());
		this.challenges = blankToNull(draft.challenges());
		this.approach = blankToNull(draft.approach());
		this.shared = draft.shared();
		this.weights.clear();
		points.forEach((code, value) -> {
			if (value > 0) {
				weights.put(code.value(), value);
			}
		});
		this.writtenBy = author.value();
		this.updatedAt = now;
	}

	public UUID id() {
		return id;
	}

	public NeighbourhoodId neighbourhoodId() {
		return new NeighbourhoodId(neighbourhoodId);
	}

	public Owner owner() {
		return partyId != null ? new PartyOwner(new PartyId(partyId)) : new PersonOwner(new UserId(userId));
	}

	public Optional<PartyId> party() {
		return Optional.ofNullable(partyId).map(PartyId::new);
	}

	/** Question 1: what integral sustainable development means to the owner. */
	public Optional<String> integral() {
		return Optional.ofNullable(integral);
	}

	public Optional<String> opportunities() {
		return Optional.ofNullable(opportunities);
	}

	public Optional<String> challenges() {
		return Optional.ofNullable(challenges);
	}

	/** Question 3: how the owner goes about it from its role. */
	public Optional<String> approach() {
		return Optional.ofNullable(approach);
	}

	public boolean shared() {
		return shared;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** Points per theme on the atelier's scale, only the themes given more than 0, by theme code. */
	public Map<ThemeCode, Integer> weights() {
		Map<ThemeCode, Integer> result = new TreeMap<>();
		weights.forEach((code, points) -> result.put(new ThemeCode(code), points));
		return result;
	}

	/** The author deleted their account: a party's answer stays, written by nobody in particular. */
	void forgetAuthor() {
		writtenBy = new UUID(0, 0);
	}

	UserId writtenBy() {
		return new UserId(writtenBy);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
