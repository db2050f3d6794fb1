package org.convene.platform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.convene.ConveneTest;
import org.convene.FreePort;
import org.convene.events.Event;
import org.convene.events.EventDetails;
import org.convene.events.Events;
import org.convene.events.Material;
import org.convene.events.SessionDetails;
import org.convene.events.SessionKind;
import org.convene.events.Visibility;
import org.convene.platform.ConveneProperties;
import org.convene.platform.UserError;
import org.convene.platform.web.NotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Uploaded files in an S3-compatible bucket, against a real S3 server (Adobe's S3Mock, from Maven Central,
 * started as a child process on a free port): the store itself, a material uploaded and downloaded through
 * the application configured with {@code convene.s3.*}, and a store that does not answer.
 */
@ConveneTest
class S3FilesTest {

	private static final String BUCKET = "convene";

	private static final S3Server SERVER = S3Server.start();

	private static final RequestPostProcessor COORDINATOR = user("coordinator@demo.convene").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	Blobs blobs;

	@Autowired
	Events events;

	@Autowired
	ConveneProperties properties;

	@DynamicPropertySource
	static void s3(DynamicPropertyRegistry registry) {
		registry.add("convene.s3.bucket", () -> BUCKET);
		registry.add("convene.s3.endpoint", SERVER::endpoint);
		registry.add("convene.s3.access-key", () -> "convene-test");
		registry.add("convene.s3.secret-key", () -> "not-a-real-secret");
		registry.add("convene.s3.path-style", () -> "true");
		registry.add("convene.s3.prefix", () -> "test/");
	}

	@AfterAll
	static void stop() {
		SERVER.stop();
	}

	@Test
	void theBucketKeepsReturnsAndDeletesFiles() throws IOException {
		assertThat(blobs).isInstanceOf(S3Blobs.class);
		byte[] bytes = "%PDF-1.4 a small file".getBytes(StandardCharsets.US_ASCII);
		blobs.put("a.pdf", new ByteArrayInputStream(bytes), bytes.length, "application/pdf");
		var resource = blobs.get("a.pdf");
		assertThat(resource.getContentAsByteArray()).isEqualTo(bytes);
		assertThat(resource.contentLength()).isEqualTo(bytes.length);
		assertThat(resource.getFilename()).isEqualTo("a.pdf");
		assertThat(SERVER.metadata()).anyMatch(m -> m.contains("test/a.pdf"));
		blobs.delete("a.pdf");
		assertThatThrownBy(() -> blobs.get("a.pdf")).isInstanceOf(NotFoundException.class);
		blobs.delete("a.pdf");
		assertThatThrownBy(() -> blobs.get("never-there.pdf")).isInstanceOf(NotFoundException.class);
	}

	@Test
	void aMaterialUploadedInTheAppIsKeptInTheBucketNotInTheDataDirectory() throws Exception {
		Event event = events.create(new EventDetails("S3 check", LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 2),
				"Asia/Karachi", "Islamabad", null, List.of("en"), null, null, Visibility.PUBLIC));
		var session = events.addSession(event.getId(), new SessionDetails(LocalDateTime.of(2031, 3, 1, 9, 0),
				LocalDateTime.of(2031, 3, 1, 10, 0), "Opening", SessionKind.OPENING, null, null, null, null));
		byte[] pdf = "%PDF-1.4 the programme".getBytes(StandardCharsets.US_ASCII);
		mvc.perform(multipart("/events/" + event.getId() + "/sessions/" + session.getId() + "/materials")
			.file(new MockMultipartFile("file", "programme.pdf", "application/pdf", pdf))
			.param("title", "Programme")
			.with(csrf())
			.with(COORDINATOR));
		Material material = events.materials(event.getId()).stream()
			.filter(m -> "Programme".equals(m.getTitle()))
			.findFirst()
			.orElseThrow();
		var download = mvc.perform(get("/events/" + event.getId() + "/materials/" + material.getId()).with(COORDINATOR))
			.andReturn()
			.getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(SERVER.metadata()).anyMatch(m -> m.contains("test/" + material.getFileKey()));
		assertThat(properties.dataDir().resolve("files").resolve(material.getFileKey())).doesNotExist();
	}

	@Test
	void aStoreThatDoesNotAnswerRefusesTheUploadWithAMessage() throws IOException {
		S3Settings down = new S3Settings(BUCKET, "http://127.0.0.1:" + FreePort.next(), null, "k", "s", true, null);
		try (S3Blobs unreachable = new S3Blobs(down)) {
			FileStore store = new FileStore(unreachable);
			assertThatThrownBy(() -> store.store(new MockMultipartFile("file", "x.pdf", "application/pdf",
					"%PDF-1.4".getBytes(StandardCharsets.US_ASCII))))
				.isInstanceOfSatisfying(UserError.class, e -> assertThat(e.getMessage()).contains("files.unavailable"));
		}
	}

	/** S3Mock in a child process: its own Spring Boot (3), its own port and directory; stopped by its process. */
	static final class S3Server {

		private static final Path DIR = Path.of("target", "s3mock");

		private final Process process;
		private final int port;
		private final Path root;

		private S3Server(Process process, int port, Path root) {
			this.process = process;
			this.port = port;
			this.root = root;
		}

		static S3Server start() {
			try {
				Path jar = DIR.resolve("s3mock.jar");
				if (!Files.exists(jar)) {
					throw new IllegalStateException(jar + " is missing: run the tests through Maven");
				}
				int port = FreePort.next();
				Path root = Files.createTempDirectory("convene-s3");
				String java = ProcessHandle.current().info().command().orElse("java");
				Process process = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString(),
						"--com.adobe.testing.s3mock.httpPort=" + port, "--server.port=0",
						"--com.adobe.testing.s3mock.store.initialBuckets=" + BUCKET,
						"--com.adobe.testing.s3mock.store.root=" + root, "--spring.main.banner-mode=off")
					.redirectErrorStream(true)
					.redirectOutput(DIR.resolve("s3mock.log").toFile())
					.start();
				S3Server server = new S3Server(process, port, root);
				server.awaitReady();
				return server;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private void awaitReady() {
			HttpClient client = HttpClient.newHttpClient();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
			try {
				while (System.nanoTime() < deadline) {
					if (!process.isAlive()) {
						throw new IllegalStateException("S3Mock stopped; see target/s3mock/s3mock.log");
					}
					try {
						var response = client.send(HttpRequest.newBuilder(URI.create(endpoint() + "/")).build(),
								HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() == 200) {
							return;
						}
					}
					catch (IOException e) {
						// not listening yet
					}
					Thread.sleep(250);
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			stop();
			throw new IllegalStateException("S3Mock did not start in 90 s; see target/s3mock/s3mock.log");
		}

		String endpoint() {
			return "http://127.0.0.1:" + port;
		}

		/** The metadata S3Mock keeps on disk for each object (it names the object's key). */
		List<String> metadata() throws IOException {
			try (Stream<Path> files = Files.walk(root)) {
				return files.filter(p -> p.getFileName().toString().endsWith(".json")).map(p -> {
					try {
						return Files.readString(p);
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				}).toList();
			}
		}

		void stop() {
			process.destroy();
			try {
				if (!process.waitFor(10, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
