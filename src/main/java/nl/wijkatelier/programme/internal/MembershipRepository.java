package nl.wijkatelier.programme.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.programme.Membership;

public interface MembershipRepository extends JpaRepository<Membership, UUID> {

	List<Membership> findByUserId(UUID userId);

	List<Membership> findByNeighbourhoodId(UUID neighbourhoodId);

	List<Membership> findByPartyId(UUID partyId);

	List<Membership> findByProgrammeIdAndRoleOrderByCreatedAtAsc(UUID programmeId, Membership.Role role);

	void deleteByUserId(UUID userId);
}
