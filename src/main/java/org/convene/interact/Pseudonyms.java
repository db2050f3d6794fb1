package org.convene.interact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short, stable name for a participant token ("P-3fa9c2"), for exports and leaderboards: the token
 * itself is the person's secret cookie and is never shown.
 */
public final class Pseudonyms {

	private Pseudonyms() {
	}

	public static String of(String token) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return "P-" + HexFormat.of().formatHex(hash, 0, 3);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
