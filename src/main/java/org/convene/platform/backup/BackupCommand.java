package org.convene.platform.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@code java -jar convene.jar backup --to DIR} and {@code restore --from DIR} for the embedded default (H2 file
 * database and uploaded files in the data directory): the database as a portable, compressed SQL script (H2's
 * {@code SCRIPT}, readable by later H2 versions too), the uploaded files, the signing key, and a manifest with the
 * row count of every table, which a restore checks. Run them with Convene stopped: the embedded database is one
 * process's file. {@code --data-dir} (else {@code CONVENE_DATA_DIR}, else {@code ./data}) names the data directory.
 * PostgreSQL installations back up with {@code pg_dump} instead (docs/operations.md).
 */
public final class BackupCommand {

	static final String DATABASE = "database.sql.gz";
	static final String MANIFEST = "convene-backup.properties";

	private BackupCommand() {
	}

	/** Runs {@code backup} or {@code restore} with their arguments; returns the process's exit status. */
	public static int run(String command, String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options = new TreeMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		String env = System.getenv("CONVENE_DATA_DIR");
		Path data = Path.of(options.getOrDefault("--data-dir", env == null || env.isBlank() ? "data" : env));
		try {
			if (command.equals("backup") && options.containsKey("--to")) {
				Map<String, Long> rows = backup(data, Path.of(options.get("--to")));
				out.printf("Backed up %s to %s: %d tables, %d rows, and the uploaded files.%n", data,
						options.get("--to"), rows.size(), rows.values().stream().mapToLong(Long::longValue).sum());
				return 0;
			}
			if (command.equals("restore") && options.containsKey("--from")) {
				Map<String, Long> rows = restore(Path.of(options.get("--from")), data);
				out.printf("Restored %s into %s: %d tables, %d rows, and the uploaded files.%n", options.get("--from"),
						data, rows.size(), rows.values().stream().mapToLong(Long::longValue).sum());
				return 0;
			}
			err.println("Usage: java -jar convene.jar backup --to DIR [--data-dir DIR]");
			err.println("       java -jar convene.jar restore --from DIR [--data-dir DIR]   (into an empty data directory)");
			return 2;
		}
		catch (IllegalStateException | IOException | UncheckedIOException | SQLException e) {
			err.println(command + " failed: " + e.getMessage());
			return 3;
		}
	}

	/** Writes a backup of the data directory into {@code to} (created; must be empty); returns rows per table. */
	public static Map<String, Long> backup(Path data, Path to) throws IOException, SQLException {
		if (!Files.exists(data.resolve("convene.mv.db"))) {
			throw new IllegalStateException("no Convene database in " + data.toAbsolutePath());
		}
		requireEmpty(to);
		Map<String, Long> rows;
		try (Connection db = open(data, true)) {
			rows = rowCounts(db);
			try (PreparedStatement script = db.prepareStatement("SCRIPT TO ? COMPRESSION GZIP")) {
				script.setString(1, to.resolve(DATABASE).toAbsolutePath().toString());
				script.execute();
			}
		}
		copyTree(data.resolve("files"), to.resolve("files"));
		if (Files.exists(data.resolve("secret.key"))) {
			Files.copy(data.resolve("secret.key"), to.resolve("secret.key"));
		}
		Properties manifest = new Properties();
		manifest.setProperty("created", Instant.now().toString());
		rows.forEach((table, count) -> manifest.setProperty("rows." + table, String.valueOf(count)));
		try (var writer = Files.newBufferedWriter(to.resolve(MANIFEST))) {
			manifest.store(writer, "Convene backup: restore with java -jar convene.jar restore --from <this directory>");
		}
		return rows;
	}

	/** Restores a backup into an empty data directory and checks every table's row count; returns them. */
	public static Map<String, Long> restore(Path from, Path data) throws IOException, SQLException {
		Properties manifest = new Properties();
		try (var reader = Files.newBufferedReader(from.resolve(MANIFEST))) {
			manifest.load(reader);
		}
		if (Files.exists(data.resolve("convene.mv.db"))) {
			throw new IllegalStateException(data.toAbsolutePath() + " already holds a database: restore into an empty"
					+ " data directory (move the old one aside first)");
		}
		Files.createDirectories(data);
		Map<String, Long> rows;
		try (Connection db = open(data, false)) {
			try (PreparedStatement script = db.prepareStatement("RUNSCRIPT FROM ? COMPRESSION GZIP")) {
				script.setString(1, from.resolve(DATABASE).toAbsolutePath().toString());
				script.execute();
			}
			rows = rowCounts(db);
		}
		for (String key : manifest.stringPropertyNames()) {
			if (key.startsWith("rows.")) {
				long expected = Long.parseLong(manifest.getProperty(key));
				Long restored = rows.get(key.substring(5));
				if (restored == null || restored != expected) {
					throw new IllegalStateException("table " + key.substring(5) + " holds " + restored + " rows, the backup "
							+ expected);
				}
			}
		}
		copyTree(from.resolve("files"), data.resolve("files"));
		if (Files.exists(from.resolve("secret.key"))) {
			Files.copy(from.resolve("secret.key"), data.resolve("secret.key"), StandardCopyOption.REPLACE_EXISTING);
		}
		return rows;
	}

	private static Connection open(Path data, boolean mustExist) throws SQLException {
		String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("convene") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH" + (mustExist ? ";IFEXISTS=TRUE" : "");
		try {
			return DriverManager.getConnection(url, "sa", "");
		}
		catch (SQLException e) {
			if (e.getMessage() != null && e.getMessage().contains("already in use")) {
				throw new IllegalStateException("the database is in use: stop Convene first", e);
			}
			throw e;
		}
	}

	/** Rows in every table of the public schema, by table name. */
	static Map<String, Long> rowCounts(Connection db) throws SQLException {
		Map<String, Long> rows = new TreeMap<>();
		try (ResultSet tables = db.getMetaData().getTables(null, "public", null, new String[] { "TABLE", "BASE TABLE" })) {
			while (tables.next()) {
				rows.put(tables.getString("TABLE_NAME"), 0L);
			}
		}
		for (String table : rows.keySet()) {
			try (var statement = db.createStatement();
					ResultSet count = statement.executeQuery("select count(*) from \"" + table.replace("\"", "") + "\"")) {
				count.next();
				rows.put(table, count.getLong(1));
			}
		}
		return rows;
	}

	private static void requireEmpty(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (var entries = Files.list(dir)) {
				if (entries.findAny().isPresent()) {
					throw new IllegalStateException(dir.toAbsolutePath() + " is not empty: back up into a new directory");
				}
			}
		}
		Files.createDirectories(dir);
	}

	private static void copyTree(Path from, Path to) throws IOException {
		if (!Files.exists(from)) {
			return;
		}
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.createDirectories(to.resolve(from.relativize(dir).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
