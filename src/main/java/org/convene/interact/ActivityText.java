package org.convene.interact;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The words of an activity in one language: its prompt, options (one per line) and scale end labels. */
@Embeddable
public class ActivityText {

	@Column(nullable = false)
	private String prompt;

	@Column(length = 4000)
	private String options;

	@Column(name = "low_label")
	private String lowLabel;

	@Column(name = "high_label")
	private String highLabel;

	protected ActivityText() {
	}

	public ActivityText(String prompt, String options, String lowLabel, String highLabel) {
		this.prompt = prompt;
		this.options = options;
		this.lowLabel = lowLabel;
		this.highLabel = highLabel;
	}

	public String getPrompt() {
		return prompt;
	}

	public String getOptions() {
		return options;
	}

	public String getLowLabel() {
		return lowLabel;
	}

	public String getHighLabel() {
		return highLabel;
	}

	/** The options, one per non-empty line, in order. */
	public List<String> optionList() {
		return lines(options);
	}

	static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}
}
