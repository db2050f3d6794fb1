package org.convene.cafe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convene.cafe.internal.CafeStore;
import org.convene.events.Objective;
import org.convene.platform.UserError;
import org.convene.platform.text.PersonalIdentifiers;
import org.convene.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A café's harvest: the hosts' notes (checked for personal identifiers), what the coordinator does with them
 * (hide, release a flagged one, cluster), dot voting from the phones, and the action items that come of it.
 */
@Service
@Transactional
public class CafeHarvest {

	public static final int MAX_NOTE = 500;

	private final Cafes cafes;
	private final CafeStore store;
	private final CafePush push;

	CafeHarvest(Cafes cafes, CafeStore store, CafePush push) {
		this.cafes = cafes;
		this.store = store;
		this.push = push;
	}

	/** A host's note for their table in the current round. */
	public void addNote(String key, String text, Note.Tag tag, Objective objective, boolean identifiersConfirmed) {
		Cafes.Phone phone = cafes.phone(key);
		CafeTable table = cafes.noteTable(phone);
		if (table == null) {
			throw new UserError("cafe.error.notHost");
		}
		String clean = text == null ? "" : text.strip();
		if (clean.isEmpty()) {
			throw new UserError("cafe.error.noteEmpty");
		}
		if (clean.length() > MAX_NOTE) {
			throw new UserError("cafe.error.noteLong", MAX_NOTE);
		}
		List<PersonalIdentifiers.Finding> findings = PersonalIdentifiers.find(clean);
		if (!findings.isEmpty() && !identifiersConfirmed) {
			throw new PersonalIdentifiers.Found(findings);
		}
		store.insertNote(phone.cafe().id(), table.id(), phone.cafe().currentRound(), phone.person().id(), clean,
				tag == null ? Note.Tag.IDEA : tag, objective, !findings.isEmpty());
		push.noted(phone.cafe().id());
	}

	@Transactional(readOnly = true)
	public List<Note> notes(long cafeId) {
		return store.notes(cafeId);
	}

	/**
	 * Of the café's notes, those written at a table (not hidden), newest round first: what the host tells
	 * the newcomers.
	 */
	public static List<Note> atTable(List<Note> notes, long tableId) {
		return notes.stream().filter(n -> n.tableId() == tableId && !n.hidden())
			.sorted(Comparator.comparingInt(Note::round).reversed()).toList();
	}

	public void hideNote(long cafeId, long noteId, boolean hidden) {
		store.note(cafeId, noteId).orElseThrow(NotFoundException::new);
		store.setHidden(cafeId, noteId, hidden);
		push.noted(cafeId);
	}

	/** The coordinator has read a flagged note and found no personal data in it: it may be shown to everyone. */
	public void clearFlag(long cafeId, long noteId) {
		store.note(cafeId, noteId).orElseThrow(NotFoundException::new);
		store.clearFlag(cafeId, noteId);
		push.noted(cafeId);
	}

	public void cluster(long cafeId, long noteId, String cluster) {
		store.note(cafeId, noteId).orElseThrow(NotFoundException::new);
		String name = cluster == null || cluster.isBlank() ? null : Cafes.clip(cluster.strip(), 100);
		store.setCluster(cafeId, noteId, name);
	}

	/** The visible notes grouped by cluster (notes in no cluster last), most dots first within each. */
	@Transactional(readOnly = true)
	public Map<String, List<Note>> clusters(long cafeId) {
		Map<String, List<Note>> byCluster = new LinkedHashMap<>();
		store.notes(cafeId).stream().filter(n -> !n.hidden() && n.cluster() != null)
			.sorted(Comparator.comparing(Note::cluster, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(Comparator.comparingInt(Note::dots).reversed()))
			.forEach(n -> byCluster.computeIfAbsent(n.cluster(), c -> new ArrayList<>()).add(n));
		return byCluster;
	}

	@Transactional(readOnly = true)
	public Set<Long> dotsOf(long personId) {
		return store.dotsOf(personId);
	}

	/**
	 * Puts a dot on an insight ({@code on}) or takes it back; a person has {@code dotsPerPerson} dots, one
	 * per insight. Saying the same twice (a double tap, a resent form) changes nothing.
	 */
	public void setDot(String key, long noteId, boolean on) {
		Cafes.Phone phone = cafes.phone(key);
		Cafe cafe = phone.cafe();
		if (!cafe.votingOpen()) {
			throw new UserError("cafe.error.votingClosed");
		}
		Note note = store.note(cafe.id(), noteId).filter(Note::shown).orElseThrow(NotFoundException::new);
		Set<Long> mine = store.dotsOf(phone.person().id());
		if (on == mine.contains(note.id())) {
			return;
		}
		if (!on) {
			store.removeDot(note.id(), phone.person().id());
		}
		else if (mine.size() >= cafe.dotsPerPerson()) {
			throw new UserError("cafe.error.noDotsLeft", cafe.dotsPerPerson());
		}
		else {
			store.addDot(note.id(), phone.person().id());
		}
		push.noted(cafe.id());
	}

	// ---- action items

	@Transactional(readOnly = true)
	public List<ActionItem> actions(long cafeId) {
		return store.actions(cafeId);
	}

	/** An action item from an insight (at most one per insight: a second click adds nothing) or from a text. */
	public void addAction(long cafeId, Long noteId, String text, String owner, LocalDate due) {
		cafes.get(cafeId);
		if (noteId != null && store.actions(cafeId).stream().anyMatch(a -> noteId.equals(a.noteId()))) {
			return;
		}
		String what = text;
		if ((what == null || what.isBlank()) && noteId != null) {
			what = store.note(cafeId, noteId).orElseThrow(NotFoundException::new).text();
		}
		if (what == null || what.isBlank()) {
			throw new UserError("cafe.error.actionText");
		}
		store.insertAction(cafeId, noteId, Cafes.clip(what.strip(), 500), Cafes.blankToNull(owner), due);
	}

	public void updateAction(long cafeId, long actionId, String text, String owner, LocalDate due,
			ActionItem.Status status) {
		if (text == null || text.isBlank()) {
			throw new UserError("cafe.error.actionText");
		}
		store.updateAction(cafeId, actionId, Cafes.clip(text.strip(), 500), Cafes.blankToNull(owner), due,
				status == null ? ActionItem.Status.OPEN : status);
	}

	public void deleteAction(long cafeId, long actionId) {
		store.deleteAction(cafeId, actionId);
	}
}
