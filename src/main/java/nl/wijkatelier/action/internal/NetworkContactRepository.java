package nl.wijkatelier.action.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import nl.wijkatelier.action.NetworkContact;

public interface NetworkContactRepository extends JpaRepository<NetworkContact, UUID> {

	Optional<NetworkContact> findByNeighbourhoodIdAndEmail(UUID neighbourhoodId, String email);

	List<NetworkContact> findByNeighbourhoodIdOrderByJoinedAtAsc(UUID neighbourhoodId);

	List<NetworkContact> findBySignupId(UUID signupId);

	Optional<NetworkContact> findByLeaveToken(String leaveToken);

	List<NetworkContact> findByEmail(String email);

	/** Contacts who left before {@code before} and whose address is still kept. */
	@Query("select c from NetworkContact c where c.leftAt < :before and c.email not like 'removed-%'")
	List<NetworkContact> findLeftBefore(@Param("before") Instant before);
}
