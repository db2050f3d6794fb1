package org.convene.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The server's signing key: what makes a participant token, a CSRF token or a personal link impossible to make
 * up without it. {@code CONVENE_SECRET} when set (every node of one installation needs the same); otherwise 32
 * random bytes made on first start and kept in {@code secret.key} in the data directory (readable by its owner
 * only), so tokens stay valid across restarts. Never logged.
 */
@Component
public class ServerSecret {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final byte[] key;

	@Autowired
	public ServerSecret(ConveneProperties properties) {
		this(properties.secret().isEmpty() ? stored(properties.dataDir().resolve("secret.key"))
				: Base64.getDecoder().decode(properties.secret()));
	}

	ServerSecret(byte[] key) {
		if (key.length < 32) {
			throw new IllegalStateException("CONVENE_SECRET must hold at least 32 bytes (base64)");
		}
		this.key = key.clone();
	}

	/** The secret of a data directory, as a server started on it uses it (for tests that check stored tokens). */
	public static ServerSecret of(Path dataDir) {
		return new ServerSecret(stored(dataDir.resolve("secret.key")));
	}

	/** An HMAC-SHA256 of the parts (each one length-prefixed, so no two lists of parts sign alike), base64url. */
	public String sign(String... parts) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			for (String part : parts) {
				byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
				mac.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
				mac.update(bytes);
			}
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Whether {@code signature} is {@link #sign} of the parts (compared in constant time). */
	public boolean verify(String signature, String... parts) {
		return signature != null && MessageDigest.isEqual(sign(parts).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Encrypts a small secret for storage (AES-256-GCM under a key derived from this one for {@code purpose}):
	 * {@code v1:} and base64 of the nonce and the sealed text. A database copy alone does not reveal it.
	 */
	public String encrypt(String purpose, String plain) {
		try {
			byte[] nonce = new byte[12];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, aesKey(purpose), new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[nonce.length + sealed.length];
			System.arraycopy(nonce, 0, out, 0, nonce.length);
			System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
			return "v1:" + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The plain text of {@link #encrypt}; a value stored before encryption (no {@code v1:}) comes back as it is. */
	public String decrypt(String purpose, String stored) {
		if (stored == null || !stored.startsWith("v1:")) {
			return stored;
		}
		try {
			byte[] in = Base64.getDecoder().decode(stored.substring(3));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, aesKey(purpose), new GCMParameterSpec(128, in, 0, 12));
			return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot decrypt a stored " + purpose + " (another CONVENE_SECRET?)", e);
		}
	}

	private SecretKeySpec aesKey(String purpose) {
		return new SecretKeySpec(Base64.getUrlDecoder().decode(sign("aes-key", purpose)), "AES");
	}

	/** A new random value of {@code bytes} bytes, base64url. */
	public static String random(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	private static byte[] stored(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.toAbsolutePath().getParent());
				try {
					Files.writeString(file, Base64.getEncoder().encodeToString(randomKey()),
							StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
					ownerOnly(file);
				}
				catch (FileAlreadyExistsException another) {
					// a second node on the same directory made it first: read theirs
				}
			}
			return Base64.getDecoder().decode(Files.readString(file).strip());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the signing key " + file, e);
		}
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return key;
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException windows) {
			// no POSIX permissions (Windows): the data directory's own access rules apply
		}
	}
}
