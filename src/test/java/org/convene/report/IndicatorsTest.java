package org.convene.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.convene.ConveneTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Indicators across the demo's two workshops: people by sex per event and per year, the evaluation's
 * headline figures per event, the country and period filters, and the XLSX with one sheet per table.
 */
@ConveneTest
class IndicatorsTest {

	@Autowired
	Indicators indicators;

	@Autowired
	MockMvc mvc;

	@Test
	void theDemoWorkshopsGiveTheirFiguresByEventAndByYear() {
		Indicators.Result all = indicators.of(new Indicators.Filter(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31), null),
				Locale.ENGLISH);
		Indicators.EventRow vienna = all.events().stream()
			.filter(e -> e.event().getTitle().startsWith("GLO.ACT Community of Practice Workshop")).findFirst().orElseThrow();
		assertThat(vienna.overallText()).isEqualTo("4.4");
		assertThat(vienna.scaleAverages()).containsExactly("4.4", "4.6", "4.4", "4.5");
		assertThat(vienna.respondents()).isEqualTo(17);
		Indicators.EventRow islamabad = all.events().stream()
			.filter(e -> e.event().getTitle().startsWith("GLO.ACT champions roundtable")).findFirst().orElseThrow();
		// the seed: 15 participants, 5 female and 10 male
		assertThat(islamabad.people()).isEqualTo(new Indicators.BySex(15, 5, 10, 0));
		assertThat(all.years()).extracting(Indicators.YearRow::year).contains(2019, 2022);
		long total = all.events().stream().mapToLong(e -> e.people().total()).sum();
		assertThat(all.people().total()).isEqualTo(total);
		assertThat(all.people().female() + all.people().male() + all.people().other()).isEqualTo(total);

		Indicators.Result only2022 = indicators.of(new Indicators.Filter(LocalDate.of(2022, 1, 1), null, null), Locale.ENGLISH);
		assertThat(only2022.events()).noneMatch(e -> e.event().getStartDate().getYear() < 2022);
		Indicators.Result pakistan = indicators.of(new Indicators.Filter(null, null, "PK"), Locale.ENGLISH);
		assertThat(pakistan.byCountry()).containsOnlyKeys("PK");
		assertThat(pakistan.people().total()).isEqualTo(pakistan.byCountry().get("PK"));
	}

	@Test
	void everyTableDownloadsAsOneWorkbook() throws Exception {
		byte[] xlsx = mvc.perform(get("/indicators.xlsx").param("from", "2019-01-01")
			.with(user("coordinator@demo.convene").roles("COORDINATOR"))).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Event");
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(3);
			assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Participants by year and sex");
			var countries = workbook.getSheetAt(3);
			List<String> names = new ArrayList<>();
			countries.forEach(row -> names.add(row.getCell(0).getStringCellValue()));
			assertThat(names).contains("Pakistan", "Austria").doesNotContain("PK", "AT");
			// good practices shared from each country and adopted in it, per year (the demo's are published this year)
			var spread = workbook.getSheetAt(4);
			assertThat(spread.getSheetName()).isEqualTo("Practices shared and adopted");
			assertThat(spread.getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(2);
			List<String> spreadCountries = new ArrayList<>();
			spread.forEach(row -> spreadCountries.add(row.getCell(0).getStringCellValue()));
			assertThat(spreadCountries).contains("Pakistan");
		}
	}

	@Test
	void countriesReadAsNamesInTheReadersLanguageInTheFilterAndTheTable() throws Exception {
		String page = mvc.perform(get("/indicators").locale(Locale.FRENCH)
			.with(user("coordinator@demo.convene").roles("COORDINATOR"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<option value=\"AT\">Autriche</option>").contains(">Autriche</th>")
			.doesNotContain(">AT</th>");
	}
}
