package org.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.core.impl.Log4jContextFactory;
import org.convene.FreePort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The practice search tests of {@link PracticeSearchTest}, every one of them, against a real OpenSearch node
 * (OpenSearch 2.19 from Maven Central, started in a child process by {@link OpenSearchNode}) with the application
 * configured as an operator would: {@code convene.opensearch.uris}. Same mapping, same analyser names, same queries.
 */
class OpenSearchPracticeSearchTest extends PracticeSearchTest {

	private static final Node NODE = Node.start();

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		registry.add("convene.opensearch.uris", NODE::uri);
	}

	@AfterAll
	static void stop() {
		NODE.stop();
	}

	@Test
	void thePracticesAreIndexedInOpenSearchNotInTheEmbeddedIndex() throws Exception {
		String indices = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(NODE.uri() + "/_cat/indices?h=index,docs.count")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(indices).contains("practice");
		String analysed = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(NODE.uri() + "/practice-read/_analyze"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"analyzer\":\"ar\",\"text\":\"والأموال\"}"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(analysed).as("the index carries our Arabic analyser").contains("\"token\":\"اموال\"");
	}

	/** The OpenSearch node in a child process, on free ports; stopped by closing its input, then by its process. */
	record Node(Process process, int port) {

		static Node start() {
			try {
				int http = FreePort.next();
				int transport = FreePort.next();
				Path data = Files.createTempDirectory("convene-opensearch");
				String java = ProcessHandle.current().info().command().orElse("java");
				// OpenSearch logs through Log4j's own core; the application's log4j-to-slf4j bridge must not take it
				Process process = new ProcessBuilder(java, "-Xms512m", "-Xmx512m",
						"-Dlog4j2.loggerContextFactory=" + Log4jContextFactory.class.getName(), "-cp",
						System.getProperty("java.class.path"), OpenSearchNode.class.getName(), String.valueOf(http),
						String.valueOf(transport), data.toString())
					.redirectErrorStream(true)
					.start();
				Node node = new Node(process, http);
				CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> node.readUntilReady());
				if (!Boolean.TRUE.equals(ready.get(180, TimeUnit.SECONDS))) {
					node.stop();
					throw new IllegalStateException("OpenSearch did not start");
				}
				return node;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			catch (Exception e) {
				throw new IllegalStateException("OpenSearch did not start: " + e.getMessage(), e);
			}
		}

		/** Reads the node's output until it says "ready"; keeps reading afterwards so that its pipe never fills. */
		private boolean readUntilReady() {
			BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			try {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					if (line.equals("ready")) {
						Thread.ofVirtual().start(() -> out.lines().forEach(l -> { }));
						return true;
					}
				}
			}
			catch (IOException e) {
				return false;
			}
			return false;
		}

		String uri() {
			return "http://127.0.0.1:" + port;
		}

		void stop() {
			try {
				process.getOutputStream().close();
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (IOException e) {
				process.destroyForcibly();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
