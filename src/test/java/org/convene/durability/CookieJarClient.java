package org.convene.durability;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * One simulated phone's HTTP client: its own cookies over a client (and its one selector thread and connection
 * pool) shared by every phone of a test, so that thousands of phones cost the test JVM no more threads than one.
 * Each request carries the phone's cookies; each response's Set-Cookie goes into them.
 */
final class CookieJarClient extends HttpClient {

	/** The client every phone shares. */
	static final HttpClient SHARED = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final HttpClient shared;
	private final CookieManager cookies;

	CookieJarClient(CookieManager cookies) {
		this.shared = SHARED;
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

	/** This phone's cookies: its live socket ({@code LiveSocket}) sends them on its handshake. */
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
