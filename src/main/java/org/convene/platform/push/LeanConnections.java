package org.convene.platform.push;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.websocket.server.ServerContainer;
import org.apache.coyote.http11.Http11NioProtocol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's per-connection buffers, at 10,000 phones each kilobyte is 10 MB (docs/benchmarks.md "Lean phones").
 * A phone's live socket ({@link PushHub}) keeps, after the upgrade:
 * <ul>
 * <li>Tomcat's WebSocket I/O buffers (three of {@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE}, 8 KB by
 * default, a system property Tomcat reads once): set to {@code convene.socket-message-bytes} (1 KB) unless given
 * on the command line;</li>
 * <li>the incoming message buffers (8 KB bytes + 8 K chars by default): the same size; browsers send nothing on the
 * socket but pongs.</li>
 * </ul>
 * Every connection, while it is an HTTP one:
 * <ul>
 * <li>the socket's read and write buffers ({@code socket.appReadBufSize}, {@code socket.appWriteBufSize}, 8 KB
 * each by Tomcat's default): {@code convene.socket-buffer-bytes} sets both, 2 KB unless configured;</li>
 * <li>the response's byte and character buffers (8 KB + 8 K chars by default, made with each connection's
 * response object): {@link LeanHttp11NioProtocol} makes them {@code convene.response-buffer-bytes} (1 KB) for
 * every response. Not only for event streams: a page given a bigger buffer for its request leaves it behind on
 * the connection (Tomcat's character encoder keeps the bigger array; measured, docs/decisions.md 46);</li>
 * <li>the response header buffer ({@code server.tomcat.max-http-response-header-size}, application.properties).</li>
 * </ul>
 * The request's own buffers (8 KB + 8 K chars) are fixed by Tomcat.
 */
@Configuration(proxyBeanMethods = false)
class LeanConnections {

	private static final String WEBSOCKET_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> leanTomcat(
			@Value("${convene.socket-buffer-bytes:2048}") int socketBytes,
			@Value("${convene.response-buffer-bytes:1024}") int responseBytes,
			@Value("${convene.socket-message-bytes:1024}") int messageBytes) {
		return factory -> {
			if (System.getProperty(WEBSOCKET_BUFFER) == null) {
				System.setProperty(WEBSOCKET_BUFFER, String.valueOf(messageBytes));
			}
			factory.setProtocol(LeanHttp11NioProtocol.class.getName());
			factory.addConnectorCustomizers(connector -> {
				connector.setProperty("socket.appReadBufSize", String.valueOf(socketBytes));
				connector.setProperty("socket.appWriteBufSize", String.valueOf(socketBytes));
				((LeanHttp11NioProtocol) connector.getProtocolHandler()).setResponseBufferBytes(responseBytes);
			});
		};
	}

	/**
	 * Sets the WebSocket container's message buffers. A listener, because Tomcat's container is made after the
	 * application's initializers have run (and before listeners are told the context has started).
	 */
	@Bean
	ServletListenerRegistrationBean<ServletContextListener> leanWebSockets(
			@Value("${convene.socket-message-bytes:1024}") int messageBytes) {
		return new ServletListenerRegistrationBean<>(new ServletContextListener() {

			@Override
			public void contextInitialized(ServletContextEvent event) {
				if (event.getServletContext().getAttribute(ServerContainer.class.getName()) instanceof ServerContainer c) {
					c.setDefaultMaxTextMessageBufferSize(messageBytes);
					c.setDefaultMaxBinaryMessageBufferSize(messageBytes);
				}
			}
		});
	}

	/**
	 * Tomcat's HTTP/1.1 connector with a smaller response buffer for each connection (Tomcat asks its protocol
	 * for the size when it creates a connection's response object). Public with a public constructor: Tomcat
	 * creates it by name.
	 */
	public static class LeanHttp11NioProtocol extends Http11NioProtocol {

		private int responseBufferBytes = 1024;

		@Override
		public int getDesiredBufferSize() {
			return responseBufferBytes;
		}

		void setResponseBufferBytes(int bytes) {
			responseBufferBytes = bytes;
		}
	}
}
