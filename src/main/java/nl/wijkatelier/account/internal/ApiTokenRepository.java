package nl.wijkatelier.account.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.account.ApiToken;

public interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

	void deleteByUserId(UUID userId);
}
