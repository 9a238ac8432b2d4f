package nl.wijkatelier.account.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.account.OidcLink;

public interface OidcLinkRepository extends JpaRepository<OidcLink, UUID> {

	Optional<OidcLink> findByIssuerAndSubject(String issuer, String subject);

	boolean existsByIssuerAndUserId(String issuer, UUID userId);

	List<OidcLink> findByUserIdOrderByLinkedAtAsc(UUID userId);

	void deleteByUserId(UUID userId);
}
