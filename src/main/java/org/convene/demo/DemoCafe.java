package org.convene.demo;

import java.time.LocalDate;
import java.util.List;

import org.convene.cafe.Cafe;
import org.convene.cafe.CafeHarvest;
import org.convene.cafe.CafePerson;
import org.convene.cafe.CafePlanning;
import org.convene.cafe.Cafes;
import org.convene.cafe.Note;
import org.convene.events.Event;
import org.convene.events.Events;
import org.convene.events.Objective;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's World Café: the 2022 Islamabad roundtable's three rounds (past, present, future) at three
 * hosted tables, a planned rotation, the hosts' notes (synthetic, written for the demo), dots from
 * participants, and two action items. The café is over, so its harvest and seat cards can be shown.
 */
@Component
@Profile("demo")
@Order(3)
class DemoCafe implements ApplicationRunner {

	private final Events events;
	private final Cafes cafes;
	private final CafePlanning planning;
	private final CafeHarvest harvest;

	DemoCafe(Events events, Cafes cafes, CafePlanning planning, CafeHarvest harvest) {
		this.events = events;
		this.cafes = cafes;
		this.planning = planning;
		this.harvest = harvest;
	}

	@Override
	public void run(ApplicationArguments args) {
		events.listVisible(true).stream()
			.filter(e -> e.getTitle().equals(DemoCommunity.ISLAMABAD))
			.findFirst()
			.filter(e -> cafes.forEvent(e.getId()).isEmpty())
			.ifPresent(this::roundtable);
	}

	private void roundtable(Event event) {
		Cafe cafe = cafes.create(event.getId(), null, "Champions roundtable — World Café",
				List.of("The past: what has worked, and what has not, in countering trafficking and smuggling?",
						"The present: which ideas from the other tables connect with yours?",
						"The future: what should the champions do next, together?"));
		List<CafePerson> people = cafes.people(cafe.id());
		cafes.saveTables(cafe.id(), List.of(new Cafes.TableForm(null, "1", 5, people.get(0).id()),
				new Cafes.TableForm(null, "2", 5, people.get(1).id()),
				new Cafes.TableForm(null, "3", 5, people.get(2).id())));
		planning.planNow(cafe.id(), 2, 20_000);
		String[][][] notes = {
				{ { "WORKS", "Joint trainings of police and prosecutors built trust across agencies", "CAPACITY_BUILDING" },
						{ "DOES_NOT_WORK", "Referral of victims stalls when shelters are full", "PROTECTION_OF_VICTIMS" } },
				{ { "WORKS", "Informal contacts with counterparts abroad speed up requests", "REGIONAL_COOPERATION" },
						{ "QUESTION", "How can provinces share case data without exposing victims?", "STRATEGY_AND_POLICY" } },
				{ { "IDEA", "A standing group of champions meeting every quarter", "REGIONAL_COOPERATION" },
						{ "IDEA", "Short guidance on the new smuggling law for district prosecutors", "LEGISLATIVE_ASSISTANCE" } } };
		for (int round = 1; round <= 3; round++) {
			cafes.moveTo(cafe.id(), round);
			for (int table = 0; table < 3; table++) {
				String[] note = notes[round - 1][(table + round) % 2];
				harvest.addNote(people.get(table).key(), note[1] + " (table " + (table + 1) + ")", Note.Tag.valueOf(note[0]),
						Objective.valueOf(note[2]), false);
			}
		}
		cafes.moveTo(cafe.id(), 4);
		cafes.setVoting(cafe.id(), true);
		List<Note> written = harvest.notes(cafe.id());
		for (int i = 3; i < people.size(); i++) {
			harvest.setDot(people.get(i).key(), written.get(written.size() - 1 - i % 3).id(), true);
			harvest.setDot(people.get(i).key(), written.get(i % written.size()).id(), true);
		}
		cafes.setVoting(cafe.id(), false);
		List<Note> top = harvest.notes(cafe.id()).stream()
			.sorted((a, b) -> Integer.compare(b.dots(), a.dots()))
			.limit(2)
			.toList();
		for (Note note : top) {
			harvest.cluster(cafe.id(), note.id(), "Champions' network");
			harvest.addAction(cafe.id(), note.id(), null, "GLO.ACT Pakistan", LocalDate.of(2022, 11, 30));
		}
	}
}
