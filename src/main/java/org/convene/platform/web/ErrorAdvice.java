package org.convene.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.platform.DatabaseUnavailable;
import org.convene.platform.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.convert.ConversionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Errors people cause get a page in their language; errors that are bugs are logged with an id the
 * person can quote to an administrator.
 */
@ControllerAdvice
class ErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

	/** Never carried back to a form: secrets and the per-form tokens. */
	private static final Set<String> NOT_KEPT = Set.of("_csrf", "formToken", "password", "confirmation",
			"currentPassword");

	private final MessageSource messages;

	ErrorAdvice(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Something the person can put right. A form sent from one of our pages goes back to that page (after a
	 * redirect, so a reload sends nothing twice) with the message in their language and what they typed, as
	 * {@code alertText} and {@code typed}; anything else gets the error page with the message and a 400.
	 */
	@ExceptionHandler(UserError.class)
	ModelAndView userError(UserError e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (e instanceof DatabaseUnavailable) {
			return unavailable(e, request, response, locale);
		}
		String text = e.message(messages, locale);
		String back = sameSiteReferer(request);
		if (back != null && !"GET".equals(request.getMethod())) {
			FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("alertText", text);
			flash.put("typed", typed(request));
			RequestContextUtils.saveOutputFlashMap(back, request, response);
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", back);
				return new ModelAndView("platform/empty");
			}
			ModelAndView redirect = new ModelAndView("redirect:" + back);
			redirect.setStatus(HttpStatus.SEE_OTHER);
			return redirect;
		}
		ModelAndView mav = page("error.badRequest", HttpStatus.BAD_REQUEST, null, request, locale);
		mav.addObject("messageText", text);
		return mav;
	}

	/** A malformed address or form value ({@code /events/abc}, an unknown choice): the person's 400, not our 500. */
	@ExceptionHandler({ TypeMismatchException.class, ConversionException.class,
			HttpMessageNotReadableException.class, HandlerMethodValidationException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView malformed(Exception e, HttpServletRequest request, Locale locale) {
		log.debug("Malformed request {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
		return page("error.badRequest", HttpStatus.BAD_REQUEST, null, request, locale);
	}
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
	ModelAndView bug(Exception e, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws Exception {
		if (e instanceof ErrorResponse || e instanceof AccessDeniedException || e instanceof AuthenticationException) {
			throw e; // Spring's own handling: 4xx statuses, the sign-in page for guests, 403 for the signed-in
		}
		if (DatabaseUnavailable.causedBy(e)) {
			return unavailable(e, request, response, locale);
		}
		response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
		String id = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error {}", id, e);
		return page("error.bug", HttpStatus.INTERNAL_SERVER_ERROR, id, request, locale);
	}

	/**
	 * The database could not be reached: nothing was saved. 503 with Retry-After, and the page says to send it again
	 * in a moment (a restart of the database or a failover takes seconds).
	 */
	private ModelAndView unavailable(Exception e, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		log.warn("Database unreachable during {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", "5");
		ModelAndView mav = page("error.unavailable", HttpStatus.SERVICE_UNAVAILABLE, null, request, locale);
		return mav;
	}

	/** The page a form came from, when it is one of ours (path and query only, never another host). */
	private static String sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return null;
			}
			String path = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
			return LocalPath.isLocal(path) ? path : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static Map<String, String> typed(HttpServletRequest request) {
		Map<String, String> typed = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!NOT_KEPT.contains(name) && values.length > 0 && values[0].length() <= 10_000) {
				typed.put(name, values[0]);
			}
		});
		return typed;
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
