package com.emeraldokr.host;

import java.nio.file.Path;
import java.util.Map;

/**
 * How the host is started. Each option is a flag or an environment variable; a flag wins.
 * Without a database URL the host uses an H2 file database in the data directory.
 */
public record HostOptions(int port, Path dataDir, String dbUrl, String dbUser, String dbPassword, boolean seedDemo,
                          String bind) {

    /** Options for a host that seeds the demo company into an empty database. */
    public HostOptions(int port, Path dataDir, String dbUrl, String dbUser, String dbPassword) {
        this(port, dataDir, dbUrl, dbUser, dbPassword, true);
    }

    /** Options for a host that listens on the loopback interface only. */
    public HostOptions(int port, Path dataDir, String dbUrl, String dbUser, String dbPassword, boolean seedDemo) {
        this(port, dataDir, dbUrl, dbUser, dbPassword, seedDemo, DEFAULT_BIND);
    }

    public static final int DEFAULT_PORT = 2990;
    /** Loopback only: the demo users' passwords are public, so the host is not reachable from the network unless asked. */
    public static final String DEFAULT_BIND = "127.0.0.1";
    static final String USAGE = """
            usage: emerald-host [--port N] [--bind ADDRESS] [--data-dir DIR] [--db-url JDBC-URL --db-user USER --db-password PASSWORD]
              --port         HTTP port (env EMERALD_PORT, default 2990; 0 picks a free port)
              --bind         address to listen on (env EMERALD_BIND, default 127.0.0.1; 0.0.0.0 for every interface)
              --data-dir     where the H2 database lives (env EMERALD_DATA_DIR, default ./emerald-data)
              --db-url       JDBC URL of a PostgreSQL or H2 database instead (env EMERALD_DB_URL)
              --db-user      database user (env EMERALD_DB_USER)
              --db-password  database password (env EMERALD_DB_PASSWORD)
              --demo         true or false: seed the demo company into an empty database (env EMERALD_DEMO, default true)""";

    /** Thrown for a command line the host cannot use; the message says what is wrong. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message.isEmpty() ? USAGE : message + "\n" + USAGE);
        }
    }

    public static HostOptions parse(String[] args, Map<String, String> env) {
        String port = env.get("EMERALD_PORT");
        String dataDir = env.getOrDefault("EMERALD_DATA_DIR", "emerald-data");
        String dbUrl = env.get("EMERALD_DB_URL");
        String dbUser = env.get("EMERALD_DB_USER");
        String dbPassword = env.get("EMERALD_DB_PASSWORD");
        String demo = env.getOrDefault("EMERALD_DEMO", "true");
        String bind = env.getOrDefault("EMERALD_BIND", DEFAULT_BIND);
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                throw new UsageException("");
            }
            if (i + 1 >= args.length) {
                throw new UsageException("missing value after " + flag);
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> port = value;
                case "--data-dir" -> dataDir = value;
                case "--db-url" -> dbUrl = value;
                case "--db-user" -> dbUser = value;
                case "--db-password" -> dbPassword = value;
                case "--demo" -> demo = value;
                case "--bind" -> bind = value;
                default -> throw new UsageException("unknown option " + flag);
            }
        }
        return new HostOptions(parsePort(port), Path.of(dataDir).toAbsolutePath().normalize(),
                blankToNull(dbUrl), blankToNull(dbUser), dbPassword == null ? "" : dbPassword, parseBoolean("demo", demo),
                parseBind(bind));
    }

    private static int parsePort(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("port must be a number from 0 to 65535, got " + value);
    }

    /** An IP address or a host name; only its syntax is checked here, the connector resolves it at start. */
    private static String parseBind(String value) {
        String bind = value == null ? "" : value.strip();
        if (bind.isEmpty() || !bind.matches("[A-Za-z0-9.:\\-\\[\\]%]+")) {
            throw new UsageException("bind must be an IP address or host name, got " + value);
        }
        return bind;
    }

    private static boolean parseBoolean(String option, String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new UsageException(option + " must be true or false, got " + value);
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The JDBC URL to use: the given one, or the H2 file database in the data directory. */
    public String jdbcUrl() {
        return dbUrl != null ? dbUrl : "jdbc:h2:file:" + dataDir.resolve("emerald") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    public String jdbcUser() {
        return dbUrl != null && dbUser != null ? dbUser : (dbUrl == null ? "sa" : "");
    }
}
