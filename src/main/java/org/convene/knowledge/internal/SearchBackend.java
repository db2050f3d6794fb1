package org.convene.knowledge.internal;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Where practices are indexed: the embedded Lucene index in the data directory (the default, set in
 * application.properties), or an OpenSearch cluster when {@code CONVENE_OPENSEARCH_URIS} names one — the same
 * mapping, the same analyser names ({@link PracticeAnalysisOpenSearch}), the same queries. With OpenSearch a change
 * is searchable before the request that made it returns (read-sync), as with the embedded index.
 */
@Component
class SearchBackend implements HibernatePropertiesCustomizer {

	private static final Logger log = LoggerFactory.getLogger(SearchBackend.class);
	private static final String BACKEND = "hibernate.search.backend.";

	private final String uris;
	private final String username;
	private final String password;

	SearchBackend(@Value("${convene.opensearch.uris:}") String uris,
			@Value("${convene.opensearch.username:}") String username,
			@Value("${convene.opensearch.password:}") String password) {
		this.uris = uris.strip();
		this.username = username.strip();
		this.password = password;
	}

	@Override
	public void customize(Map<String, Object> properties) {
		if (uris.isEmpty()) {
			return;
		}
		properties.put(BACKEND + "type", "elasticsearch");
		// the embedded index's settings stay in the configuration (Spring adds them after this): not an error here
		properties.put("hibernate.search.configuration_property_checking.strategy", "ignore");
		properties.put(BACKEND + "uris", uris);
		properties.put(BACKEND + "analysis.configurer", "class:" + PracticeAnalysisOpenSearch.class.getName());
		if (!username.isEmpty()) {
			properties.put(BACKEND + "username", username);
			properties.put(BACKEND + "password", password);
		}
		properties.put("hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
		log.info("Practices are indexed in OpenSearch at {}", uris);
	}
}
