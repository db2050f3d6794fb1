package org.convene.platform.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors people cause get a page in their language; errors that are bugs are logged with an id the
 * person can quote to an administrator.
 */
@ControllerAdvice
class ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(HttpServletRequest request, Locale locale) {
		return page("error.notFound", HttpStatus.NOT_FOUND, null, request, locale);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	ModelAndView tooLarge(HttpServletRequest request, Locale locale) {
		return page("error.tooLarge", HttpStatus.PAYLOAD_TOO_LARGE, null, request, locale);
	}

	/** The browser went away while a response was streaming (a phone closed its tab): nothing to tell it. */
	@ExceptionHandler(AsyncRequestNotUsableException.class)
	void gone() {
		// nothing to send and nothing wrong
	}

	@ExceptionHandler(Exception.class)
	@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
	ModelAndView bug(Exception e, HttpServletRequest request, Locale locale) throws Exception {
		if (e instanceof ErrorResponse || e instanceof AccessDeniedException || e instanceof AuthenticationException) {
			throw e; // Spring's own handling: 4xx statuses, the sign-in page for guests, 403 for the signed-in
		}
		String id = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error {}", id, e);
		return page("error.bug", HttpStatus.INTERNAL_SERVER_ERROR, id, request, locale);
	}

	private static ModelAndView page(String messageKey, HttpStatus status, String errorId, HttpServletRequest request,
			Locale locale) {
		ModelAndView mav = new ModelAndView("platform/error", LayoutAdvice.attributes(request, locale));
		mav.addObject("messageKey", messageKey);
		mav.addObject("errorId", errorId);
		mav.setStatus(status);
		return mav;
	}
}
