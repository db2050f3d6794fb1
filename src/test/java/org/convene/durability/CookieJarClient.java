package org.convene.durability;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * One simulated phone's HTTP client: its own cookies over a client (and its one selector thread and connection
 * pool) shared by every phone of a test, so that thousands of phones cost the test JVM no more threads than one.
 * Each request carries the phone's cookies; each response's Set-Cookie goes into them.
 */
final class CookieJarClient extends HttpClient {

	/**
	 * The clients the phones share, in turn: one client's one selector thread serves every socket it holds, and a
	 * few thousand sockets cut at once (a node killed) kept it busy for seconds, the test's phones then noticing the
	 * cut late and coming back late through no fault of the server's.
	 */
	private static final HttpClient[] SHARED = IntStream.range(0, 8)
		.mapToObj(i -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build())
		.toArray(HttpClient[]::new);
	private static final AtomicInteger NEXT = new AtomicInteger();

	private final HttpClient shared;
	private final CookieManager cookies;

	CookieJarClient(CookieManager cookies) {
		this.shared = SHARED[Math.floorMod(NEXT.getAndIncrement(), SHARED.length)];
		this.cookies = cookies;
	}

	private HttpRequest withCookies(HttpRequest request) throws IOException {
		HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true);
		cookies.get(request.uri(), Map.of()).forEach((name, values) -> {
			if (!values.isEmpty()) {
				builder.header(name, String.join("; ", values));
			}
		});
		return builder.build();
	}

	private <T> HttpResponse<T> kept(HttpResponse<T> response) throws IOException {
		cookies.put(response.uri(), response.headers().map());
		return response;
	}

	@Override
	public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
			throws IOException, InterruptedException {
		return kept(shared.send(withCookies(request), handler));
	}

	@Override
	public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		return sendAsync(request, handler, null);
	}

	@Override
	public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
			HttpResponse.PushPromiseHandler<T> push) {
		try {
			return shared.sendAsync(withCookies(request), handler, push).thenApply(r -> {
				try {
					return kept(r);
				}
				catch (IOException e) {
					throw new IllegalStateException(e);
				}
			});
		}
		catch (IOException e) {
			return CompletableFuture.failedFuture(e);
		}
	}

	/** Sockets share the one client too, with this phone's cookies on the handshake. */
	@Override
	public WebSocket.Builder newWebSocketBuilder() {
		WebSocket.Builder builder = shared.newWebSocketBuilder();
		return new WebSocket.Builder() {

			@Override
			public WebSocket.Builder header(String name, String value) {
				builder.header(name, value);
				return this;
			}

			@Override
			public WebSocket.Builder connectTimeout(Duration timeout) {
				builder.connectTimeout(timeout);
				return this;
			}

			@Override
			public WebSocket.Builder subprotocols(String mostPreferred, String... lesserPreferred) {
				builder.subprotocols(mostPreferred, lesserPreferred);
				return this;
			}

			@Override
			public CompletableFuture<WebSocket> buildAsync(URI uri, WebSocket.Listener listener) {
				try {
					cookies.get(URI.create(uri.toString().replaceFirst("^ws", "http")), Map.of()).forEach((name, values) -> {
						if (!values.isEmpty()) {
							builder.header(name, String.join("; ", values));
						}
					});
				}
				catch (IOException e) {
					return CompletableFuture.failedFuture(e);
				}
				return builder.buildAsync(uri, listener);
			}
		};
	}

	@Override
	public Optional<CookieHandler> cookieHandler() {
		return Optional.of(cookies);
	}

	@Override
	public Optional<Duration> connectTimeout() {
		return shared.connectTimeout();
	}

	@Override
	public Redirect followRedirects() {
		return shared.followRedirects();
	}

	@Override
	public Optional<ProxySelector> proxy() {
		return shared.proxy();
	}

	@Override
	public SSLContext sslContext() {
		return shared.sslContext();
	}

	@Override
	public SSLParameters sslParameters() {
		return shared.sslParameters();
	}

	@Override
	public Optional<Authenticator> authenticator() {
		return shared.authenticator();
	}

	@Override
	public Version version() {
		return shared.version();
	}

	@Override
	public Optional<Executor> executor() {
		return shared.executor();
	}
}
