package org.newsgraph.push;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.ConfigurationException;
import org.newsgraph.InputException;
import org.newsgraph.text.TextFiles;

/**
 * A user name and password for HTTP basic authentication, read from the environment or from a
 * file, never from the command line (where they would stay in the shell history and show in the
 * process list). {@link #toString()} leaves the password out.
 *
 * <pre>{@code
 * Optional<Credentials> c = Credentials.fromEnvironment(System.getenv());   // NEWSGRAPH_PUSH_USER, _PASSWORD
 * Credentials f = Credentials.fromFile(Path.of("push.credentials"));          // one line: user:password
 * }</pre>
 *
 * @param user     the user name, not empty and without {@code :}
 * @param password the password, not empty
 */
public record Credentials(String user, String password) {
    /** The environment variable holding the user name. */
    public static final String USER_VARIABLE = "NEWSGRAPH_PUSH_USER";
    /** The environment variable holding the password. */
    public static final String PASSWORD_VARIABLE = "NEWSGRAPH_PUSH_PASSWORD";
    /** How to give credentials, for messages. */
    public static final String HOW = "set " + USER_VARIABLE + " and " + PASSWORD_VARIABLE
            + ", or give --credentials-file FILE holding one line user:password";

    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isEmpty() || user.contains(":") || password.isEmpty()) {
            throw new IllegalArgumentException("a user name without ':' and a password are required");
        }
    }

    /** The credentials in {@code env}, if both variables are set; only one of them is an error. */
    public static Optional<Credentials> fromEnvironment(Map<String, String> env) {
        String user = env.get(USER_VARIABLE);
        String password = env.get(PASSWORD_VARIABLE);
        boolean hasUser = user != null && !user.isEmpty();
        boolean hasPassword = password != null && !password.isEmpty();
        if (!hasUser && !hasPassword) {
            return Optional.empty();
        }
        if (!hasUser || !hasPassword) {
            throw new ConfigurationException((hasUser ? PASSWORD_VARIABLE : USER_VARIABLE) + " is not set but "
                    + (hasUser ? USER_VARIABLE : PASSWORD_VARIABLE) + " is; set both, or neither to push without a login");
        }
        if (user.contains(":")) {
            throw new ConfigurationException(USER_VARIABLE + ": a user name cannot contain ':' in basic authentication; "
                    + "use the user name the server knows");
        }
        return Optional.of(new Credentials(user, password));
    }

    /** The credentials in {@code file}: its first line that is neither blank nor a {@code #} comment, {@code user:password}. */
    public static Credentials fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "credentials file not found; create it with one line user:password "
                    + "(readable only by you: chmod 600)");
        }
        String line = TextFiles.readUtf8(file).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst()
                .orElseThrow(() -> new InputException(file, "no credentials in the file; write one line user:password"));
        int colon = line.indexOf(':');
        if (colon <= 0 || colon == line.length() - 1) {
            throw new InputException(file, "expected one line user:password (the user name before the first ':'), "
                    + "found a line " + (colon < 0 ? "without ':'" : "with an empty user name or password"));
        }
        return new Credentials(line.substring(0, colon), line.substring(colon + 1));
    }

    /** The value of the {@code Authorization} header. */
    public String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=(hidden)]";
    }
}
