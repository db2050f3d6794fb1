package org.convene;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A MockMvc request as if it came from another network address (for per-client limits and the audit log). */
public final class FromAddress {

	private FromAddress() {
	}

	public static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
