package nl.wijkatelier.programme.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import nl.wijkatelier.programme.CoBenefit;

public interface CoBenefitRepository extends JpaRepository<CoBenefit, CoBenefit.Key> {

	@Query("select c from CoBenefit c where c.key.programmeId = ?1 order by c.key.fromCode, c.key.toCode")
	List<CoBenefit> findByProgramme(UUID programmeId);

	@Modifying
	@Query("delete from CoBenefit c where c.key.programmeId = ?1 and c.key.fromCode = ?2")
	void deleteFrom(UUID programmeId, String fromCode);
}
