package nl.wijkatelier.programme.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.programme.Programme;

public interface ProgrammeRepository extends JpaRepository<Programme, UUID> {

	Optional<Programme> findBySlug(String slug);

	Optional<Programme> findFirstByOrderByCreatedAtAsc();

	List<Programme> findAllByOrderByCreatedAtAsc();
}
