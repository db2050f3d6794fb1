package org.convene.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A presentation or document of a session: an uploaded file or a link. */
@Entity
@Table(name = "session_materials")
public class Material {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "session_id", nullable = false)
	private Long sessionId;

	@Column(name = "event_id", nullable = false)
	private Long eventId;

	@Column(nullable = false)
	private String title;

	private String url;

	@Column(name = "file_key")
	private String fileKey;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private Long sizeBytes;

	protected Material() {
	}

	public static Material link(Long eventId, Long sessionId, String title, String url) {
		Material m = new Material();
		m.eventId = eventId;
		m.sessionId = sessionId;
		m.title = title;
		m.url = url;
		return m;
	}

	public static Material file(Long eventId, Long sessionId, String title, String fileKey, String fileName,
			String contentType, long size) {
		Material m = new Material();
		m.eventId = eventId;
		m.sessionId = sessionId;
		m.title = title;
		m.fileKey = fileKey;
		m.fileName = fileName;
		m.contentType = contentType;
		m.sizeBytes = size;
		return m;
	}

	public Long getId() {
		return id;
	}

	public Long getSessionId() {
		return sessionId;
	}

	public Long getEventId() {
		return eventId;
	}

	public String getTitle() {
		return title;
	}

	public String getUrl() {
		return url;
	}

	public String getFileKey() {
		return fileKey;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public Long getSizeBytes() {
		return sizeBytes;
	}

	public boolean isFile() {
		return fileKey != null;
	}
}
