package nl.wijkatelier.action.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.action.NetworkContact;

public interface NetworkContactRepository extends JpaRepository<NetworkContact, UUID> {

	Optional<NetworkContact> findByNeighbourhoodIdAndEmail(UUID neighbourhoodId, String email);

	List<NetworkContact> findByNeighbourhoodIdOrderByJoinedAtAsc(UUID neighbourhoodId);

	List<NetworkContact> findBySignupId(UUID signupId);

	Optional<NetworkContact> findByLeaveToken(String leaveToken);
}
