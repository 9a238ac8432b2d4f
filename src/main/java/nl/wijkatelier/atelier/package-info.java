/**
 * The atelier: a workshop around the seed report's four questions. A facilitator creates it, participants join
 * with a short code (no account), contribute, weigh the themes and support each other's contributions; the
 * joint picture is computed from that, and the facilitator publishes the feedback report.
 * <p>
 * Entry points: {@link nl.wijkatelier.atelier.Ateliers} (create, open, close, publish, moderate),
 * {@link nl.wijkatelier.atelier.Participation} (join, contribute, weigh, support),
 * {@link nl.wijkatelier.atelier.JointPictures} (the computation) and
 * {@link nl.wijkatelier.atelier.Reports} (the feedback report). Publishing announces
 * {@link nl.wijkatelier.atelier.AtelierPublished}, with everything the report says.
 * {@link nl.wijkatelier.atelier.OwnAnswers} is the four questions answered on one's own, outside an atelier, beside
 * the neighbourhood's joint picture.
 */
@ApplicationModule(displayName = "Atelier and joint picture", allowedDependencies = {
		"shared",
		"platform",
		"programme",
		"account", // participant tokens, personal data, retention
})
package nl.wijkatelier.atelier;

import org.springframework.modulith.ApplicationModule;
