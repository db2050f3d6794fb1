package org.convene.platform;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * A request the person can put right: what is wrong, as message keys (the first with arguments) read in their
 * language. Every module throws this one type; {@code platform.web.ErrorAdvice} answers it when the controller has
 * no better place to show it, and controllers that re-show a form catch it to keep what was typed.
 */
public class UserError extends RuntimeException {

	private final List<String> problems;

	private final transient Object[] args;

	public UserError(String messageKey, Object... args) {
		super(messageKey);
		this.problems = List.of(messageKey);
		this.args = args.clone();
	}

	/** Several problems at once (a registration with three wrong fields): each a message key without arguments. */
	public UserError(List<String> problems) {
		super(String.join(", ", problems));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("a user error names at least one problem");
		}
		this.problems = List.copyOf(problems);
		this.args = new Object[0];
	}

	/** The first (or only) problem's message key. */
	/**
	 * Refuses a deletion that was not confirmed (the form's "I understand" box, or the second click of a
	 * "Remove" disclosure): nothing is deleted and the person is told why.
	 */
	public static void requireConfirmed(boolean confirmed) {
		if (!confirmed) {
			throw new UserError("delete.notConfirmed");
		}
	}

	public String messageKey() {
		return problems.getFirst();
	}

	public Object[] args() {
		return args.clone();
	}

	/** Every problem's message key, in the order found. */
	public List<String> problems() {
		return problems;
	}

	/** The first problem in the reader's language. */
	public String message(MessageSource messages, Locale locale) {
		return messages.getMessage(messageKey(), args, messageKey(), locale);
	}
}
