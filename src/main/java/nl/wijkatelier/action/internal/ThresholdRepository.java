package nl.wijkatelier.action.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.action.Threshold;

public interface ThresholdRepository extends JpaRepository<Threshold, UUID> {

	List<Threshold> findByActionIdOrderByHouseholdsAsc(UUID actionId);
}
