package org.convene.interact;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the quiz reveal costs the server: every phone asks for its standing at once. Builds a room with one quiz
 * question answered by N players and times N calls of {@link Room#standing} (N = 10,000 unless given).
 *
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.convene.interact.StandingBench</pre>
 * (exec:java needs the plugin online once; or run the class with the test classpath, as BigEventMemory shows.)
 */
public final class StandingBench {

	private StandingBench() {
	}

	public static void main(String[] args) {
		int players = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		Activity quiz = new Activity(1L, 0, ActivityType.QUIZ);
		Room room = new Room(new Deck("Bench", "en", null, null, "BENCH1"), List.of(quiz));
		Room.LiveActivity live = room.activities().getFirst();
		for (int i = 0; i < players; i++) {
			String token = "player-" + i;
			live.answers.put(token, new Response(i, 0, token, 0, "0", 1000 + i, i % 7 == 0 ? 0 : 500 + i % 500, false,
					Response.Status.SHOWN, Set.of(), Instant.now()));
		}
		for (int round = 0; round < 3; round++) {
			long start = System.nanoTime();
			int ranked = 0;
			for (int i = 0; i < players; i++) {
				ranked += room.standing("player-" + i).rank() > 0 ? 1 : 0;
			}
			System.out.printf("StandingBench: %,d players asked for their standing in %,d ms (%d answered)%n", players,
					(System.nanoTime() - start) / 1_000_000, ranked);
		}
	}
}
