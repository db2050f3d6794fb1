package org.convene.platform.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.convene.platform.i18n.Languages;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Printable documents: a Thymeleaf template (written as well-formed XHTML, no {@code @{}} links) rendered
 * to PDF with embedded fonts that cover Latin, Cyrillic and Arabic script (Noto Sans, Noto Naskh Arabic,
 * in {@code resources/fonts}), right-to-left text for Arabic and Urdu, and SVG charts and QR codes.
 * The fonts' family names for CSS are {@code Noto Sans} and {@code Noto Naskh Arabic}.
 */
@Component
public class Pdfs {

	private static final String[][] FONTS = { { "NotoSans-Regular.ttf", "Noto Sans", "400" },
			{ "NotoSans-Bold.ttf", "Noto Sans", "700" }, { "NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", "400" },
			{ "NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", "700" } };

	static {
		// openhtmltopdf logs every font it loads at INFO: keep only its warnings
		for (String logger : XRLog.listRegisteredLoggers()) {
			XRLog.setLevel(logger, Level.WARNING);
		}
		// the same fonts for charts (SVG drawn by Batik through Java's font system) as for the text
		for (String[] font : FONTS) {
			try (var in = new ClassPathResource("fonts/" + font[0]).getInputStream()) {
				GraphicsEnvironment.getLocalGraphicsEnvironment()
					.registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
			}
			catch (IOException | FontFormatException e) {
				throw new IllegalStateException("Font " + font[0] + " could not be loaded", e);
			}
		}
	}

	private final ITemplateEngine templates;
	private final ApplicationContext beans;

	public Pdfs(ITemplateEngine templates, ApplicationContext beans) {
		this.templates = templates;
		this.beans = beans;
	}

	/** Renders {@code template} with the model and the reader's locale, then prints it. */
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		return print(xhtml(template, model, locale), locale);
	}

	/**
	 * Prints a long document in parts, each rendered on its own (so memory is bounded by a part, not by the whole:
	 * 5,000 seat cards at once did not fit in 512 MB), then joined into one PDF with PDFBox, its streams cached in
	 * temporary files. One part is simply {@link #render}.
	 */
	public byte[] renderParts(String template, List<Map<String, Object>> parts, Locale locale) {
		if (parts.size() == 1) {
			return render(template, parts.getFirst(), locale);
		}
		List<Path> files = new ArrayList<>();
		try {
			PDFMergerUtility merger = new PDFMergerUtility();
			for (Map<String, Object> part : parts) {
				Path file = Files.createTempFile("convene-part-", ".pdf");
				files.add(file);
				Files.write(file, render(template, part, locale));
				merger.addSource(file.toFile());
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			merger.setDestinationStream(out);
			merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			for (Path file : files) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ignored) {
					// a temporary file the system cleans up later
				}
			}
		}
	}

	/** The XHTML {@link #render} would print (to change before printing). */
	public String xhtml(String template, Map<String, Object> model, Locale locale) {
		Context context = new Context(locale, model);
		context.setVariable("lang", locale.getLanguage());
		context.setVariable("dir", Languages.isRightToLeft(locale) ? "rtl" : "ltr");
		// the same helpers as web pages (@formats: dates, numbers, country names in the reader's language)
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(beans, null));
		return templates.process(template, context);
	}

	/** Prints well-formed XHTML. */
	public byte[] print(String xhtml, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(locale));
		builder.useUnicodeCharacterBreaker(new ICUBreakers.ICUCharacterBreaker(locale));
		builder.defaultTextDirection(Languages.isRightToLeft(locale) ? BaseRendererBuilder.TextDirection.RTL
				: BaseRendererBuilder.TextDirection.LTR);
		builder.useSVGDrawer(new BatikSVGDrawer());
		for (String[] font : FONTS) {
			ClassPathResource file = new ClassPathResource("fonts/" + font[0]);
			builder.useFont(() -> {
				try {
					return file.getInputStream();
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}, font[1], Integer.valueOf(font[2]), BaseRendererBuilder.FontStyle.NORMAL, true);
		}
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
