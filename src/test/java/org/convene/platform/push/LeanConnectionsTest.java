package org.convene.platform.push;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Response;
import org.junit.jupiter.api.Test;

/** Each connection's response object is made with the lean protocol's buffer, bytes and characters alike. */
class LeanConnectionsTest {

	@Test
	void everyConnectionsResponseIsMadeWithTheSmallBuffer() {
		Connector connector = new Connector(LeanConnections.LeanHttp11NioProtocol.class.getName());
		((LeanConnections.LeanHttp11NioProtocol) connector.getProtocolHandler()).setResponseBufferBytes(1024);
		Response response = connector.createResponse(Coyote.response());
		assertThat(response.getBufferSize()).isEqualTo(1024);
		assertThat(new Connector().createResponse(Coyote.response()).getBufferSize()).as("Tomcat's own").isEqualTo(8192);
	}
}
