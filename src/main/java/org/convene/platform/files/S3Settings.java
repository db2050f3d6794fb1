package org.convene.platform.files;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An S3-compatible bucket for uploaded files (environment variables {@code CONVENE_S3_*}; docs/operations.md).
 * No bucket: files stay in the data directory.
 *
 * @param bucket the bucket (it must exist)
 * @param endpoint the store's address for anything but AWS itself (MinIO, Ceph, Garage, a cloud's S3 API), e.g.
 *        {@code https://s3.example.org}; empty for AWS
 * @param region the region ({@code us-east-1} when empty; most S3-compatible stores ignore it)
 * @param accessKey the access key; empty: the AWS SDK's usual chain (environment, profile, instance role)
 * @param secretKey the secret key (never logged)
 * @param pathStyle {@code bucket} in the path rather than the host name (most S3-compatible stores need it)
 * @param prefix put in front of every key, so that one bucket can hold several installations
 */
@ConfigurationProperties("convene.s3")
public record S3Settings(String bucket, String endpoint, String region, String accessKey, String secretKey,
		boolean pathStyle, String prefix) {

	public S3Settings {
		bucket = bucket == null ? "" : bucket.strip();
		endpoint = endpoint == null ? "" : endpoint.strip();
		region = region == null || region.isBlank() ? "us-east-1" : region.strip();
		accessKey = accessKey == null ? "" : accessKey.strip();
		secretKey = secretKey == null ? "" : secretKey.strip();
		prefix = prefix == null ? "" : prefix.strip();
	}

	public boolean enabled() {
		return !bucket.isEmpty();
	}

	@Override
	public String toString() {
		return "S3Settings[bucket=" + bucket + ", endpoint=" + endpoint + ", region=" + region + ", pathStyle="
				+ pathStyle + ", prefix=" + prefix + "]";
	}
}
