/**
 * The command line: batch analysis of task portfolios on files, no server and no database. Entry point
 * {@link nl.wijkatelier.cli.Cli#run}, called from the application's {@code main} when the first argument is a
 * command ({@code couple}, {@code generate}); plain Java, no Spring context.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package nl.wijkatelier.cli;
