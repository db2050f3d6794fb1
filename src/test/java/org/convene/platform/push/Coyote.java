package org.convene.platform.push;

import org.apache.coyote.Response;

/** Tomcat's protocol-level response, for tests that also use the servlet-level one of the same name. */
final class Coyote {

	private Coyote() {
	}

	static Response response() {
		return new Response();
	}
}
