package org.convene.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.platform.text.PersonalIdentifiers.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentifiersTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Call the victim on +92 300 1234567 tomorrow | PHONE",
			"her number is 0300-1234567 | PHONE",
			"(021) 3456 7890 | PHONE",
			"write to amina.k@example.org please | EMAIL",
			"راسلوا victim@mail.example.iq | EMAIL",
			"passport AB1234567 was taken | ID_NUMBER",
			"CNIC 35202-1234567-1 | ID_NUMBER",
			"document K-12345678 | ID_NUMBER" })
	void findsIdentifiers(String text, Kind kind) {
		assertThat(PersonalIdentifiers.find(text)).extracting(PersonalIdentifiers.Finding::kind).contains(kind);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The 2018 TIP and SOM Acts passed after advocacy",
			"The government programme against TIP 2017-2020 is a framework",
			"National Action Plan (2018–2022) in Brazil", "Room C06, Vienna International Centre",
			"Session 5: protection, 100 days against trafficking", "Director (UN-I), Ministry of Foreign Affairs",
			"26 participants answered; 15 said internationally", "NCCPIM-TIP is composed of 26 entities",
			"Meeting on 20.05.2019 at 14:30", "" })
	void leavesOrdinaryWorkshopTextAlone(String text) {
		assertThat(PersonalIdentifiers.find(text)).isEmpty();
	}
}
