package org.convene.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.convene.ConveneApplication;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Material;
import org.convene.events.SessionDetails;
import org.convene.events.SessionKind;
import org.convene.events.Visibility;
import org.convene.platform.files.FileStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.FileSystemUtils;

/**
 * Backup and restore of the embedded default (issue 13, item 6): Convene runs on a data directory and stores an
 * event and an uploaded file; stopped, it is backed up; the backup is restored into a fresh data directory; every
 * table has the same rows, the file the same bytes, the signing key the same value — and Convene starts on the
 * restored directory and finds the event and its file. A running database is refused with the reason.
 */
class BackupRestoreTest {

	private static ConfigurableApplicationContext start(Path data) {
		SpringApplication app = new SpringApplication(ConveneApplication.class);
		return app.run("--spring.profiles.active=demo", "--server.port=0", "--convene.data-dir=" + data,
				"--logging.level.root=WARN", "--spring.main.banner-mode=off");
	}

	@Test
	void aBackupRestoresIntoAFreshDataDirectoryWithEveryRowAndFile() throws Exception {
		Path root = Path.of("target", "backup-test").toAbsolutePath();
		FileSystemUtils.deleteRecursively(root);
		Path data = root.resolve("data");
		Path backup = root.resolve("backup");
		Path restored = root.resolve("restored");
		byte[] pdf = "%PDF-1.4\nbackup test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		long eventId;
		long materialId;
		try (ConfigurableApplicationContext app = start(data)) {
			Events events = app.getBean(Events.class);
			Event event = events.create(new EventDetails("Backed-up workshop", LocalDate.of(2031, 11, 3),
					LocalDate.of(2031, 11, 3), "UTC", null, null, List.of("en"), null, null, Visibility.PUBLIC));
			var session = events.addSession(event.getId(), new SessionDetails(LocalDateTime.of(2031, 11, 3, 9, 0),
					LocalDateTime.of(2031, 11, 3, 10, 0), "Opening", SessionKind.SESSION, null, null, null, null));
			Material material = events.addFile(event.getId(), session.getId(), "Guide",
					new MockMultipartFile("file", "guide.pdf", "application/pdf", pdf));
			eventId = event.getId();
			materialId = material.getId();

			// while Convene runs, its embedded database is its own: the command (another process) says so
			Process early = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
					System.getProperty("java.class.path"), ConveneApplication.class.getName(), "backup", "--to",
					root.resolve("too-early").toString(), "--data-dir", data.toString()).redirectErrorStream(true).start();
			String said = new String(early.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(early.waitFor()).as(said).isEqualTo(3);
			assertThat(said).contains("stop Convene first");
		}

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(BackupCommand.run("backup", new String[] { "--to", backup.toString(), "--data-dir", data.toString() },
				new PrintStream(out), System.err)).isZero();
		assertThat(out.toString()).contains("Backed up");
		assertThat(BackupCommand.run("restore", new String[] { "--from", backup.toString(), "--data-dir",
			restored.toString() }, new PrintStream(out), System.err)).isZero();
		// restoring over an existing database is refused
		assertThat(BackupCommand.run("restore", new String[] { "--from", backup.toString(), "--data-dir",
			restored.toString() }, new PrintStream(out), new PrintStream(new ByteArrayOutputStream()))).isEqualTo(3);

		Map<String, Long> before;
		Map<String, Long> after;
		try (var a = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("convene") + ";DATABASE_TO_LOWER=TRUE",
				"sa", "");
				var b = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve("convene")
						+ ";DATABASE_TO_LOWER=TRUE", "sa", "")) {
			before = BackupCommand.rowCounts(a);
			after = BackupCommand.rowCounts(b);
		}
		assertThat(before).containsKeys("events", "participants", "accounts", "audit_log", "flyway_schema_history");
		assertThat(after).isEqualTo(before);
		assertThat(Files.readString(restored.resolve("secret.key"))).isEqualTo(Files.readString(data.resolve("secret.key")));

		try (ConfigurableApplicationContext app = start(restored)) {
			Events events = app.getBean(Events.class);
			assertThat(events.get(eventId).getTitle()).isEqualTo("Backed-up workshop");
			Material material = events.material(eventId, materialId);
			assertThat(app.getBean(FileStore.class).read(material.getFileKey()).getContentAsByteArray()).isEqualTo(pdf);
		}
	}
}
