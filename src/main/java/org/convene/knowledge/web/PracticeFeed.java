package org.convene.knowledge.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.convene.knowledge.Practice;
import org.convene.knowledge.Practices;
import org.convene.platform.ConveneProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /practices.atom}: the newest published public practices (feed readers do not sign in, so members-only ones
 * are never in it), narrowed by the same filters as the list. Written with the JDK's XML writer, which escapes.
 */
@Controller
class PracticeFeed {

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final Practices practices;
	private final ConveneProperties properties;

	PracticeFeed(Practices practices, ConveneProperties properties) {
		this.practices = practices;
		this.properties = properties;
	}

	@GetMapping("/practices.atom")
	ResponseEntity<String> feed(Readers.FilterParams params) throws XMLStreamException {
		List<Practice> found = practices.search(Practices.Viewer.GUEST, params.filter(), 50).practices();
		String base = properties.baseUrl();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
		element(xml, "title", "Convene — good practices");
		element(xml, "id", base + "/practices.atom");
		Instant updated = found.stream().map(Practice::getUpdatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
		link(xml, base + "/practices", "alternate");
		for (Practice p : found) {
			xml.writeStartElement("entry");
			element(xml, "title", p.getTitle());
			element(xml, "id", base + "/practices/" + p.getId());
			link(xml, base + "/practices/" + p.getId(), "alternate");
			element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(
					p.getPublishedAt() == null ? p.getUpdatedAt() : p.getPublishedAt()));
			element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(p.getUpdatedAt()));
			xml.writeStartElement("summary");
			xml.writeAttribute("xml:lang", p.getLanguage());
			xml.writeCharacters(p.getTakeaway() != null ? p.getTakeaway() : p.getSummary());
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(ATOM).body(out.toString());
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}
}
