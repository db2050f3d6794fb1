package org.convene.platform.cluster;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which {@link Fanout} this node uses: {@code convene.fanout} = {@code auto} (the default: PostgreSQL's when the
 * database is PostgreSQL, none on the embedded database, which only one node can open), {@code postgres} or
 * {@code none}.
 */
@Configuration(proxyBeanMethods = false)
class FanoutConfig {

	@Bean
	Fanout fanout(@Value("${convene.fanout:auto}") String kind, @Value("${spring.datasource.url}") String url,
			@Value("${spring.datasource.username:}") String user, @Value("${spring.datasource.password:}") String password,
			JdbcTemplate jdbc) {
		boolean postgres = url.startsWith("jdbc:postgresql:");
		return switch (kind) {
			case "none" -> new LocalFanout();
			case "postgres" -> {
				if (!postgres) {
					throw new IllegalStateException("convene.fanout=postgres needs a PostgreSQL database");
				}
				yield new PostgresFanout(jdbc, url, user, password);
			}
			case "auto" -> postgres ? new PostgresFanout(jdbc, url, user, password) : new LocalFanout();
			default -> throw new IllegalStateException("convene.fanout is auto, postgres or none, not " + kind);
		};
	}
}
