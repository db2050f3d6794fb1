package org.convene.platform.web;

import java.net.URI;

/** A place to send the browser back to, only ever on this site: the one open-redirect check. */
public final class LocalPath {

	private LocalPath() {
	}

	/** Whether {@code path} is a path on this site ({@code /events/1?x=y}), never another host or scheme. */
	public static boolean isLocal(String path) {
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
			return false;
		}
		try {
			URI uri = URI.create(path);
			return uri.getScheme() == null && uri.getHost() == null;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** {@code path} when it is local, else the home page. */
	public static String orHome(String path) {
		return isLocal(path) ? path : "/";
	}
}
