package org.convene.events;

import java.util.List;

/** Registration details that cannot be saved; each problem is a message key for the person. */
public class RegistrationException extends RuntimeException {

	private final List<String> problems;

	public RegistrationException(List<String> problems) {
		super(String.join(", ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
