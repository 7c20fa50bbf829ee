package com.emeraldokr.host.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.RawEntity;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

import javax.sql.DataSource;

import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The host's database: a connection pool, the AO database provider for H2 or PostgreSQL, and an
 * entity manager that names tables and columns the way Jira's Active Objects does.
 */
public final class HostDatabase implements AutoCloseable {

    private final HikariDataSource pool;
    private final DatabaseProvider provider;
    private final EntityManager entityManager;
    private final AtlassianTablePrefix prefix;

    public HostDatabase(String jdbcUrl, String user, String password) {
        this(jdbcUrl, user, password, UnaryOperator.identity());
    }

    /**
     * A database whose pool is reached through {@code around}: benchmarks and tests wrap it to count the
     * statements a read runs.
     */
    public HostDatabase(String jdbcUrl, String user, String password, UnaryOperator<DataSource> around) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("emerald-host");
        this.pool = new HikariDataSource(config);
        DisposableDataSource dataSource = DelegatingDisposableDataSourceHandler.newInstance(around.apply(pool), pool::close);
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            // H2 2.x needs the schema named explicitly, or AO cannot find its own tables
            this.provider = new H2DatabaseProvider(dataSource, "PUBLIC");
        } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            this.provider = new PostgreSQLDatabaseProvider(dataSource, "public");
        } else {
            pool.close();
            throw new IllegalArgumentException("the host supports H2 and PostgreSQL JDBC URLs, not " + jdbcUrl);
        }
        this.prefix = new AtlassianTablePrefix(AtlassianTablePrefix.EMERALD_NAMESPACE);
        this.entityManager = new EntityManager(provider, new AtlassianConventions(prefix));
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** The connection pool itself, for statements outside Active Objects' transactions. */
    public javax.sql.DataSource dataSource() {
        return pool;
    }

    /** For tests that count statements with {@link DatabaseProvider#addSqlListener}. */
    public DatabaseProvider provider() {
        return provider;
    }

    public AtlassianTablePrefix tablePrefix() {
        return prefix;
    }

    public void migrate(List<Class<? extends RawEntity<?>>> entities) {
        try {
            @SuppressWarnings("unchecked")
            Class<? extends RawEntity<?>>[] array = entities.toArray(new Class[0]);
            entityManager.migrate(array);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create or update Emerald's tables: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        provider.dispose();
    }

    /** Table, column, index and sequence names as the Atlassian AO plugin makes them. */
    private static final class AtlassianConventions implements EntityManagerConfiguration {
        private final NameConverters nameConverters;
        private final EntityInfoResolverFactory entityInfo = new CachingEntityInfoResolverFactory();

        AtlassianConventions(AtlassianTablePrefix prefix) {
            this.nameConverters = new SimpleNameConverters(new AtlassianTableNameConverter(prefix),
                    new AtlassianFieldNameConverter(), new AtlassianSequenceNameConverter(),
                    new AtlassianTriggerNameConverter(), new AtlassianIndexNameConverter(),
                    new AtlassianUniqueNameConverter());
        }

        @Override
        public boolean useWeakCache() {
            return true;
        }

        @Override
        public NameConverters getNameConverters() {
            return nameConverters;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return new DefaultSchemaConfiguration();
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return entityInfo;
        }
    }
}
