package org.convene.knowledge.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.convene.knowledge.Practices;
import org.convene.platform.cluster.Fanout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's search index in step with the database: on start, when the index holds a different number of
 * practices than the database (a new data directory, a restore, an index deleted to rebuild it, a new node), or was
 * built with other fields (an older version), every practice is indexed again; while running, a practice another node changed is indexed here when that node says so
 * (the fan-out), and everything again after the link to the other nodes was lost.
 */
@Component
@Order(0)
class PracticeIndexing implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PracticeIndexing.class);

	/**
	 * What the index's fields are made of; raised whenever {@link PracticeBinder} changes them, so that an index built
	 * before is built again at start (2: the text fields keep their text for highlighting).
	 */
	static final String SCHEMA = "2";

	private final Practices practices;
	private final Path mark;

	PracticeIndexing(Practices practices, Fanout fanout, @Value("${convene.index-dir}") String indexDir) {
		this.practices = practices;
		this.mark = Path.of(indexDir, "practices.schema");
		fanout.listen("convene_knowledge", new Fanout.Listener() {

			@Override
			public void received(String message) {
				practices.reindexOne(Long.parseLong(message));
			}

			@Override
			public void missed() {
				rebuild();
			}
		});
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		boolean stale = !Files.exists(mark) || !SCHEMA.equals(Files.readString(mark).strip());
		if (stale || practices.indexBehind()) {
			rebuild();
			Files.createDirectories(mark.getParent());
			Files.writeString(mark, SCHEMA);
		}
	}

	private void rebuild() {
		long started = System.nanoTime();
		try {
			practices.reindex();
			log.info("Search index of practices rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
