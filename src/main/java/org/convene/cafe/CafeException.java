package org.convene.cafe;

/** A café request that cannot be carried out; the message key (with arguments) says why in the reader's language. */
public class CafeException extends RuntimeException {

	private final transient Object[] args;

	public CafeException(String messageKey, Object... args) {
		super(messageKey);
		this.args = args;
	}

	public String messageKey() {
		return getMessage();
	}

	public Object[] args() {
		return args;
	}
}
