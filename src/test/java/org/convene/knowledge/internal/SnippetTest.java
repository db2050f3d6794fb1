package org.convene.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A snippet of found text is safe HTML: escaped, Markdown marks dropped, only the matched words in {@code <mark>}. */
class SnippetTest {

	@Test
	void aSnippetIsEscapedWithOnlyTheMatchMarked() {
		assertThat(PracticeSearch.snippet("a <script>alert(1)</script> \u0002b\u0003 **c**\nd"))
			.isEqualTo("a &lt;script&gt;alert(1)&lt;/script&gt; <mark>b</mark> c d");
	}

	@Test
	void aLongSentenceIsCutAroundItsFirstMatch() {
		String sentence = "word ".repeat(100) + "\u0002match\u0003 " + "tail ".repeat(100);
		String snippet = PracticeSearch.snippet(sentence);
		assertThat(snippet).contains("<mark>match</mark>").hasSizeLessThan(200);
		assertThat(PracticeSearch.snippet("x ".repeat(100) + "\u0002cut")).endsWith("<mark>cut</mark>");
	}
}
