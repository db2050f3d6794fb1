package org.convene.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Charts are written into pages with {@code th:utext}, so audience text inside them must come out as text: every
 * chart built from a hostile corpus is well-formed XML whose only elements are the chart's own, and each hostile
 * string reads back as the text it was (less the characters XML cannot hold).
 */
class ChartsTest {

	static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"' onmouseover='alert(1)", "</text></svg><script>alert(1)</script>", "]]><!--", "&amp; &lt; &#x3C;",
			"<![CDATA[<script>]]>", "<?xml-stylesheet href='evil'?>", "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>&e;",
			"javascript:alert(1)", "<a xlink:href=\"javascript:alert(1)\">x</a>", "<foreignObject><iframe/></foreignObject>",
			"\u202Egnp.exe\u202C", "ما هو <b>الحل</b>؟ \"اقتباس\"", "نام <script>", "null\u0000byte", "bell\u0007",
			"bad\uFFFE\uFFFF", "half\uD800pair", "emoji 👩🏽‍⚖️ ok");

	static final Set<String> CHART_ELEMENTS = Set.of("svg", "title", "text", "rect", "g", "path", "style");

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void barsKeepHostileLabelsAsText(boolean rtl) throws Exception {
		List<Charts.Bar> bars = new ArrayList<>();
		for (String s : HOSTILE) {
			bars.add(new Charts.Bar(s, 3, s, false));
		}
		String svg = Charts.bars("<title>" + HOSTILE.getFirst(), bars, rtl);
		Document doc = parse(svg);
		onlyChartElements(doc);
		String text = doc.getDocumentElement().getTextContent();
		for (String s : HOSTILE) {
			assertThat(text).contains(readable(s));
		}
		assertThat(svg).doesNotContain("<script", "<img", "<iframe", "<foreignObject", "<a ", "<!DOCTYPE", "<?xml-");
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void wordCloudsKeepHostileWordsAsText(boolean rtl) throws Exception {
		List<Charts.Word> words = HOSTILE.stream().map(s -> new Charts.Word(s, 2)).toList();
		Document doc = parse(Charts.wordCloud(HOSTILE.get(1), words, rtl));
		onlyChartElements(doc);
		for (String s : HOSTILE) {
			assertThat(doc.getDocumentElement().getTextContent()).contains(readable(s));
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void printedChartsStayWellFormed(boolean rtl) throws Exception {
		String svg = Charts.bars(HOSTILE.get(3), List.of(new Charts.Bar(HOSTILE.get(13), 1, "1", true)), rtl);
		Document doc = parse(Charts.forPrint(svg));
		assertThat(doc.getDocumentElement().getTextContent()).contains(readable(HOSTILE.get(13)));
	}

	@Test
	void qrCodeTitlesAreText() throws Exception {
		Document doc = parse(QrCodes.svg("http://192.168.1.20:8080/j/ABC123", HOSTILE.get(3)));
		onlyChartElements(doc);
		assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(HOSTILE.get(3));
	}

	/** The text as a chart shows it: characters XML cannot carry are left out, everything else is kept. */
	static String readable(String s) {
		StringBuilder out = new StringBuilder();
		s.codePoints().forEach(cp -> {
			boolean allowed = cp == '\t' || cp == '\n' || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
					|| cp >= 0x10000;
			if (allowed) {
				out.appendCodePoint(cp);
			}
		});
		return out.toString();
	}

	private static void onlyChartElements(Document doc) {
		NodeList all = doc.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element e = (Element) all.item(i);
			assertThat(CHART_ELEMENTS).as("element <%s>", e.getTagName()).contains(e.getTagName());
			for (int a = 0; a < e.getAttributes().getLength(); a++) {
				assertThat(e.getAttributes().item(a).getNodeName()).doesNotStartWith("on").doesNotContain("href");
			}
		}
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		DocumentBuilder builder = factory.newDocumentBuilder();
		return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}
}
