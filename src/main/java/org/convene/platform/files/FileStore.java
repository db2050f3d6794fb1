package org.convene.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.convene.platform.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files: only known document and image types, checked by extension and by their first bytes, up to
 * a size limit, then kept in {@link Blobs} (the data directory, or an S3-compatible bucket). Callers keep the
 * returned key.
 */
@Component
public class FileStore {

	/** The largest file accepted, in bytes (the servlet's multipart limit is set a little above). */
	public static final long MAX_BYTES = 25L * 1024 * 1024;

	private static final Logger LOG = LoggerFactory.getLogger(FileStore.class);

	private static final byte[] PDF = { '%', 'P', 'D', 'F' };
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };
	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	/** Allowed extensions, with the first bytes a real file of that type starts with (null: plain text). */
	private static final Map<String, byte[]> SIGNATURES = Map.ofEntries(Map.entry("pdf", PDF),
			Map.entry("docx", ZIP), Map.entry("pptx", ZIP), Map.entry("xlsx", ZIP), Map.entry("odt", ZIP),
			Map.entry("odp", ZIP), Map.entry("ods", ZIP), Map.entry("doc", OLE), Map.entry("ppt", OLE),
			Map.entry("xls", OLE), Map.entry("png", PNG), Map.entry("jpg", JPEG), Map.entry("jpeg", JPEG),
			Map.entry("txt", new byte[0]), Map.entry("csv", new byte[0]));

	private final Blobs blobs;

	public FileStore(Blobs blobs) {
		this.blobs = blobs;
	}

	/** A stored file: its key, the name it was uploaded with, its type and size. */
	public record StoredFile(String key, String originalName, String contentType, long size) {
	}

	public StoredFile store(MultipartFile upload) throws IOException {
		if (upload == null || upload.isEmpty()) {
			throw new UserError("files.empty");
		}
		if (upload.getSize() > MAX_BYTES) {
			throw new UserError("files.tooLarge");
		}
		String name = cleanName(upload.getOriginalFilename());
		String extension = extension(name);
		byte[] signature = SIGNATURES.get(extension);
		if (signature == null) {
			throw new UserError("files.type");
		}
		try (InputStream in = upload.getInputStream()) {
			byte[] head = in.readNBytes(signature.length);
			if (!Arrays.equals(head, signature)) {
				throw new UserError("files.content");
			}
		}
		String key = UUID.randomUUID() + "." + extension;
		try (InputStream in = upload.getInputStream()) {
			blobs.put(key, in, upload.getSize(), contentType(extension));
		}
		catch (IOException e) {
			LOG.warn("An uploaded file could not be kept: {}", e.getMessage());
			throw new UserError("files.unavailable");
		}
		return new StoredFile(key, name, contentType(extension), upload.getSize());
	}

	/** A stored file's bytes, to send; a key that is not there gives a 404. */
	public Resource read(String key) {
		return blobs.get(key);
	}

	public void delete(String key) throws IOException {
		blobs.delete(key);
	}

	static String cleanName(String original) {
		String name = original == null ? "file" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		return name.isEmpty() ? "file" : name;
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	static String contentType(String extension) {
		return switch (extension) {
			case "pdf" -> "application/pdf";
			case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
			case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
			case "odt" -> "application/vnd.oasis.opendocument.text";
			case "odp" -> "application/vnd.oasis.opendocument.presentation";
			case "ods" -> "application/vnd.oasis.opendocument.spreadsheet";
			case "doc" -> "application/msword";
			case "ppt" -> "application/vnd.ms-powerpoint";
			case "xls" -> "application/vnd.ms-excel";
			case "png" -> "image/png";
			case "jpg", "jpeg" -> "image/jpeg";
			case "csv" -> "text/csv";
			default -> "text/plain";
		};
	}
}
