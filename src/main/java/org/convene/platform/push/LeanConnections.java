package org.convene.platform.push;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's per-connection socket buffers ({@code socket.appReadBufSize}, {@code socket.appWriteBufSize}, 8 KB
 * each by Tomcat's default) are held for as long as a phone's event stream is open: {@code convene.socket-buffer-bytes}
 * sets both, 2 KB unless configured (docs/benchmarks.md: 100-170 MB less at 10,000 phones, the same p99).
 */
@Configuration(proxyBeanMethods = false)
class LeanConnections {

	@Bean
	TomcatConnectorCustomizer socketBuffers(@Value("${convene.socket-buffer-bytes:2048}") int bytes) {
		return connector -> {
			connector.setProperty("socket.appReadBufSize", String.valueOf(bytes));
			connector.setProperty("socket.appWriteBufSize", String.valueOf(bytes));
		};
	}
}
