/**
 * E-mail that is never lost: every message the platform sends is queued in the {@code mail_message} table in the
 * transaction of the change that causes it, and delivered afterwards by a background sender that retries with
 * exponential backoff, claims each message atomically (so several instances on one database deliver it once) and
 * keeps a message it gave up on, marked failed.
 * <p>
 * Entry point: {@link nl.wijkatelier.mail.Mails} ({@code queue} inside a transaction, {@code link} for absolute
 * links, the caught or queued mail for the demo's organiser page). Settings: {@link nl.wijkatelier.mail.MailProperties}.
 */
@ApplicationModule(displayName = "E-mail outbox", allowedDependencies = {})
package nl.wijkatelier.mail;

import org.springframework.modulith.ApplicationModule;
