package nl.wijkatelier.action.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import nl.wijkatelier.action.Signup;

public interface SignupRepository extends JpaRepository<Signup, UUID> {

	Optional<Signup> findByActionIdAndIdempotencyKeyHash(UUID actionId, String idempotencyKeyHash);

	Optional<Signup> findByManageTokenHash(String manageTokenHash);

	List<Signup> findByActionIdAndStatusOrderByCreatedAtAsc(UUID actionId, Signup.Status status);

	List<Signup> findByActionId(UUID actionId);

	List<Signup> findByActionIdAndStatusInOrderByCreatedAtAsc(UUID actionId, Collection<Signup.Status> statuses);

	boolean existsByActionIdAndAddressKey(UUID actionId, String addressKey);

	boolean existsByActionIdAndAddressKeyAndIdNot(UUID actionId, String addressKey, UUID id);

	Optional<Signup> findByConfirmTokenHash(String confirmTokenHash);

	long countByActionIdAndStatus(UUID actionId, Signup.Status status);

	List<Signup> findByEmailIgnoreCase(String email);

	/** The stored quantities of an action's sign-ups in one status (see {@code Signup.decode}). */
	@Query("select s.quantities from Signup s where s.actionId = ?1 and s.status = ?2")
	List<String> quantitiesOf(UUID actionId, Signup.Status status);
}
