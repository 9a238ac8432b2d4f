package nl.wijkatelier.atelier.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportRepository extends JpaRepository<Support, Support.Key> {

	List<Support> findByAtelierId(java.util.UUID atelierId);
}
