package org.convene.knowledge.internal;

import org.convene.knowledge.Practices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start: when the search index holds fewer or more practices than the database (a new data directory, a restore,
 * an index deleted to rebuild it), every practice is indexed again before the pages are used.
 */
@Component
@Order(0)
class PracticeIndexing implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PracticeIndexing.class);

	private final Practices practices;

	PracticeIndexing(Practices practices) {
		this.practices = practices;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		if (practices.indexBehind()) {
			long started = System.nanoTime();
			practices.reindex();
			log.info("Search index of practices rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
	}
}
