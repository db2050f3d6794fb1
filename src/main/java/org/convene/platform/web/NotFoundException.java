package org.convene.platform.web;

/** Something asked for by id does not exist (or is not visible to the reader): a 404 page. */
public class NotFoundException extends RuntimeException {

	public NotFoundException() {
		super("not found");
	}
}
