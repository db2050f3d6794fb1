package org.convene.platform.files;

import org.convene.platform.ConveneProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses where uploaded files are kept: an S3-compatible bucket when one is configured, else the data directory. */
@Configuration(proxyBeanMethods = false)
class FilesConfig {

	private static final Logger LOG = LoggerFactory.getLogger(FilesConfig.class);

	@Bean
	Blobs blobs(ConveneProperties properties, S3Settings s3) {
		if (s3.enabled()) {
			LOG.info("Uploaded files are kept in the S3 bucket {} ({})", s3.bucket(),
					s3.endpoint().isEmpty() ? "AWS, region " + s3.region() : s3.endpoint());
			return new S3Blobs(s3);
		}
		return new DirectoryBlobs(properties.dataDir().resolve("files"));
	}
}
