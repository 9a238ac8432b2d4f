package nl.wijkatelier.account.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.account.Consent;

public interface ConsentRepository extends JpaRepository<Consent, UUID> {

	List<Consent> findByUserIdOrderByGivenAtAsc(UUID userId);

	void deleteByUserId(UUID userId);
}
