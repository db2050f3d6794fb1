package org.convene.platform.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.convene.platform.i18n.Languages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates, times and numbers in the reader's language; templates call it as {@code @formats}. */
@Component("formats")
public class Formats {

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	public String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
	}

	/** A day heading, e.g. "Monday, 20 May 2019", in the reader's language. */
	public String weekdayDate(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(date);
	}

	public String time(LocalTime time) {
		return time == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).format(time);
	}

	public String time(LocalDateTime dateTime) {
		return dateTime == null ? "" : time(dateTime.toLocalTime());
	}

	/** A moment (a save, a sign-in) as date and time in UTC, e.g. "1 December 2026 10:45 UTC". */
	public String moment(Instant instant) {
		if (instant == null) {
			return "";
		}
		LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
		return date(utc.toLocalDate()) + " " + time(utc.toLocalTime()) + " UTC";
	}

	public String dateRange(LocalDate start, LocalDate end) {
		return end == null || end.equals(start) ? date(start) : date(start) + " – " + date(end);
	}

	/** A file's size in the reader's number format: "840 KB", "2.3 MB". */
	public String fileSize(long bytes) {
		NumberFormat format = NumberFormat.getInstance(locale());
		format.setMaximumFractionDigits(1);
		return bytes < 1024 * 1024 ? format.format(Math.max(1, Math.round(bytes / 1024.0))) + " KB"
				: format.format(bytes / (1024.0 * 1024.0)) + " MB";
	}

	public String number(Number n) {
		return n == null ? "" : NumberFormat.getInstance(locale()).format(n);
	}

	public String zone(String zoneId) {
		try {
			ZoneId zone = ZoneId.of(zoneId);
			return zone.getDisplayName(TextStyle.FULL, locale()) + " (" + zoneId + ")";
		}
		catch (RuntimeException e) {
			return zoneId;
		}
	}

	public String country(String isoCode) {
		return Languages.countryName(isoCode, locale());
	}

	public String language(String code) {
		return code == null ? "" : Locale.of(code).getDisplayLanguage(locale());
	}
}
