package org.convene.interact.web;

import jakarta.validation.constraints.Size;

/**
 * The words of an activity in one language: question, options (one per line) and scale end labels.
 * The activity form holds them for the deck's language and once per translation; all empty means no
 * translation.
 */
public class ActivityWords {

	@Size(max = 500)
	String prompt;

	@Size(max = 4000)
	String options;

	@Size(max = 100)
	String lowLabel;

	@Size(max = 100)
	String highLabel;

	boolean isEmpty() {
		return blank(prompt) && blank(options) && blank(lowLabel) && blank(highLabel);
	}

	public String getPrompt() {
		return prompt;
	}

	public void setPrompt(String prompt) {
		this.prompt = prompt;
	}

	public String getOptions() {
		return options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public String getLowLabel() {
		return lowLabel;
	}

	public void setLowLabel(String lowLabel) {
		this.lowLabel = lowLabel;
	}

	public String getHighLabel() {
		return highLabel;
	}

	public void setHighLabel(String highLabel) {
		this.highLabel = highLabel;
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
