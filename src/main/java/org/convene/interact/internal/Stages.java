package org.convene.interact.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.convene.interact.Activity;
import org.convene.interact.ActivityType;
import org.convene.interact.Response;
import org.convene.interact.Room;
import org.convene.platform.i18n.Languages;
import org.convene.platform.push.PushHub;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The "stage": what a phone shows for the room's current activity, and what the projector shows. One
 * template ({@code interact/stage.html}) renders both in a page request and, outside any request, for
 * the messages pushed to every phone and projector, so the first load and every update look the same.
 * Pushed stages are the same for everyone reading one language; a page request adds the person's own
 * answer.
 */
@Component
public class Stages {

	private final TemplateEngine templates;
	private final PushHub hub;

	Stages(TemplateEngine templates, PushHub hub) {
		this.templates = templates;
		this.hub = hub;
	}

	/** The phone's stage for everyone reading {@code locale}. */
	public String audience(Room room, Locale locale) {
		return render("audience", audienceModel(room, locale, null), locale);
	}

	/** The part of the phone's stage under the form: results when shown, the questions of a Q&amp;A. */
	public String board(Room room, Locale locale) {
		return render("board", audienceModel(room, locale, null), locale);
	}

	public String presenter(Room room, Locale locale) {
		return render("presenter", presenterModel(room, locale), locale);
	}

	private String render(String fragment, Map<String, Object> model, Locale locale) {
		Context context = new Context(locale, model);
		context.setVariable("lang", locale.getLanguage());
		context.setVariable("dir", Languages.isRightToLeft(locale) ? "rtl" : "ltr");
		// pushed to every phone: drop the template's indentation and blank lines (pushed stages hold no
		// text area content, whose line breaks would matter)
		return templates.process("interact/stage", Set.of(fragment), context).lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.collect(Collectors.joining("\n"));
	}

	/** The audience stage's model; {@code token} adds what this person already answered. */
	public Map<String, Object> audienceModel(Room room, Locale locale, String token) {
		Map<String, Object> model = common(room, locale);
		Room.LiveActivity live = room.current();
		if (live != null) {
			Response mine = live.answerOf(token);
			model.put("mine", mine);
			model.put("mineSet", mine == null ? Set.of() : Set.copyOf(Answers.indexes(
					live.activity().getType().hasOptions() && live.activity().getType() != ActivityType.POINTS
							? mine.answer() : "")));
			if (live.shown() || live.activity().getType() == ActivityType.QA) {
				model.put("results", Tally.of(live.activity(), live.responses(), locale, false, true));
			}
			if (token != null && live.shown() && live.activity().getType() == ActivityType.QUIZ) {
				model.put("you", new YourResult(mine != null, mine != null && mine.score() != null && mine.score() > 0,
						mine == null || mine.score() == null ? 0 : mine.score(), room.standing(token)));
			}
		}
		model.put("member", room.member(token));
		return model;
	}

	/**
	 * A quiz question's outcome for one phone once the answer is revealed: whether they answered, were right,
	 * the points it gave and where they stand (null before their first answer). Personal, so it is never in
	 * the stage pushed to everyone: pushed stages fetch it ({@code GET /j/{code}/you}).
	 */
	public record YourResult(boolean answered, boolean right, int points, Room.Standing standing) {
	}

	/**
	 * A questionnaire (self-paced deck): every activity with what its inputs need and this person's
	 * earlier answer (or, for a refused questionnaire, what they sent: {@code drafts}, canonical answers by
	 * activity id), and what they said about themselves.
	 */
	public Map<String, Object> questionnaireModel(Room room, Locale locale, String token, Map<Long, String> drafts) {
		Map<String, Object> model = new HashMap<>();
		model.put("room", room);
		model.put("code", room.code());
		List<Map<String, Object>> questions = new ArrayList<>();
		for (Room.LiveActivity live : room.activities()) {
			if (live.activity().getType() == ActivityType.QA) {
				continue; // questions and upvotes need a live room; a questionnaire leaves a Q&A out
			}
			Map<String, Object> q = activityModel(live.activity(), locale);
			Response mine = live.answerOf(token);
			String draft = drafts == null ? null : drafts.get(live.activity().getId());
			if (draft != null) {
				// a refused questionnaire comes back as it was sent
				mine = new Response(0, live.activity().getId(), token, 0, draft, null, null, false,
						Response.Status.PENDING, Set.of(), Instant.now());
			}
			q.put("mine", mine);
			q.put("mineSet", mine == null || !live.activity().getType().hasOptions()
					|| live.activity().getType() == ActivityType.POINTS ? Set.of()
							: Set.copyOf(Answers.indexes(mine.answer())));
			questions.add(q);
		}
		model.put("questions", questions);
		model.put("member", room.member(token));
		model.put("answeredCount", room.activities().stream().filter(l -> l.answerOf(token) != null).count());
		return model;
	}

	public Map<String, Object> presenterModel(Room room, Locale locale) {
		Map<String, Object> model = common(room, locale);
		Room.LiveActivity live = room.current();
		if (live != null) {
			model.put("results", Tally.of(live.activity(), live.responses(), locale, true, true));
			model.put("answered", live.responses().size());
		}
		model.put("connected", hub.subscribersUnder("deck:" + room.id() + ":audience:"));
		model.put("joined", room.joined());
		return model;
	}

	/** What the inputs of one activity need (the {@code inputs} fragment of the stage template). */
	private static Map<String, Object> activityModel(Activity a, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("activity", a);
		model.put("text", a.textIn(locale.getLanguage()));
		model.put("options", a.optionsIn(locale.getLanguage()));
		model.put("maxChoices", Answers.maxChoices(a));
		model.put("maxWords", Answers.maxWords(a));
		model.put("low", Answers.scaleLow(a));
		model.put("high", Answers.scaleHigh(a));
		model.put("pointsTotal", Answers.pointsTotal(a));
		model.put("multi", a.getType() == ActivityType.MULTIPLE
				|| (a.getType() == ActivityType.QUIZ && a.correctOptions().size() > 1));
		return model;
	}

	private static Map<String, Object> common(Room room, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		model.put("room", room);
		model.put("code", room.code());
		model.put("total", room.activities().size());
		Room.LiveActivity live = room.current();
		model.put("live", live);
		if (live != null) {
			Activity a = live.activity();
			model.putAll(activityModel(a, locale));
			model.put("secondsLeft", live.secondsLeft());
			if (a.getType() == ActivityType.QUIZ && live.shown()) {
				model.put("leaders", room.leaderboard(10));
			}
		}
		return model;
	}

}
