package nl.wijkatelier;

import nl.wijkatelier.cli.Cli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = {"shared", "platform"})
public class WijkatelierApplication {

	/** Runs a command-line command (plain Java, no server) when the first argument names one, else the server. */
	public static void main(String[] args) {
		if (Cli.isCommand(args)) {
			System.exit(Cli.run(args, System.out, System.err));
		}
		SpringApplication.run(WijkatelierApplication.class, args);
	}
}
