package nl.wijkatelier.programme.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.programme.Theme;

public interface ThemeRepository extends JpaRepository<Theme, UUID> {

	List<Theme> findByProgrammeIdOrderByPositionAsc(UUID programmeId);

	Optional<Theme> findByProgrammeIdAndCode(UUID programmeId, String code);
}
