package org.convene.charts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Schematic maps as SVG text, drawn on the server like the charts: countries as dots at their centres
 * ({@link Centroids}) on a latitude/longitude grid, zoomed to the countries shown, with a line from each place a
 * practice began to each place it was taken up. No coastlines (no map data is shipped): the dots, the grid and the
 * names carry it. Pure functions, no Spring. Geography is not mirrored for right-to-left readers; only the labels
 * sit on the other side of their dots.
 */
public final class Maps {

	private static final int WIDTH = 640;
	private static final int MIN_HEIGHT = 220;
	private static final int MAX_HEIGHT = 420;

	private Maps() {
	}

	/** A country on a map: its ISO code and its name in the reader's language. */
	public record Place(String code, String label) {
	}

	/**
	 * Where a practice travelled: the places it began ({@code origins}, dark dots) and the places it was taken up
	 * ({@code adopters}, lighter dots), a curved line from each origin to each adopter. Places without a known
	 * centre are left out; null when none is left.
	 */
	public static String travels(String title, List<Place> origins, List<Place> adopters, boolean rtl) {
		Map<String, Dot> dots = new LinkedHashMap<>();
		origins.forEach(p -> dot(dots, p, true));
		adopters.forEach(p -> dot(dots, p, false));
		if (dots.isEmpty()) {
			return null;
		}
		Frame frame = Frame.around(dots.values());
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart map\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH).append(' ').append(frame.height()).append("\" width=\"").append(WIDTH).append("\" height=\"")
			.append(frame.height()).append("\" font-family=\"sans-serif\"><title>").append(Charts.escape(title))
			.append("</title>");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#eef4f8\"/>");
		grid(svg, frame);
		for (Place from : origins) {
			for (Place to : adopters) {
				Dot a = dots.get(key(from));
				Dot b = dots.get(key(to));
				if (a != null && b != null && a != b) {
					arc(svg, frame.x(a.lon()), frame.y(a.lat()), frame.x(b.lon()), frame.y(b.lat()));
				}
			}
		}
		for (Dot d : dots.values()) {
			double x = frame.x(d.lon());
			double y = frame.y(d.lat());
			svg.append(String.format(Locale.ROOT,
					"<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"2\"><title>%s</title></circle>",
					x, y, d.origin() ? 7 : 6, d.origin() ? "#0b6e4f" : "#1f4e79", Charts.escape(d.label())));
			boolean left = rtl ? x > 90 : x > WIDTH - 150;
			svg.append(String.format(Locale.ROOT,
					"<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" fill=\"#1b1f24\" stroke=\"#ffffff\" stroke-width=\"3\""
							+ " paint-order=\"stroke\" text-anchor=\"%s\"%s%s>%s</text>",
					left ? x - 10 : x + 10, y + 4, left ? "end" : "start", rtl ? " direction=\"rtl\"" : "",
					d.origin() ? " font-weight=\"bold\"" : "", Charts.escape(d.label())));
		}
		return svg.append("</svg>").toString();
	}

	private record Dot(String label, double lat, double lon, boolean origin) {
	}

	private static String key(Place place) {
		return place.code() == null ? "" : place.code().strip().toUpperCase(Locale.ROOT);
	}

	private static void dot(Map<String, Dot> dots, Place place, boolean origin) {
		double[] centre = Centroids.of(place.code());
		if (centre != null) {
			// a country that is both where it began and where it was taken up keeps its origin dot
			dots.putIfAbsent(key(place), new Dot(place.label(), centre[0], centre[1], origin));
		}
	}

	private static void grid(StringBuilder svg, Frame frame) {
		for (int lon = (int) Math.ceil(frame.west() / 10) * 10; lon <= frame.east(); lon += 10) {
			double x = frame.x(lon);
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d2dee8\" stroke-width=\"1\"/>", x, x,
					frame.height()));
		}
		for (int lat = (int) Math.ceil(frame.south() / 10) * 10; lat <= frame.north(); lat += 10) {
			double y = frame.y(lat);
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"0\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>", y, WIDTH, y,
					lat == 0 ? "#a9bccb" : "#d2dee8"));
		}
	}

	/** A line bowed to one side, so that lines between the same places in both directions stay apart. */
	private static void arc(StringBuilder svg, double x1, double y1, double x2, double y2) {
		double mx = (x1 + x2) / 2;
		double my = (y1 + y2) / 2;
		double cx = mx - (y2 - y1) * 0.2;
		double cy = my + (x2 - x1) * 0.2;
		svg.append(String.format(Locale.ROOT,
				"<path d=\"M%.1f %.1fQ%.1f %.1f %.1f %.1f\" fill=\"none\" stroke=\"#0b6e4f\" stroke-width=\"2\""
						+ " stroke-opacity=\"0.7\"/>",
				x1, y1, cx, cy, x2, y2));
	}

	/** The part of the world shown: the dots with a margin, at least 40° wide and 20° high, in plain lat/lon. */
	private record Frame(double west, double east, double south, double north, int height) {

		static Frame around(Iterable<Dot> dots) {
			double west = 180;
			double east = -180;
			double south = 90;
			double north = -90;
			for (Dot d : dots) {
				west = Math.min(west, d.lon());
				east = Math.max(east, d.lon());
				south = Math.min(south, d.lat());
				north = Math.max(north, d.lat());
			}
			double width = Math.max(40, east - west + 20);
			double midLon = (west + east) / 2;
			west = midLon - width / 2;
			east = midLon + width / 2;
			double tall = Math.max(20, north - south + 14);
			double midLat = (south + north) / 2;
			int height = (int) Math.round(WIDTH * tall / width);
			if (height < MIN_HEIGHT) {
				tall = width * MIN_HEIGHT / WIDTH;
				height = MIN_HEIGHT;
			}
			else if (height > MAX_HEIGHT) {
				// taller than wide: widen the frame instead of stretching the map
				width = tall * WIDTH / MAX_HEIGHT;
				west = midLon - width / 2;
				east = midLon + width / 2;
				height = MAX_HEIGHT;
			}
			return new Frame(west, east, midLat - tall / 2, midLat + tall / 2, height);
		}

		double x(double lon) {
			return (lon - west) / (east - west) * WIDTH;
		}

		double y(double lat) {
			return (north - lat) / (north - south) * height;
		}
	}
}
