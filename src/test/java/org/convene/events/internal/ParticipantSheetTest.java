package org.convene.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.convene.events.Participant;
import org.convene.events.ParticipantDetails;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.platform.files.ImportPreview;
import org.convene.platform.files.ImportPreview.Problem;
import org.convene.platform.i18n.Languages;
import org.junit.jupiter.api.Test;

class ParticipantSheetTest {

	static ImportPreview<ParticipantDetails> csv(String text, Set<String> taken) {
		return ParticipantSheet.read("list.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), taken);
	}

	@Test
	void readsEveryRowAndUnderstandsNamesCodesAndSynonyms() {
		var preview = csv("""
				Name,Organization,Stakeholder type,Country,Job title,Gender,E-mail,Consent
				Amina Example,FIA,police,Pakistan,Inspector,F,amina@example.org,yes
				Omar Example,Ministry of Justice,ministry,IQ,Director,male,,no
				Noor Example,NGO,civil-society,Afghanistan,,prefer not to say,,oui
				""", Set.of());
		assertThat(preview.fileProblem()).isNull();
		assertThat(preview.importable()).isTrue();
		assertThat(preview.rows()).extracting(r -> r.details().country()).containsExactly("PK", "IQ", "AF");
		assertThat(preview.rows()).extracting(r -> r.details().sex())
			.containsExactly(Sex.FEMALE, Sex.MALE, Sex.UNDISCLOSED);
		assertThat(preview.rows()).extracting(r -> r.details().stakeholderType())
			.containsExactly(StakeholderType.LAW_ENFORCEMENT, StakeholderType.MINISTRY, StakeholderType.CIVIL_SOCIETY);
		assertThat(preview.rows()).extracting(r -> r.details().consentToList()).containsExactly(true, false, true);
	}

	@Test
	void reportsEveryProblemOfABadRowWithTheCellItIsAbout() {
		var preview = csv("""
				name,organisation,stakeholder,country,sex,email,consent
				Good Person,Org,judiciary,PK,female,,
				,Org,astronaut,Atlantis,robot,not-an-email,maybe
				""", Set.of());
		assertThat(preview.errorCount()).isEqualTo(1);
		assertThat(preview.importable()).as("the good row can still be imported").isTrue();
		assertThat(preview.details()).extracting(ParticipantDetails::name).containsExactly("Good Person");
		var bad = preview.rows().get(1);
		assertThat(bad.line()).isEqualTo(3);
		assertThat(bad.problems()).containsExactlyInAnyOrder(new Problem("participant.error.name", null),
				new Problem("import.problem.stakeholder", "astronaut"), new Problem("import.problem.country", "Atlantis"),
				new Problem("import.problem.sex", "robot"), new Problem("import.problem.email", "not-an-email"),
				new Problem("import.problem.consent", "maybe"));
	}

	@Test
	void unknownValuesAreRefusedNotGuessed() {
		var preview = csv("""
				name,stakeholder,country,sex,consent
				Sex X,ministry,PK,x,yes
				Consent Maybe,ministry,PK,female,maybe
				Blank Country,ministry,,male,no
				Unknown Type,astronaut,PK,male,no
				Known Synonyms,Police,pakistan,F,Oui
				""", Set.of());
		assertThat(preview.rows()).extracting(r -> r.problems().stream().map(Problem::key).toList()).containsExactly(
				List.of("import.problem.sex"), List.of("import.problem.consent"), List.of("participant.error.country"),
				List.of("import.problem.stakeholder"), List.of());
		var read = preview.rows().get(4);
		assertThat(read.details().stakeholderType()).isEqualTo(StakeholderType.LAW_ENFORCEMENT);
		assertThat(read.details().country()).isEqualTo("PK");
		assertThat(read.details().sex()).isEqualTo(Sex.FEMALE);
		assertThat(read.details().consentToList()).isTrue();
		assertThat(read.cells()).containsEntry("sex", "F").containsEntry("country", "pakistan");
	}

	@Test
	void theRefusedRowsComeBackAsAFileToCorrectWithTheirProblems() {
		var preview = csv("""
				name,organisation,stakeholder,country,sex
				Good,Org,judiciary,PK,female
				Bad,Org,judiciary,PK,x
				""", Set.of());
		String refused = new String(ParticipantSheet.refused(preview, p -> p.key() + ":" + p.value()),
				StandardCharsets.UTF_8);
		assertThat(refused.lines().toList()).hasSize(2);
		assertThat(refused).contains("name,organisation,stakeholder,country,title,sex,email,consent,biography,checked_in,problems")
			.contains("Bad,Org,judiciary,PK,,x,").contains("import.problem.sex:x").doesNotContain("Good");
		// corrected, the refused file imports: the problems column is not one the import reads
		var corrected = csv(refused.replace(",x,", ",male,"), Set.of());
		assertThat(corrected.errorCount()).isZero();
		assertThat(corrected.details()).extracting(ParticipantDetails::name).containsExactly("Bad");
	}

	@Test
	void findsDuplicatesInsideTheFileAndAgainstThoseAlreadyRegistered() {
		var existing = new ParticipantDetails("Already Here", "Org", StakeholderType.MINISTRY, "PK", null, Sex.MALE,
				"here@example.org", false, null);
		var preview = csv("""
				name,organisation,stakeholder,country,sex,email
				Someone,Org A,ministry,PK,male,HERE@example.org
				Twice,Org B,ministry,PK,male,
				twice,org b,ministry,PK,male,
				""", Set.copyOf(existing.duplicateKeys()));
		assertThat(preview.rows()).extracting(ImportPreview.Row<ParticipantDetails>::problems).containsExactly(
				List.of(new Problem("participant.error.duplicate", null)), List.of(),
				List.of(new Problem("import.problem.duplicateInFile", "3")));
	}

	@Test
	void oneNameTypedInUnicodeVariantsIsOnePerson() {
		// composed, decomposed, full-width, with a zero-width space, with a Cyrillic "Ј" and "о", in capitals
		var preview = csv("""
				name,organisation,stakeholder,country,sex
				José Müller,FIA,police,PK,male
				Jose\u0301 Mu\u0308ller,FIA,police,PK,male
				Ｊｏｓé Müller,ＦＩＡ,police,PK,male
				Jo\u200Bsé Mül\u200Dler,FIA,police,PK,male
				\u0408\u043Esé Müller,FIA,police,PK,male
				JOSÉ MÜLLER,fia,police,PK,male
				Jose Muller,FIA,police,PK,male
				""".translateEscapes(), Set.of());
		assertThat(preview.rows()).extracting(r -> r.problems().stream().map(Problem::key).toList()).containsExactly(
				List.of(), List.of("import.problem.duplicateInFile"), List.of("import.problem.duplicateInFile"),
				List.of("import.problem.duplicateInFile"), List.of("import.problem.duplicateInFile"),
				List.of("import.problem.duplicateInFile"), List.of());
	}

	@Test
	void aWindowsCsvIsReadAsWindows1252AndSaysSo() {
		byte[] latin = "name,organisation,stakeholder,country,sex\nJosé Müller,Ministère,ministry,FR,male\n"
			.getBytes(Charset.forName("windows-1252"));
		var preview = ParticipantSheet.read("list.csv", new ByteArrayInputStream(latin), Set.of());
		assertThat(preview.readAs()).isEqualTo("windows-1252");
		assertThat(preview.rows().get(0).details().name()).isEqualTo("José Müller");
		assertThat(preview.rows().get(0).details().organisation()).isEqualTo("Ministère");
		assertThat(csv("name,stakeholder,country,sex\nJosé,ministry,FR,male\n", Set.of()).readAs()).isNull();
	}

	@Test
	void acceptsSemicolonsAndAByteOrderMark() {
		var preview = csv("\uFEFFname;stakeholder;country;sex\nA Person;prosecution;MA;female\n", Set.of());
		assertThat(preview.importable()).isTrue();
		assertThat(preview.rows().get(0).details().name()).isEqualTo("A Person");
	}

	@Test
	void refusesFilesWithoutANameColumnOrOfTheWrongType() {
		assertThat(csv("who,where\nx,y\n", Set.of()).fileProblem()).isEqualTo("import.error.noNameColumn");
		assertThat(csv("", Set.of()).fileProblem()).isEqualTo("import.error.empty");
		assertThat(ParticipantSheet.read("list.pdf", new ByteArrayInputStream(new byte[] { 1 }), Set.of()).fileProblem())
			.isEqualTo("import.error.type");
		assertThat(ParticipantSheet.read("list.xlsx", new ByteArrayInputStream("not a workbook".getBytes()), Set.of())
			.fileProblem()).isEqualTo("import.error.unreadable");
	}

	@Test
	void readsXlsxWorkbooks() throws Exception {
		byte[] xlsx;
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			String[][] rows = { { "name", "stakeholder", "country", "sex" }, { "Xl Person", "judiciary", "NP", "M" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		var preview = ParticipantSheet.read("list.xlsx", new ByteArrayInputStream(xlsx), Set.of());
		assertThat(preview.importable()).isTrue();
		assertThat(preview.rows().get(0).details().country()).isEqualTo("NP");
	}

	@Test
	void aWorkbookOrCsvWithMoreRowsThanTheLimitIsRefusedWhileReadingAndOneAtTheLimitIsRead() throws Exception {
		for (int rows : new int[] { ParticipantSheet.MAX_ROWS, ParticipantSheet.MAX_ROWS + 1, 50_000 }) {
			byte[] xlsx;
			try (var workbook = new SXSSFWorkbook(100); var out = new ByteArrayOutputStream()) {
				var sheet = workbook.createSheet();
				var header = sheet.createRow(0);
				String[] columns = { "name", "stakeholder", "country", "sex" };
				for (int c = 0; c < columns.length; c++) {
					header.createCell(c).setCellValue(columns[c]);
				}
				for (int r = 1; r <= rows; r++) {
					var row = sheet.createRow(r);
					row.createCell(0).setCellValue("Person " + r);
					row.createCell(1).setCellValue("ministry");
					row.createCell(2).setCellValue("PK");
					row.createCell(3).setCellValue(r % 2 == 0 ? "female" : "male");
				}
				workbook.write(out);
				xlsx = out.toByteArray();
			}
			var preview = ParticipantSheet.read("big.xlsx", new ByteArrayInputStream(xlsx), Set.of());
			StringBuilder csv = new StringBuilder("name,stakeholder,country,sex\n");
			for (int r = 1; r <= rows; r++) {
				csv.append("Person ").append(r).append(",ministry,PK,male\n");
			}
			var csvPreview = csv(csv.toString(), Set.of());
			if (rows <= ParticipantSheet.MAX_ROWS) {
				assertThat(preview.fileProblem()).isNull();
				assertThat(preview.rows()).hasSize(rows);
				assertThat(preview.rows().get(rows - 1).details().name()).isEqualTo("Person " + rows);
				assertThat(csvPreview.rows()).hasSize(rows);
			}
			else {
				assertThat(preview.fileProblem()).as(rows + " rows").isEqualTo("import.error.tooManyRows");
				assertThat(csvPreview.fileProblem()).as(rows + " rows").isEqualTo("import.error.tooManyRows");
			}
		}
	}

	@Test
	void theExampleFileImportsAsIs() {
		var preview = csv(new String(ParticipantSheet.template(), StandardCharsets.UTF_8), Set.of());
		assertThat(preview.importable()).isTrue();
		assertThat(preview.rows()).hasSize(1);
	}

	@Test
	void anExportInAnyOfTheSixLanguagesCanBeImportedAgain() {
		var p = new Participant(1L, new ParticipantDetails("Round Trip", "=cmd|' /C calc'!A0", StakeholderType.DONOR,
				"CI", "Officer", Sex.ANOTHER, "rt@example.org", true, "Bio"), Participant.Source.COORDINATOR);
		for (Locale language : Languages.SUPPORTED) {
			String exported = new String(ParticipantSheet.csv(List.of(p), language), StandardCharsets.UTF_8);
			assertThat(exported).contains("'=cmd").contains(Locale.of("", "CI").getDisplayCountry(language))
				.doesNotContain(",CI,");
			var preview = csv(exported, Set.of());
			assertThat(preview.errorCount()).as(language + ": " + preview.rows()).isZero();
			var back = preview.rows().get(0).details();
			assertThat(back.name()).isEqualTo("Round Trip");
			assertThat(back.country()).as(language.toString()).isEqualTo("CI");
			assertThat(back.sex()).isEqualTo(Sex.ANOTHER);
			assertThat(back.stakeholderType()).isEqualTo(StakeholderType.DONOR);
			assertThat(back.consentToList()).isTrue();
		}
	}
}
