package org.convene.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.convene.platform.web.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/** Uploaded files under {@code <data-dir>/files}, one file per key. */
final class DirectoryBlobs implements Blobs {

	private final Path root;

	DirectoryBlobs(Path root) {
		this.root = root;
	}

	@Override
	public void put(String key, InputStream in, long size, String contentType) throws IOException {
		Files.createDirectories(root);
		Files.copy(in, path(key), StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public Resource get(String key) {
		Path path = path(key);
		if (!Files.isRegularFile(path)) {
			throw new NotFoundException();
		}
		return new FileSystemResource(path);
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(path(key));
	}

	private Path path(String key) {
		Path path = root.resolve(key).normalize();
		if (!path.startsWith(root.normalize())) {
			throw new IllegalArgumentException("bad key");
		}
		return path;
	}
}
