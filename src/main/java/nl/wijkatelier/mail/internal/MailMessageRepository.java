package nl.wijkatelier.mail.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

import nl.wijkatelier.mail.MailStatus;

public interface MailMessageRepository extends JpaRepository<MailMessage, UUID> {

	List<MailMessage> findByRecipientIgnoreCaseOrderByCreatedAtAsc(String recipient);

	List<MailMessage> findTop50ByBodyContainingOrderByCreatedAtDesc(String text);

	long countByStatus(MailStatus status);

	long deleteByRecipientIgnoreCase(String recipient);
}
