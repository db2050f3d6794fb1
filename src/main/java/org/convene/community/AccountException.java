package org.convene.community;

/** A request about an account that cannot be done as asked; the code is a message key for the person. */
public class AccountException extends RuntimeException {

	private final String messageKey;

	public AccountException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
