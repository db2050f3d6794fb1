package org.convene.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.convene.platform.web.NotFoundException;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Uploaded files in an S3-compatible bucket, one object per key (under the configured prefix). Checksums are
 * sent only where the API requires them, so stores that do not know the newer checksum headers work too.
 * A store that cannot be reached turns into an {@link IOException}: the upload is refused with a message,
 * nothing half-written is kept.
 */
final class S3Blobs implements Blobs, AutoCloseable {

	private final S3Client client;
	private final String bucket;
	private final String prefix;

	S3Blobs(S3Settings settings) {
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(settings.region()))
			.httpClient(UrlConnectionHttpClient.create())
			.forcePathStyle(settings.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(settings.accessKey().isEmpty() ? DefaultCredentialsProvider.builder().build()
					: StaticCredentialsProvider
						.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
		if (!settings.endpoint().isEmpty()) {
			builder.endpointOverride(URI.create(settings.endpoint()));
		}
		this.client = builder.build();
		this.bucket = settings.bucket();
		this.prefix = settings.prefix();
	}

	@Override
	public void put(String key, InputStream in, long size, String contentType) throws IOException {
		try {
			client.putObject(b -> b.bucket(bucket).key(prefix + key).contentType(contentType).contentLength(size),
					RequestBody.fromInputStream(in, size));
		}
		catch (SdkException e) {
			throw new IOException("the file store did not take the file: " + e.getMessage(), e);
		}
	}

	@Override
	public Resource get(String key) {
		HeadObjectResponse head;
		try {
			head = client.headObject(b -> b.bucket(bucket).key(prefix + key));
		}
		catch (NoSuchKeyException e) {
			throw new NotFoundException();
		}
		catch (S3Exception e) {
			if (e.statusCode() == 404) {
				throw new NotFoundException();
			}
			throw e;
		}
		long length = head.contentLength();
		return new AbstractResource() {

			@Override
			public InputStream getInputStream() {
				return client.getObject(b -> b.bucket(bucket).key(prefix + key));
			}

			@Override
			public long contentLength() {
				return length;
			}

			@Override
			public String getFilename() {
				return key;
			}

			@Override
			public boolean exists() {
				return true;
			}

			@Override
			public String getDescription() {
				return "S3 object " + bucket + "/" + prefix + key;
			}
		};
	}

	@Override
	public void delete(String key) throws IOException {
		try {
			client.deleteObject(b -> b.bucket(bucket).key(prefix + key));
		}
		catch (SdkException e) {
			throw new IOException("the file store did not delete the file: " + e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		client.close();
	}
}
