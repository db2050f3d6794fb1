package org.convene.interact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;

/**
 * The arithmetic of evaluation results, in one place so it can be checked: percentages of respondents
 * that add up to 100, averages, and small-cell suppression.
 */
public final class Statistics {

	private Statistics() {
	}

	/**
	 * Whole percentages of {@code counts} that add up to exactly 100 (when anyone answered): each share is
	 * rounded down, and the points still missing go to the shares with the largest remainders (ties: the
	 * earlier share). This is the largest-remainder rule; it never moves a share by more than one point from
	 * its exact value. Nobody answered: all zeros.
	 */
	public static int[] percentages(int... counts) {
		long total = 0;
		for (int c : counts) {
			total += c;
		}
		int[] percent = new int[counts.length];
		if (total == 0) {
			return percent;
		}
		long[] remainder = new long[counts.length];
		int given = 0;
		for (int i = 0; i < counts.length; i++) {
			percent[i] = (int) (100L * counts[i] / total);
			remainder[i] = 100L * counts[i] % total;
			given += percent[i];
		}
		while (given < 100) {
			int best = 0;
			for (int i = 1; i < counts.length; i++) {
				if (remainder[i] > remainder[best]) {
					best = i;
				}
			}
			percent[best]++;
			remainder[best] = -1;
			given++;
		}
		return percent;
	}

	/** The mean of the values, or null when there are none. */
	public static Double average(int... values) {
		if (values.length == 0) {
			return null;
		}
		long sum = 0;
		for (int v : values) {
			sum += v;
		}
		return (double) sum / values.length;
	}

	/** An average as reports print it: one decimal, rounded half up (4.45 → 4.5). */
	public static String oneDecimal(double value, Locale locale) {
		return String.format(locale, "%.1f", oneDecimal(value));
	}

	/** The same rounding as a number (for spreadsheets): 4.45 → 4.5. */
	public static double oneDecimal(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
	}

	/** Whether a group of {@code respondents} is too small to show without singling someone out. */
	public static boolean suppressed(int respondents, int minCell) {
		return respondents > 0 && respondents < minCell;
	}

	/**
	 * Which groups of one breakdown to hide, given their sizes, when the breakdown's total is published beside
	 * it (the overall figures). Primary: every group of 1 to {@code minCell - 1} people. Complementary, as
	 * statistical offices do: a hidden group must not follow by subtraction, so while the hidden groups number
	 * one, or hold between 1 and {@code minCell - 1} people together, the smallest shown group with people is
	 * hidden too; when none is left, the empty groups are hidden as well (the whole breakdown then shows
	 * nothing but that it is hidden).
	 */
	public static boolean[] hidden(int[] sizes, int minCell) {
		boolean[] hidden = new boolean[sizes.length];
		for (int i = 0; i < sizes.length; i++) {
			hidden[i] = suppressed(sizes[i], minCell);
		}
		while (exposed(sizes, hidden, minCell)) {
			int smallest = -1;
			for (int i = 0; i < sizes.length; i++) {
				if (!hidden[i] && sizes[i] > 0 && (smallest < 0 || sizes[i] < sizes[smallest])) {
					smallest = i;
				}
			}
			if (smallest < 0) {
				Arrays.fill(hidden, true);
				break;
			}
			hidden[smallest] = true;
		}
		return hidden;
	}

	/** Whether the hidden groups could be worked out: a single one, or together fewer than {@code minCell}. */
	private static boolean exposed(int[] sizes, boolean[] hidden, int minCell) {
		int count = 0;
		int people = 0;
		for (int i = 0; i < sizes.length; i++) {
			if (hidden[i]) {
				count++;
				people += sizes[i];
			}
		}
		boolean allHidden = count == sizes.length;
		return !allHidden && people > 0 && (count == 1 || people < minCell);
	}
}
