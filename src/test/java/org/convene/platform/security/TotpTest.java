package org.convene.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

/** The TOTP arithmetic against the RFCs' own test vectors. */
class TotpTest {

	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void rfc6238VectorsForSha1() {
		long[][] vectors = { { 59, 94287082 }, { 1111111109, 7081804 }, { 1111111111, 14050471 },
			{ 1234567890, 89005924 }, { 2000000000, 69279037 }, { 20000000000L, 65353130 } };
		for (long[] v : vectors) {
			assertThat(Totp.code(RFC_KEY, v[0] / 30, 8, "HmacSHA1")).as("T=" + v[0]).isEqualTo(String.format("%08d", v[1]));
		}
	}

	@Test
	void rfc4226VectorsForSixDigits() {
		String[] hotp = { "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871",
			"520489" };
		for (int counter = 0; counter < hotp.length; counter++) {
			assertThat(Totp.code(RFC_KEY, counter, 6, "HmacSHA1")).isEqualTo(hotp[counter]);
		}
	}

	@Test
	void aCodeMatchesItsStepOrOneEitherSideAndOnlyOnce() {
		String secret = new Base32().encodeToString(RFC_KEY);
		Instant now = Instant.ofEpochSecond(1111111111);
		long step = Totp.step(now);
		assertThat(Totp.matches(secret, Totp.code(secret, now), 0, now)).isEqualTo(step);
		assertThat(Totp.matches(secret, Totp.code(secret, now.minusSeconds(30)), 0, now)).isEqualTo(step - 1);
		assertThat(Totp.matches(secret, Totp.code(secret, now.plusSeconds(30)), 0, now)).isEqualTo(step + 1);
		assertThat(Totp.matches(secret, Totp.code(secret, now.minusSeconds(90)), 0, now)).as("too old").isEqualTo(-1);
		assertThat(Totp.matches(secret, Totp.code(secret, now), step, now)).as("used already").isEqualTo(-1);
		assertThat(Totp.matches(secret, "12345", 0, now)).isEqualTo(-1);
		assertThat(Totp.matches(secret, null, 0, now)).isEqualTo(-1);
		assertThat(Totp.link(Totp.newSecret(), "a b@example.org")).startsWith("otpauth://totp/Convene:a%20b@example.org?secret=")
			.contains("&issuer=Convene");
		assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}");
	}
}
