package nl.wijkatelier.atelier.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.atelier.Contribution;

public interface ContributionRepository extends JpaRepository<Contribution, UUID> {

	List<Contribution> findByAtelierIdOrderByCreatedAtAsc(UUID atelierId);
}
