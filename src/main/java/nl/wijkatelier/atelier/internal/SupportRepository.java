package nl.wijkatelier.atelier.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportRepository extends JpaRepository<Support, Support.Key> {

	List<Support> findByAtelierId(UUID atelierId);
}
