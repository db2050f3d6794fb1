package org.convene.interact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class StatisticsTest {

	@Test
	void theViennaHelpfulnessFiguresComeOutAsPublished() {
		// 17 respondents: very helpful 10, helpful 5, mostly helpful 2, partly 0, not helpful 0
		assertThat(Statistics.percentages(10, 5, 2, 0, 0)).containsExactly(59, 29, 12, 0, 0);
	}

	@Test
	void percentagesAlwaysAddUpTo100AndStayWithinOnePointOfTheExactShare() {
		Random random = new Random(7);
		for (int trial = 0; trial < 2_000; trial++) {
			int[] counts = IntStream.range(0, 1 + random.nextInt(7)).map(i -> random.nextInt(40)).toArray();
			int total = IntStream.of(counts).sum();
			int[] percent = Statistics.percentages(counts);
			if (total == 0) {
				assertThat(percent).containsOnly(0);
				continue;
			}
			assertThat(IntStream.of(percent).sum()).isEqualTo(100);
			for (int i = 0; i < counts.length; i++) {
				double exact = 100.0 * counts[i] / total;
				assertThat(Math.abs(percent[i] - exact)).isLessThan(1.0);
			}
		}
	}

	@Test
	void thirdsGiveTheExtraPointToTheFirstShare() {
		assertThat(Statistics.percentages(1, 1, 1)).containsExactly(34, 33, 33);
		assertThat(Statistics.percentages(0, 0)).containsExactly(0, 0);
	}

	@Test
	void averagesRoundHalfUpToOneDecimal() {
		assertThat(Statistics.average(5, 4, 4, 5)).isEqualTo(4.5);
		assertThat(Statistics.average()).isNull();
		assertThat(Statistics.oneDecimal(75 / 17.0, Locale.ENGLISH)).isEqualTo("4.4");
		assertThat(Statistics.oneDecimal(78 / 17.0, Locale.ENGLISH)).isEqualTo("4.6");
		assertThat(Statistics.oneDecimal(77 / 17.0, Locale.ENGLISH)).isEqualTo("4.5");
		assertThat(Statistics.oneDecimal(4.45, Locale.ENGLISH)).isEqualTo("4.5");
		assertThat(Statistics.oneDecimal(4.45, Locale.FRENCH)).isEqualTo("4,5");
	}

	@Test
	void groupsSmallerThanTheMinimumCellAreSuppressed() {
		assertThat(Statistics.suppressed(2, 3)).isTrue();
		assertThat(Statistics.suppressed(3, 3)).isFalse();
		assertThat(Statistics.suppressed(0, 3)).as("an empty group singles nobody out").isFalse();
	}

	/**
	 * Over random small breakdowns published beside their total: every group of 1 to minCell - 1 people is hidden,
	 * and no hidden group can be worked out by subtraction — never exactly one hidden group, and the hidden groups
	 * together hold none or at least minCell people, unless the whole breakdown is hidden.
	 */
	@Test
	void noHiddenGroupCanBeWorkedOutFromTheTotal() {
		Random random = new Random(11);
		for (int run = 0; run < 20_000; run++) {
			int minCell = 2 + random.nextInt(4);
			int[] sizes = new int[1 + random.nextInt(6)];
			for (int i = 0; i < sizes.length; i++) {
				sizes[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(12);
			}
			boolean[] hidden = Statistics.hidden(sizes, minCell);
			int count = 0;
			int people = 0;
			for (int i = 0; i < sizes.length; i++) {
				if (sizes[i] > 0 && sizes[i] < minCell) {
					assertThat(hidden[i]).as("%s, min %d: group %d", Arrays.toString(sizes), minCell, i).isTrue();
				}
				if (hidden[i]) {
					count++;
					people += sizes[i];
				}
			}
			if (count < sizes.length && people > 0) {
				assertThat(count).as("%s, min %d: hidden groups", Arrays.toString(sizes), minCell).isGreaterThan(1);
				assertThat(people).as("%s, min %d: people hidden", Arrays.toString(sizes), minCell)
					.isGreaterThanOrEqualTo(minCell);
			}
			// and nothing is hidden that need not be: a breakdown with no small group is shown whole
			if (Arrays.stream(sizes).noneMatch(n -> n > 0 && n < minCell)) {
				assertThat(count).isZero();
			}
		}
	}
}
