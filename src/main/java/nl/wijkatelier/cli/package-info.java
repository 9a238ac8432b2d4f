/**
 * The command line: batch analysis of task portfolios on files, no server and no database. Entry point
 * {@link nl.wijkatelier.cli.Cli#run}, called from the application's {@code main} when the first argument is a
 * command ({@code couple}, {@code generate}); plain Java, no Spring context.
 */
@ApplicationModule(displayName = "Command line", allowedDependencies = {
		"shared",
		"works", // the coupling engine and file formats
		"planning", // the planner
})
package nl.wijkatelier.cli;

import org.springframework.modulith.ApplicationModule;
