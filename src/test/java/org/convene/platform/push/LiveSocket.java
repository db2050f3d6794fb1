package org.convene.platform.push;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * A page's live socket as js/socket.js holds it, for tests and harnesses: messages by name ("name\ncontent"), and —
 * when {@code reconnect} — a new socket 0.5–2 s after a cut, as the browser does; close code {@link PushHub#GONE}
 * ends it for good.
 *
 * <p>Sockets run on Netty, all of them on one event-loop thread: thousands of simulated phones share the machine
 * with the servers they test, and the JDK's own WebSocket client cost about as much CPU per handshake as the server
 * (the JDK's 1.6–1.8 ms, this class 1.2–1.3 ms: {@code bench/HandshakeCost}; docs/benchmarks.md "Failover of 5,000
 * phones"), and the failover with 2,500 phones moving came back within 5 s once they used Netty. Cookies come from the
 * {@link HttpClient}'s cookie handler, so a socket goes with the page a test loaded with that client.
 */
public final class LiveSocket implements AutoCloseable {

	/** One message: its name, its content and when it arrived (System.nanoTime). */
	public record Message(String name, String data, long at) {
	}

	private static final EventLoopGroup LOOP = new NioEventLoopGroup(1, new DefaultThreadFactory("live-sockets", true));

	private final URI uri;
	private final URI page;
	private final CookieHandler cookies;
	private final boolean reconnect;
	private final String origin;
	private final InetAddress from;
	private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
	private final List<Message> all = Collections.synchronizedList(new ArrayList<>());
	private final AtomicInteger connections = new AtomicInteger();
	private final List<Long> openedAt = Collections.synchronizedList(new ArrayList<>());
	private final List<Long> lostAt = Collections.synchronizedList(new ArrayList<>());
	/** The first handshake's refusal (null when it opened). */
	private final CompletableFuture<HttpResponse> firstAnswer = new CompletableFuture<>();
	private final CompletableFuture<Integer> closedBy = new CompletableFuture<>();
	private volatile Channel channel;
	private volatile boolean closed;

	private LiveSocket(HttpClient http, String url, boolean reconnect, String origin, InetAddress from) {
		this.uri = URI.create(url.replaceFirst("^http", "ws"));
		this.page = URI.create(url.replaceFirst("^ws", "http"));
		this.cookies = http.cookieHandler().orElse(null);
		this.reconnect = reconnect;
		this.origin = origin;
		this.from = from;
	}

	/** Opens a socket on {@code url} (http:// or ws://) and keeps reading it until closed. */
	public static LiveSocket open(HttpClient http, String url, boolean reconnect) {
		return open(http, url, reconnect, null, null);
	}

	/** The same, with the {@code Origin} a browser would send from a page at {@code origin}. */
	public static LiveSocket open(HttpClient http, String url, boolean reconnect, String origin) {
		return open(http, url, reconnect, origin, null);
	}

	/** The same, from the local address {@code from} (another client on the network, as the server sees it). */
	public static LiveSocket open(HttpClient http, String url, boolean reconnect, String origin, InetAddress from) {
		LiveSocket s = new LiveSocket(http, url, reconnect, origin, from);
		s.connect();
		return s;
	}

	/**
	 * The first handshake's status: 101 when the socket opened, else what the server answered (429, 404, …), -1 when
	 * it did not answer; waits for it.
	 */
	public int status(Duration wait) throws Exception {
		HttpResponse refused = firstAnswer.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		return refused == null ? (connections.get() > 0 ? 101 : -1) : refused.status().code();
	}

	/** The headers of the server's answer to a refused first handshake, or null if it opened. */
	public HttpHeaders refusal(Duration wait) throws Exception {
		HttpResponse refused = firstAnswer.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		return refused == null ? null : refused.headers();
	}

	private void connect() {
		if (closed) {
			return;
		}
		HttpHeaders headers = new DefaultHttpHeaders();
		if (cookies != null) {
			try {
				// looked up for the page's own http(s) address: HttpOnly cookies are kept from any other scheme
				cookies.get(page, Map.of()).forEach((name, values) -> {
					if (!values.isEmpty()) {
						headers.add(name, String.join("; ", values));
					}
				});
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		}
		if (origin != null) {
			headers.add("Origin", origin);
		}
		WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder().webSocketUri(uri)
			.customHeaders(headers).generateOriginHeader(false).handleCloseFrames(false).maxFramePayloadLength(1 << 20)
			.handshakeTimeoutMillis(30_000).build();
		Bootstrap bootstrap = new Bootstrap().group(LOOP).channel(NioSocketChannel.class)
			.handler(new ChannelInitializer<SocketChannel>() {

				@Override
				protected void initChannel(SocketChannel ch) {
					ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(1 << 16),
							new WebSocketClientProtocolHandler(config), new WebSocketFrameAggregator(1 << 20), new Reader());
				}
			});
		InetSocketAddress server = new InetSocketAddress(uri.getHost(), uri.getPort());
		(from == null ? bootstrap.connect(server) : bootstrap.connect(server, new InetSocketAddress(from, 0)))
			.addListener(f -> {
				if (!f.isSuccess()) {
					firstAnswer.complete(null);
					comeBack();
				}
			});
	}

	private void comeBack() {
		lostAt.add(System.nanoTime());
		if (reconnect && !closed) {
			CompletableFuture.delayedExecutor(ThreadLocalRandom.current().nextLong(500, 2_001), TimeUnit.MILLISECONDS)
				.execute(this::connect);
		}
	}

	/** The next message of that name (any name for null) that matches, waiting at most {@code wait}; null if none. */
	public Message next(String name, Duration wait, Predicate<Message> matching) throws InterruptedException {
		long deadline = System.nanoTime() + wait.toNanos();
		while (System.nanoTime() < deadline) {
			Message m = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			if (m != null && (name == null || name.equals(m.name())) && matching.test(m)) {
				return m;
			}
		}
		return null;
	}

	/** The first message of that name after {@code nanos} (System.nanoTime), or null. */
	public Message firstAfter(long nanos, String name) {
		synchronized (all) {
			return all.stream().filter(m -> m.at() > nanos && name.equals(m.name())).findFirst().orElse(null);
		}
	}

	/** Every message so far. */
	public List<Message> all() {
		synchronized (all) {
			return List.copyOf(all);
		}
	}

	/** The close code the server sent first (1001 going away, {@link PushHub#GONE}, …), waiting at most {@code wait}. */
	public int closeCode(Duration wait) throws Exception {
		return closedBy.get(wait.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** When the socket last opened after {@code nanos} (System.nanoTime), or -1. */
	public long openedAfter(long nanos) {
		synchronized (openedAt) {
			return openedAt.stream().filter(t -> t > nanos).findFirst().orElse(-1L);
		}
	}

	/** When the socket was first found cut (or a handshake refused) after {@code nanos}, or -1. */
	public long lostAfter(long nanos) {
		synchronized (lostAt) {
			return lostAt.stream().filter(t -> t > nanos).findFirst().orElse(-1L);
		}
	}

	/** How many times the socket has opened. */
	public int connections() {
		return connections.get();
	}

	@Override
	public void close() {
		closed = true;
		Channel c = channel;
		if (c != null) {
			c.close();
		}
	}

	/** One connection's events: the handshake's outcome, messages, the server's close, the connection's end. */
	private final class Reader extends SimpleChannelInboundHandler<WebSocketFrame> {

		private boolean gone;

		@Override
		public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
			if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
				channel = ctx.channel();
				openedAt.add(System.nanoTime());
				connections.incrementAndGet();
				firstAnswer.complete(null);
				if (closed) {
					ctx.close();
				}
			}
			super.userEventTriggered(ctx, event);
		}

		@Override
		protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
			if (frame instanceof TextWebSocketFrame text) {
				String message = text.text();
				int cut = message.indexOf('\n');
				Message m = new Message(message.substring(0, cut), message.substring(cut + 1), System.nanoTime());
				messages.add(m);
				all.add(m);
			}
			else if (frame instanceof CloseWebSocketFrame close) {
				closedBy.complete(close.statusCode());
				gone = close.statusCode() == PushHub.GONE;
				ctx.close();
			}
		}

		@Override
		public void exceptionCaught(ChannelHandlerContext ctx, Throwable error) {
			if (error instanceof WebSocketClientHandshakeException refused) {
				firstAnswer.complete(refused.response());
			}
			ctx.close();
		}

		@Override
		public void channelInactive(ChannelHandlerContext ctx) {
			firstAnswer.complete(null);
			if (!gone) {
				comeBack();
			}
		}
	}
}
