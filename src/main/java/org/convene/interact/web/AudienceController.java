package org.convene.interact.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.events.Events;
import org.convene.events.Sex;
import org.convene.events.StakeholderType;
import org.convene.interact.ActivityType;
import org.convene.interact.Live;
import org.convene.interact.LivePush;
import org.convene.interact.Room;
import org.convene.interact.internal.Answers;
import org.convene.interact.internal.PersonalLinks;
import org.convene.interact.internal.Stages;
import org.convene.platform.Attempts;
import org.convene.platform.ConveneProperties;
import org.convene.platform.DatabaseUnavailable;
import org.convene.platform.UserError;
import org.convene.platform.security.Devices;
import org.convene.platform.text.PersonalIdentifiers;
import org.convene.platform.web.HtmxCsrf;
import org.convene.platform.web.NotFoundException;
import org.convene.platform.web.PhonePosts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The audience at {@code /j/{code}}: no account and no HTTP session; a participant token per room derived from
 * the phone's signed device cookie ({@link Devices}), and limits on how fast a phone posts and how many
 * newcomers one network brings in. Every page
 * works as plain HTML forms; with JavaScript, htmx posts the forms and Server-Sent Events bring the
 * presenter's changes. An answer is acknowledged only after it is committed.
 */
@Controller
class AudienceController {

	/** Unknown codes one client may try per minute before it must wait (codes were guessed at 243 a second). */
	static final int UNKNOWN_CODES_PER_MINUTE = 30;
	/** A deck of an event takes answers until this long after the event's last day (evaluations come late). */
	static final Period CODE_LIFETIME_AFTER_EVENT = Period.ofDays(30);

	private final Live live;
	private final LivePush push;
	private final Stages stages;
	private final Events events;
	private final Devices devices;
	private final PersonalLinks personalLinks;
	private final ConveneProperties properties;
	private final Attempts unknownCodes = new Attempts(Clock.systemUTC());
	private final Attempts newcomers = new Attempts(Clock.systemUTC());
	private final PhonePosts posts;
	/** Event end dates, read at most every five minutes, so an answer costs no query for its event. */
	private final Map<Long, EventEnd> eventEnds = new ConcurrentHashMap<>();

	private record EventEnd(LocalDate last, Instant read) {
	}

	AudienceController(Live live, LivePush push, Stages stages, Events events, Devices devices,
			PersonalLinks personalLinks, ConveneProperties properties, PhonePosts posts) {
		this.posts = posts;
		this.devices = devices;
		this.personalLinks = personalLinks;
		this.properties = properties;
		this.live = live;
		this.push = push;
		this.stages = stages;
		this.events = events;
	}

	@GetMapping("/j")
	String enter(@RequestParam(required = false) String code, Model model) {
		if (code != null && !code.isBlank()) {
			return "redirect:/j/" + code.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
		}
		return "interact/enter";
	}

	@GetMapping("/j/{code}")
	String join(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Locale locale,
			Model model) {
		if (guessing(request)) {
			model.addAttribute("error", "interact.error.tooManyCodes");
			Attempts.refuse(response, unknownCodes, client(request));
			return "interact/enter";
		}
		Room room;
		try {
			room = open(code, request);
		}
		catch (NotFoundException e) {
			model.addAttribute("error", "interact.error.unknownCode");
			model.addAttribute("code", code);
			response.setStatus(404);
			return "interact/enter";
		}
		catch (UserError expired) {
			model.addAttribute("error", expired.messageKey());
			model.addAttribute("code", code);
			response.setStatus(410);
			return "interact/enter";
		}
		String token = token(room, request, response);
		if (token == null) {
			return noPersonalLink(response, model);
		}
		model.addAttribute("sent", request.getParameter("sent") != null ? Boolean.TRUE : null);
		model.addAttribute("nameSaved", request.getParameter("named") != null ? Boolean.TRUE : null);
		return page(room, token, locale, model, request);
	}

	private String page(Room room, String token, Locale locale, Model model, HttpServletRequest request) {
		if (room.deck().isSelfPaced()) {
			@SuppressWarnings("unchecked")
			Map<Long, String> drafts = (Map<Long, String>) model.getAttribute("drafts");
			model.addAllAttributes(stages.questionnaireModel(room, locale, token, drafts));
			model.addAttribute("sexes", Arrays.stream(Sex.values())
				.filter(x -> x != Sex.UNDISCLOSED).toList());
			model.addAttribute("stakeholders", StakeholderType.values());
			model.addAttribute("personalKey", room.deck().requiresPersonalLink() ? request.getParameter("p") : null);
			return "interact/questionnaire";
		}
		model.addAttribute("since", push.since(room, locale));
		model.addAllAttributes(stages.audienceModel(room, locale, token));
		model.addAttribute("hxHeaders", HtmxCsrf.headers(request));
		model.addAttribute("hasQuiz", room.activities().stream()
			.anyMatch(l -> l.activity().getType() == ActivityType.QUIZ));
		return "interact/join";
	}

	@PostMapping("/j/{code}/a")
	String answer(@PathVariable String code, @RequestParam long activity,
			@RequestParam(defaultValue = "false") boolean identifiersConfirmed,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
			HttpServletResponse response, Principal principal, Locale locale, Model model) {
		Room room = open(code, request);
		String token = token(room, request, response);
		if (token == null) {
			return noPersonalLink(response, model);
		}
		Map<String, String[]> form = request.getParameterMap();
		try {
			if (!allowed(room, token, request, response, model)) {
				keepDraft(form, model);
				return htmx == null ? page(room, token, locale, model, request) : audience(room, token, locale, model);
			}
			Live.Receipt receipt = live.answer(room, activity, token, principal == null ? null : principal.getName(),
					form, identifiersConfirmed);
			response.setHeader("X-Convene-Tally", String.valueOf(receipt.tally()));
			if (htmx == null) {
				return "redirect:/j/" + room.code() + "?sent";
			}
			if (room.live(activity).activity().getType() != ActivityType.QA) {
				// the phone already shows the stage it answered on; js/live.js marks it answered. Rendering the stage
				// again was half the server's work per answer, the busiest request in a room (docs/decisions.md 48).
				// A question from the floor (QA) gets the stage back: its form must come back empty
				response.setHeader("HX-Reswap", "none");
				return null;
			}
			model.addAttribute("sent", true);
		}
		catch (DatabaseUnavailable e) {
			// nothing was kept: 503 and Retry-After, and the phone shows why (live.js swaps it in like a refusal)
			model.addAttribute("error", e.messageKey());
			keepDraft(form, model);
			response.setStatus(503);
			response.setHeader("Retry-After", "5");
		}
		catch (UserError e) {
			model.addAttribute("error", e.messageKey());
			keepDraft(form, model);
			response.setStatus(htmx == null ? 422 : 200);
		}
		catch (PersonalIdentifiers.Found e) {
			model.addAttribute("identifiers", e.findings());
			keepDraft(form, model);
			response.setStatus(htmx == null ? 422 : 200);
		}
		if (htmx == null) {
			return page(room, token, locale, model, request);
		}
		return audience(room, token, locale, model);
	}

	private String audience(Room room, String token, Locale locale, Model model) {
		model.addAllAttributes(stages.audienceModel(room, locale, token));
		return "interact/stage :: audience";
	}

	private static void keepDraft(Map<String, String[]> form, Model model) {
		String[] text = form.get("text");
		if (text != null && text.length > 0) {
			model.addAttribute("draft", text[0].length() > 2000 ? text[0].substring(0, 2000) : text[0]);
		}
	}

	/**
	 * A whole questionnaire sent at once (self-paced decks): the fields of activity {@code N} are named
	 * {@code aN.<field>}. Refused answers come back with the form as it was sent.
	 */
	@PostMapping("/j/{code}/all")
	String submitAll(@PathVariable String code, @RequestParam(required = false) Sex sex,
			@RequestParam(required = false) StakeholderType stakeholder,
			@RequestParam(defaultValue = "false") boolean identifiersConfirmed, HttpServletRequest request,
			HttpServletResponse response, Principal principal, Locale locale, Model model) {
		Room room = open(code, request);
		String token = token(room, request, response);
		if (token == null) {
			return noPersonalLink(response, model);
		}
		Map<Long, Map<String, String[]>> forms = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			Matcher m = Pattern.compile("a(\\d{1,18})\\.(\\w{1,20})").matcher(name);
			if (m.matches()) {
				forms.computeIfAbsent(Long.valueOf(m.group(1)), k -> new HashMap<>()).put(m.group(2), values);
			}
		});
		try {
			if (allowed(room, token, request, response, model)) {
				live.submitAll(room, token, principal == null ? null : principal.getName(), forms, sex, stakeholder,
						identifiersConfirmed);
				return back(room, request, "sent");
			}
		}
		catch (UserError e) {
			model.addAttribute("error", e.messageKey());
		}
		catch (PersonalIdentifiers.Found e) {
			model.addAttribute("identifiers", e.findings());
		}
		if (response.getStatus() != 429) {
			response.setStatus(422);
		}
		Map<Long, String> drafts = new HashMap<>();
		for (Room.LiveActivity l : room.activities()) {
			Map<String, String[]> form = forms.get(l.activity().getId());
			if (form != null) {
				try {
					drafts.put(l.activity().getId(), Answers.parse(l.activity(), form));
				}
				catch (UserError ignored) {
					// an answer that cannot be read is not shown again
				}
			}
		}
		model.addAttribute("drafts", drafts);
		model.addAttribute("chosenSex", sex);
		model.addAttribute("chosenStakeholder", stakeholder);
		return page(room, token, locale, model, request);
	}

	@PostMapping("/j/{code}/q/{questionId}")
	String upvote(@PathVariable String code, @PathVariable long questionId, @RequestParam long activity,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		Room room = open(code, request);
		String token = token(room, request, response);
		if (token == null) {
			return noPersonalLink(response, model);
		}
		boolean refused = !allowed(room, token, request, response, model);
		try {
			if (!refused) {
				live.upvote(room, activity, questionId, token);
			}
		}
		catch (UserError e) {
			model.addAttribute("error", e.messageKey());
			refused = true;
			response.setStatus(htmx == null ? 422 : 200);
		}
		if (htmx == null) {
			return refused ? page(room, token, locale, model, request) : "redirect:/j/" + room.code();
		}
		model.addAllAttributes(stages.audienceModel(room, locale, token));
		return "interact/stage :: board";
	}

	/** This phone's outcome of the revealed quiz question (the pushed stage is the same for all; this is not). */
	@GetMapping("/j/{code}/you")
	String you(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Locale locale,
			Model model) {
		Room room = open(code, request);
		String token = token(room, request, response);
		if (token == null) {
			return noPersonalLink(response, model);
		}
		model.addAllAttributes(stages.audienceModel(room, locale, token));
		return "interact/stage :: you";
	}

	@PostMapping("/j/{code}/name")
	String nickname(@PathVariable String code, @RequestParam(required = false) String nickname,
			HttpServletRequest request, HttpServletResponse response, Principal principal, Locale locale, Model model) {
		Room room = open(code, request);
		String token = token(room, request, response);
		if (token == null) {
			return noPersonalLink(response, model);
		}
		try {
			if (!allowed(room, token, request, response, model)) {
				model.addAttribute("nameError", model.getAttribute("error"));
				model.addAttribute("error", null);
				return page(room, token, locale, model, request);
			}
			live.nickname(room, token, principal == null ? null : principal.getName(), nickname);
		}
		catch (UserError e) {
			model.addAttribute("nameError", e.messageKey());
			response.setStatus(422);
			return page(room, token, locale, model, request);
		}
		return "redirect:/j/" + room.code() + "?named";
	}

	/** The phone's live socket (js/socket.js): the room's state in the phone's language, at once and on every change. */
	@GetMapping("/j/{code}/live")
	void live(@PathVariable String code, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		push.connectAudience(open(code, request), locale, request, response);
	}

	/**
	 * The room of a code that still takes part. A client that has tried too many unknown codes in the last minute
	 * finds none (join says so, with 429 and Retry-After); a deck of an event stops CODE_LIFETIME_AFTER_EVENT after
	 * the event's last day (refused with a message), so old codes cannot be found and answered years later.
	 */
	private Room open(String code, HttpServletRequest request) {
		if (guessing(request)) {
			throw new NotFoundException();
		}
		Room room;
		try {
			room = live.byCode(code);
		}
		catch (NotFoundException unknown) {
			unknownCodes.failed(client(request), Duration.ofMinutes(1));
			throw unknown;
		}
		Long eventId = room.deck().getEventId();
		if (eventId != null) {
			Instant now = Instant.now();
			LocalDate last = eventEnds.compute(eventId, (id, known) -> known != null
					&& known.read().isAfter(now.minus(Duration.ofMinutes(5))) ? known
							: new EventEnd(events.get(id).getEndDate(), now)).last();
			if (last != null && LocalDate.now(ZoneOffset.UTC).isAfter(last.plus(CODE_LIFETIME_AFTER_EVENT))) {
				throw new UserError("interact.error.expired");
			}
		}
		return room;
	}

	/** Whether this client has tried too many unknown codes in the last minute. */
	private boolean guessing(HttpServletRequest request) {
		return unknownCodes.over(client(request), UNKNOWN_CODES_PER_MINUTE);
	}

	private static String client(HttpServletRequest request) {
		return "join:" + request.getRemoteAddr();
	}

	/**
	 * This phone's participant token in the room, from its signed device cookie (set when it has none); in a
	 * questionnaire that asks for personal links, from the person the link names instead, whatever the phone; null
	 * there without a valid link (the handler answers {@link #noPersonalLink}, and takes nothing).
	 */
	private String token(Room room, HttpServletRequest request, HttpServletResponse response) {
		String device = devices.issue(request, response);
		if (room.deck().requiresPersonalLink()) {
			Long person = personalLinks.participant(room.deck(), request.getParameter("p"));
			if (person == null) {
				return null;
			}
			return devices.participant("deck:" + room.id(), "person:" + person);
		}
		return devices.participant("deck:" + room.id(), device);
	}

	/** A questionnaire that opens only through personal links, reached without a valid one: how to get in. */
	private static String noPersonalLink(HttpServletResponse response, Model model) {
		response.setStatus(403);
		model.addAttribute("error", "interact.error.personalLink");
		return "interact/enter";
	}

	/** What a redirect back to the room's page carries: the personal link's key, where there is one. */
	private static String back(Room room, HttpServletRequest request, String flag) {
		String key = room.deck().requiresPersonalLink() ? request.getParameter("p") : null;
		return "redirect:/j/" + room.code() + (key == null ? "?" + flag
				: "?p=" + UriUtils.encodeQueryParam(key, StandardCharsets.UTF_8) + "&" + flag);
	}

	/**
	 * Whether a post may go on: a phone posts at most as fast as {@link PhonePosts} allows, and a network address
	 * brings at most {@code convene.joins-per-minute} new participants into a room per minute. When not, the answer
	 * is 429 with Retry-After and the refusal in the phone's language (nothing was recorded).
	 */
	private boolean allowed(Room room, String token, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		int joins = properties.joinsPerMinute();
		String network = "joins:" + room.id() + ":" + request.getRemoteAddr();
		if (!posts.take("post:" + token, response)) {
			model.addAttribute("error", "interact.error.slowDown");
			return false;
		}
		if (room.member(token) == null && joins > 0 && !newcomers.take(network, joins, Duration.ofMinutes(1))) {
			Attempts.refuse(response, newcomers, network);
			model.addAttribute("error", "interact.error.manyJoining");
			return false;
		}
		return true;
	}
}
