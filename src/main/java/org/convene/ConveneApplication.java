package org.convene;

import java.util.Arrays;

import org.convene.cafe.PlanCommand;
import org.convene.platform.backup.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Convene: a platform for communities of practice — events, live facilitation and kept knowledge. */
@SpringBootApplication
public class ConveneApplication {

	/**
	 * Starts the platform; {@code plan} runs the World Café planner on the command line instead, {@code backup} and
	 * {@code restore} copy the embedded default's data directory (with Convene stopped).
	 */
	public static void main(String[] args) {
		if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
			System.exit(BackupCommand.run(args[0], Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		if (args.length > 0 && args[0].equals("plan")) {
			System.exit(PlanCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out,
					System.err));
		}
		SpringApplication.run(ConveneApplication.class, args);
	}
}
