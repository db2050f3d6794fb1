package org.convene.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Convene's own settings (each also an environment variable, e.g. {@code CONVENE_DATA_DIR});
 * docs/operations.md lists them all.
 *
 * @param dataDir where the embedded H2 database and uploaded files live
 * @param baseUrl the address people use to reach this server: the set-up link in the log, invitation and reset
 *        links, and (unless it names localhost) the join address on the projector, QR codes and seat cards
 * @param maxFailedSignIns failed sign-ins in a row before an account is locked
 * @param lockMinutes how long a locked account stays locked
 * @param minCell the smallest group a breakdown of answers shows; smaller groups are hidden
 * @param secret the key that signs participant tokens, CSRF tokens and personal links (base64, at least 32
 *        bytes); empty: one is made on first start and kept in {@code secret.key} in the data directory. Nodes
 *        that serve the same rooms need the same secret.
 * @param joinsPerMinute how many new participants one network address may bring into one room per minute
 *        (a venue behind one address counts as one client); 0 for no limit
 * @param streamsPerAddress how many event streams (one per open phone page) one network address may hold; 0 for
 *        no limit
 */
@ConfigurationProperties("convene")
public record ConveneProperties(Path dataDir, String baseUrl, int maxFailedSignIns, int lockMinutes, int minCell,
		String secret, int joinsPerMinute, int streamsPerAddress) {

	public ConveneProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
		maxFailedSignIns = maxFailedSignIns <= 0 ? 5 : maxFailedSignIns;
		lockMinutes = lockMinutes <= 0 ? 15 : lockMinutes;
		minCell = minCell <= 0 ? 3 : minCell;
		secret = secret == null ? "" : secret.strip();
		joinsPerMinute = Math.max(0, joinsPerMinute);
		streamsPerAddress = Math.max(0, streamsPerAddress);
	}
}
