/**
 * Programmes and their participating neighbourhoods, the parties in them, the people who take part (as
 * memberships), the integral themes with their co-benefit links, and the CBS key figures.
 * <p>
 * Entry points: {@link nl.wijkatelier.programme.ProgrammeCatalog} for programmes, neighbourhoods and parties,
 * {@link nl.wijkatelier.programme.ThemeCatalog} for themes, {@link nl.wijkatelier.programme.Memberships} for
 * people's roles, {@link nl.wijkatelier.programme.CbsKeyFigures} for key figures.
 */
@ApplicationModule(displayName = "Programme and neighbourhoods", allowedDependencies = {
		"shared",
		"platform",
})
package nl.wijkatelier.programme;

import org.springframework.modulith.ApplicationModule;
