package org.convene.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.springframework.web.util.UriUtils;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): HMAC-SHA1, 30-second steps, 6 digits — what every
 * authenticator app reads from an {@code otpauth://} link. Written here because it is forty lines and checked
 * against the RFC's own test vectors ({@code TotpTest}); no such library is among those verified for this build.
 */
public final class Totp {

	public static final int STEP_SECONDS = 30;
	public static final int DIGITS = 6;
	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A new secret: 20 random bytes (160 bits, as RFC 4226 recommends), in base32 as apps expect it. */
	public static String newSecret() {
		byte[] key = new byte[20];
		RANDOM.nextBytes(key);
		return new Base32().encodeToString(key).replace("=", "");
	}

	/** The step a moment falls in. */
	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
	}

	/** The code of a step: {@code digits} decimal digits of the HOTP value (RFC 4226, section 5.3). */
	public static String code(byte[] key, long step, int digits, String algorithm) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, algorithm));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format(Locale.ROOT, "%0" + digits + "d", binary % (int) Math.pow(10, digits));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The 6-digit code of a base32 secret at a moment (for tests, and for nothing else in the application). */
	public static String code(String secret, Instant at) {
		return code(new Base32().decode(secret), step(at), DIGITS, "HmacSHA1");
	}

	/**
	 * The step whose code {@code code} is — the current one or one either side, for clocks a little apart — if that
	 * step is later than {@code lastUsed} (a code works once); else -1.
	 */
	public static long matches(String secret, String code, long lastUsed, Instant now) {
		String typed = code == null ? "" : code.replaceAll("\\s", "");
		if (!typed.matches("\\d{" + DIGITS + "}")) {
			return -1;
		}
		byte[] key = new Base32().decode(secret);
		long current = step(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (step > lastUsed && MessageDigest.isEqual(
					code(key, step, DIGITS, "HmacSHA1").getBytes(StandardCharsets.US_ASCII),
					typed.getBytes(StandardCharsets.US_ASCII))) {
				return step;
			}
		}
		return -1;
	}

	/** The link an authenticator app reads (as a QR code): issuer Convene, the account's e-mail. */
	public static String link(String secret, String email) {
		String label = "Convene:" + email;
		return "otpauth://totp/" + UriUtils.encodePath(label, StandardCharsets.UTF_8) + "?secret=" + secret + "&issuer=Convene&digits=" + DIGITS
				+ "&period=" + STEP_SECONDS;
	}
}
