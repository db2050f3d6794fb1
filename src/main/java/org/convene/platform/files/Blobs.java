package org.convene.platform.files;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.Resource;

/**
 * Where uploaded files' bytes are kept: a directory ({@link DirectoryBlobs}, the default — on several nodes a
 * directory they all mount) or an S3-compatible bucket ({@link S3Blobs}, when {@code CONVENE_S3_BUCKET} is set).
 * {@link FileStore} checks a file before it gets here and chooses its key.
 */
public interface Blobs {

	void put(String key, InputStream in, long size, String contentType) throws IOException;

	/** The bytes under a key, to send to a browser; a key that is not there gives a 404. */
	Resource get(String key);

	/** Removes a key; a key that is not there is not an error. */
	void delete(String key) throws IOException;
}
