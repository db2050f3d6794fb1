package org.convene.storage;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The repository contract, with every migration and the demo community, on a real PostgreSQL
 * (embedded, no server needed).
 */
@SpringBootTest
@ActiveProfiles({ "demo", "test" })
class PostgresRepositoryTest extends RepositoryContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", EmbeddedPostgresDatabase::jdbcUrl);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

	@Override
	String expectedDatabase() {
		return "PostgreSQL";
	}
}
