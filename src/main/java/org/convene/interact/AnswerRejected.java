package org.convene.interact;

/** An answer that is not taken, with the message key that tells the person why, in their language. */
public class AnswerRejected extends RuntimeException {

	private final String messageKey;

	public AnswerRejected(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
