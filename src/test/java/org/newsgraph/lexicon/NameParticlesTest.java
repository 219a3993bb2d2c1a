package org.newsgraph.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.DataRules;
import org.newsgraph.InputException;

/**
 * Tests {@link NameParticles}: the one list of particles ({@code data/rules/name-particles.csv}) says where
 * each may stand, in a person's name, in a place's or an organisation's, or both, and refuses a particle
 * written with capitals.
 */
class NameParticlesTest {
    private static final NameParticles PARTICLES = NameParticles.of(Lexicon.load(Path.of("data/rules")));

    @Test
    void vonStandsInAPersonsNameOnly() {
        assertTrue(PARTICLES.inPersons().contains("von"));
        assertFalse(PARTICLES.inShapes().contains("von"));
    }

    @Test
    void ashStandsInAPlacesNameOnly() {
        assertTrue(PARTICLES.inShapes().contains("ash"));
        assertFalse(PARTICLES.inPersons().contains("ash"));
    }

    @Test
    void alStandsInBoth() {
        assertTrue(PARTICLES.inPersons().contains("al"));
        assertTrue(PARTICLES.inShapes().contains("al"));
    }

    @Test
    void aParticleWithCapitalsFailsNamingTheFile(@TempDir Path rules) throws IOException {
        DataRules.copyTo(rules);
        Files.writeString(rules.resolve(NameParticles.FILE), "Van,person\n", StandardOpenOption.APPEND);
        Lexicon lexicon = Lexicon.load(rules);
        InputException e = assertThrows(InputException.class, () -> NameParticles.of(lexicon));
        assertTrue(e.getMessage().contains(NameParticles.FILE) && e.getMessage().contains("lower case"), e.getMessage());
    }
}
