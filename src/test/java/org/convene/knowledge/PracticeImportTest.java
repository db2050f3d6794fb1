package org.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.convene.ConveneTest;
import org.convene.platform.files.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An existing list of practices imported through the participants' preview: every problem named with its cell,
 * rows with personal data refused, the refused rows downloadable to correct, the good ones imported as drafts — from
 * CSV and from Excel alike.
 */
@ConveneTest
class PracticeImportTest {

	static final RequestPostProcessor COORDINATOR = user("coordinator@demo.convene").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	Practices practices;

	@Test
	void goodRowsBecomeDraftsAndTheOthersSayWhatToCorrect() throws Exception {
		String csv = "Title;Summary;Language;Countries;Crime_Type;Evidence_Level;Objectives;Visibility\n"
				+ "Cellules d’identification aux frontières;Des équipes mixtes identifient les victimes.;fr;"
				+ "Pakistan, Afghanistan;tip;monitored;PROTECTION_OF_VICTIMS;\n"
				+ "Bad row;Something;en;Atlantis;murder;anecdotal;;\n"
				+ "Hotline;Call the focal point on +92 300 1234567;en;PK;BOTH;ANECDOTAL;;PUBLIC\n";
		MockHttpSession session = new MockHttpSession();
		mvc.perform(multipart("/practices/import").file(new MockMultipartFile("file", "practices.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(COORDINATOR).session(session));
		String preview = mvc.perform(get("/practices/import").with(COORDINATOR).session(session)).andReturn()
			.getResponse().getContentAsString();
		assertThat(preview).contains("2 of 3 rows", "Country “Atlantis” is not known",
				"Crime type “murder” is not TIP, SOM, BOTH or RELATED", "looks like it holds personal data");
		String refused = mvc.perform(get("/practices/import/refused.csv").with(COORDINATOR).session(session))
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Bad row", "Hotline").doesNotContain("Cellules");

		mvc.perform(post("/practices/import/confirm").with(csrf()).with(COORDINATOR).session(session));
		Practice imported = practices.list(new Practices.Viewer("coordinator@demo.convene", true),
				new Practices.Filter("identification frontieres", null, null, null, null, null)).stream()
			.filter(p -> p.getTitle().equals("Cellules d’identification aux frontières")).findFirst().orElseThrow();
		assertThat(imported.getStatus()).isEqualTo(PracticeStatus.DRAFT);
		assertThat(imported.getLanguage()).isEqualTo("fr");
		assertThat(imported.countryList()).containsExactly("PK", "AF");
		assertThat(imported.getCrimeType()).isEqualTo(CrimeType.TIP);
		assertThat(imported.getVisibility().name()).isEqualTo("MEMBERS");
		assertThat(imported.getAuthor()).isEqualTo("coordinator@demo.convene");
	}

	@Test
	void anExcelListImportsTooAndAFileWithoutATitleColumnIsExplained() throws Exception {
		byte[] xlsx = Sheets.xlsx("practices", List.of("title", "summary", "countries", "crime_type", "evidence_level"),
				List.of(List.of("Shelter referral form from Excel", "Both sides accept one form.", "Kyrgyzstan", "TIP",
						"EVALUATED")));
		MockHttpSession session = new MockHttpSession();
		mvc.perform(multipart("/practices/import").file(new MockMultipartFile("file", "list.xlsx",
				"application/octet-stream", xlsx)).with(csrf()).with(COORDINATOR).session(session));
		mvc.perform(post("/practices/import/confirm").with(csrf()).with(COORDINATOR).session(session));
		assertThat(practices.list(new Practices.Viewer("coordinator@demo.convene", true), Practices.Filter.NONE))
			.extracting(Practice::getTitle).contains("Shelter referral form from Excel");

		MockHttpSession other = new MockHttpSession();
		mvc.perform(multipart("/practices/import").file(new MockMultipartFile("file", "list.csv", "text/csv",
				"name,summary\nx,y\n".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(COORDINATOR).session(other));
		assertThat(mvc.perform(get("/practices/import").with(COORDINATOR).session(other)).andReturn().getResponse()
			.getContentAsString()).contains("one of them must be “title”");
	}
}
