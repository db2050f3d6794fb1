package org.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.convene.ConveneTest;
import org.convene.platform.audit.AuditAction;
import org.convene.platform.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The compendium of the demo's practices, as a coordinator downloads it: a PDF and a Word document that open in
 * their readers, with the cover, the chapters by objective, every chosen practice and the index by country, in
 * English and in Arabic; a practice not chosen is not in it.
 */
@ConveneTest
class CompendiumTest {

	static final RequestPostProcessor COORDINATOR = user("coordinator@demo.convene").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	Practices practices;

	@Autowired
	AuditLog audit;

	@Test
	void thePdfAndTheWordDocumentHoldTheChosenPracticesInTheReadersLanguage() throws Exception {
		MockHttpServletResponse pdf = mvc.perform(get("/practices/compendium.pdf").with(COORDINATOR)).andReturn()
			.getResponse();
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(audit.find(new AuditLog.Filter(null, AuditAction.COMPENDIUM_DOWNLOADED, null, null))).as("who took which practices away is recorded")
			.anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.COMPENDIUM_DOWNLOADED));
		String text;
		try (var doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
			text = new PDFTextStripper().getText(doc);
			assertThat(doc.getNumberOfPages()).as("cover, contents, a page per practice, the index").isGreaterThanOrEqualTo(6);
		}
		assertThat(text).contains("Compendium of good practices").contains("Regional network of specialised prosecutors")
			.contains("Index by country").contains("4 Regional and trans-regional cooperation").contains("Pakistan")
			// each practice's own sections (activities, challenges …), not only its summary
			.contains("Two meetings a year").contains("Turnover of contact points");

		long prosecutors = practices.list(new Practices.Viewer("coordinator@demo.convene", true), Practices.Filter.NONE)
			.stream().filter(p -> p.getTitle().startsWith("Regional network")).findFirst().orElseThrow().getId();
		MockHttpServletResponse docx = mvc.perform(get("/practices/compendium.docx").param("chosen", "true")
			.param("ids", String.valueOf(prosecutors)).header("Accept-Language", "ar").with(COORDINATOR)).andReturn()
			.getResponse();
		assertThat(docx.getStatus()).isEqualTo(200);
		try (var word = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()));
				var extractor = new XWPFWordExtractor(word)) {
			String words = extractor.getText();
			assertThat(words).contains("خلاصة الممارسات الجيدة").contains("Regional network of specialised prosecutors")
				.contains("باكستان").doesNotContain("Un groupe de messagerie");
			assertThat(word.getParagraphs()).anySatisfy(p -> assertThat(p.getStyle()).isEqualTo("Heading2"));
		}

		MockHttpServletResponse none = mvc.perform(get("/practices/compendium.pdf").param("chosen", "true")
			.header("Accept-Language", "fr").with(COORDINATOR)).andReturn().getResponse();
		assertThat(none.getStatus()).isEqualTo(400);
		assertThat(none.getContentAsString()).contains("Choisissez au moins une pratique");
	}
}
