package org.newsgraph.push;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.ConfigurationException;
import org.newsgraph.InputException;
import org.newsgraph.Locations;
import org.newsgraph.io.TextFiles;

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

    /**
     * The credentials in {@code file}: its first line that is neither blank nor a {@code #} comment,
     * {@code user:password}. As ssh refuses a private key that others can read, a file that the
     * group or other users may read or write is refused (on file systems with POSIX permissions).
     */
    public static Credentials fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, "credentials file not found; create it with one line user:password "
                    + "(readable only by you: chmod 600)");
        }
        requirePrivate(file);
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

    private static void requirePrivate(Path file) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return; // no POSIX permissions (Windows): the folder's access control decides
        } catch (IOException e) {
            throw new InputException(file, "cannot read the permissions of the credentials file (" + e.getMessage() + ")",
                    e);
        }
        Set<PosixFilePermission> open = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
        open.retainAll(permissions);
        if (!open.isEmpty()) {
            boolean others = open.contains(PosixFilePermission.OTHERS_READ) || open.contains(PosixFilePermission.OTHERS_WRITE);
            throw new InputException(file, "permissions " + PosixFilePermissions.toString(permissions)
                    + " are too open: " + (others ? "other users" : "the file's group")
                    + " may read or change the password; make it private with chmod 600 " + Locations.describe(file)
                    + " (or give the login in " + USER_VARIABLE + " and " + PASSWORD_VARIABLE + ")");
        }
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
