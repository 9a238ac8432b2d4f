package nl.wijkatelier.knowledge.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TipFlagRepository extends JpaRepository<TipFlag, TipFlag.Key> {

	List<TipFlag> findByReviewedAtIsNullOrderByFlaggedAtAsc();

	List<TipFlag> findByKeyTipIdAndReviewedAtIsNull(UUID tipId);

	List<TipFlag> findByKeyFlaggerOrderByFlaggedAtAsc(String flagger);
}
