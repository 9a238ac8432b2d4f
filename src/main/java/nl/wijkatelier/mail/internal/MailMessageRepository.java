package nl.wijkatelier.mail.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MailMessageRepository extends JpaRepository<MailMessage, UUID> {

	List<MailMessage> findByRecipientIgnoreCaseOrderByCreatedAtAsc(String recipient);

	List<MailMessage> findTop50ByBodyContainingOrderByCreatedAtDesc(String text);

	long deleteByRecipientIgnoreCase(String recipient);
}
