package org.convene.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The schematic map of where a practice travelled. */
class MapsTest {

	private static final Pattern CIRCLE = Pattern.compile("<circle cx=\"([\\d.]+)\" cy=\"([\\d.]+)\"[^>]*><title>([^<]*)");

	@Test
	void dotsSitWhereTheCountriesAreAndALineRunsFromTheOriginToEachAdopter() {
		String svg = Maps.travels("From Pakistan", List.of(new Maps.Place("PK", "Pakistan")),
				List.of(new Maps.Place("AF", "Afghanistan"), new Maps.Place("JO", "Jordan"), new Maps.Place("BD", "Bangladesh")),
				false);
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart map\"")
			.contains("<title>From Pakistan</title>");
		assertThat(Pattern.compile("<path d=\"M").matcher(svg).results().count()).isEqualTo(3);
		Matcher dots = CIRCLE.matcher(svg);
		double jordanX = -1;
		double bangladeshX = -1;
		double pakistanY = -1;
		double bangladeshY = -1;
		while (dots.find()) {
			double x = Double.parseDouble(dots.group(1));
			double y = Double.parseDouble(dots.group(2));
			switch (dots.group(3)) {
				case "Jordan" -> jordanX = x;
				case "Bangladesh" -> {
					bangladeshX = x;
					bangladeshY = y;
				}
				case "Pakistan" -> pakistanY = y;
				default -> { }
			}
			assertThat(x).isBetween(0.0, 640.0);
		}
		// west is left, north is up
		assertThat(jordanX).isPositive().isLessThan(bangladeshX);
		assertThat(pakistanY).isPositive().isLessThan(bangladeshY);
	}

	@Test
	void unknownCountriesAreLeftOutNamesAreEscapedAndRightToLeftLabelsTurn() {
		assertThat(Maps.travels("t", List.of(new Maps.Place("ZZ", "Nowhere")), List.of(), false)).isNull();
		String svg = Maps.travels("<b>", List.of(new Maps.Place("pk", "باكستان")),
				List.of(new Maps.Place("ZZ", "Nowhere"), new Maps.Place("IR", "<script>")), true);
		assertThat(svg).contains("<title>&lt;b&gt;</title>").contains("&lt;script&gt;").doesNotContain("<script>")
			.doesNotContain("Nowhere").contains("direction=\"rtl\"").contains("باكستان");
		assertThat(Pattern.compile("<path d=").matcher(svg).results().count()).isEqualTo(1);
	}

	@Test
	void aCountryThatIsBothOriginAndAdopterIsOneDotWithoutALineToItself() {
		String svg = Maps.travels("t", List.of(new Maps.Place("KG", "Kyrgyzstan")),
				List.of(new Maps.Place("KG", "Kyrgyzstan")), false);
		assertThat(CIRCLE.matcher(svg).results().count()).isEqualTo(1);
		assertThat(svg).doesNotContain("<path");
	}
}
