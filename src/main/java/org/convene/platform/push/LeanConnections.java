package org.convene.platform.push;

import org.apache.coyote.http11.Http11NioProtocol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's per-connection buffers are held for as long as a phone's event stream is open, so at 10,000 phones
 * each kilobyte is 10 MB (docs/benchmarks.md "Lean phones"):
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

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> leanTomcat(
			@Value("${convene.socket-buffer-bytes:2048}") int socketBytes,
			@Value("${convene.response-buffer-bytes:1024}") int responseBytes) {
		return factory -> {
			factory.setProtocol(LeanHttp11NioProtocol.class.getName());
			factory.addConnectorCustomizers(connector -> {
				connector.setProperty("socket.appReadBufSize", String.valueOf(socketBytes));
				connector.setProperty("socket.appWriteBufSize", String.valueOf(socketBytes));
				((LeanHttp11NioProtocol) connector.getProtocolHandler()).setResponseBufferBytes(responseBytes);
			});
		};
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
