package nl.wijkatelier.works.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import nl.wijkatelier.works.CouplingProposal;

public interface CouplingProposalRepository extends JpaRepository<CouplingProposal, UUID> {

	List<CouplingProposal> findByNeighbourhoodIdOrderByProposedAtDesc(UUID neighbourhoodId);

	List<CouplingProposal> findByNeighbourhoodIdAndStatusOrderByProposedAt(UUID neighbourhoodId,
			CouplingProposal.Status status);

	/** The proposal with its row locked until the transaction ends: its answers are taken one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from CouplingProposal p where p.id = ?1")
	Optional<CouplingProposal> findForUpdate(UUID id);
}
