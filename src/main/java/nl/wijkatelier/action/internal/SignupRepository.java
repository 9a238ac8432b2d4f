package nl.wijkatelier.action.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.action.Signup;

public interface SignupRepository extends JpaRepository<Signup, UUID> {

	Optional<Signup> findByActionIdAndIdempotencyKeyHash(UUID actionId, String idempotencyKeyHash);

	Optional<Signup> findByManageTokenHash(String manageTokenHash);

	List<Signup> findByActionIdAndStatusOrderByCreatedAtAsc(UUID actionId, Signup.Status status);

	List<Signup> findByActionId(UUID actionId);

	long countByActionIdAndStatus(UUID actionId, Signup.Status status);

	List<Signup> findByEmailIgnoreCase(String email);
}
