package org.newsgraph.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ConfigurationException;
import org.newsgraph.InputException;
import org.newsgraph.Locations;

/** Credentials from the environment and from a file, and what is never shown. */
class CredentialsTest {
    @TempDir
    Path tmp;

    @Test
    void environmentGivesBothOrNeither() {
        assertEquals(Optional.empty(), Credentials.fromEnvironment(Map.of()));
        assertEquals(Optional.of(new Credentials("me", "pw")), Credentials.fromEnvironment(
                Map.of(Credentials.USER_VARIABLE, "me", Credentials.PASSWORD_VARIABLE, "pw")));
        ConfigurationException half = assertThrows(ConfigurationException.class,
                () -> Credentials.fromEnvironment(Map.of(Credentials.USER_VARIABLE, "me")));
        assertTrue(half.getMessage().contains(Credentials.PASSWORD_VARIABLE + " is not set"), half.getMessage());
    }

    @Test
    void fileHoldsOneLineSplitAtTheFirstColon() throws Exception {
        Path file = tmp.resolve("c");
        Files.writeString(file, "# comment\n\n  me:pa:ss word  \n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Credentials c = Credentials.fromFile(file);
        assertEquals(new Credentials("me", "pa:ss word"), c);
        assertEquals("Basic bWU6cGE6c3Mgd29yZA==", c.authorization());
        Files.writeString(file, "no colon here\n");
        InputException e = assertThrows(InputException.class, () -> Credentials.fromFile(file));
        assertTrue(e.getMessage().contains("expected one line user:password"), e.getMessage());
        assertThrows(InputException.class, () -> Credentials.fromFile(tmp.resolve("missing")));
    }

    @Test
    void aFileOthersCanReadIsRefusedLikeSshRefusesSuchAKey() throws Exception {
        Path file = tmp.resolve("c");
        Files.writeString(file, "me:pw\n");
        for (String open : List.of("rw-r--r--", "rw-rw----", "rw----r--", "rw-----w-")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(open));
            InputException e = assertThrows(InputException.class, () -> Credentials.fromFile(file), open);
            assertTrue(e.getMessage().contains(open) && e.getMessage().contains("chmod 600 ")
                    && e.getMessage().contains(Locations.describe(file)), e.getMessage());
            assertFalse(e.getMessage().contains("pw"), e.getMessage());
        }
        for (String closed : List.of("rw-------", "r--------")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(closed));
            assertEquals(new Credentials("me", "pw"), Credentials.fromFile(file), closed);
        }
    }

    @Test
    void thePasswordIsNeverShown() {
        assertFalse(new Credentials("me", "secret").toString().contains("secret"));
    }
}
