package org.newsgraph.lexicon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.io.CsvRow;

/**
 * The small words inside names ({@code data/rules/name-particles.csv}): those a person's name may hold
 * ("Ursula von der Leyen", "Fayez al-Sarraj"), matched in any case, and those the name of a place or an
 * organisation may hold before its head ("Bab al-Hawa border crossing", "al-Shabab"), matched in lower case
 * only. One list, each particle with where it may stand.
 *
 * <pre>{@code
 * NameParticles particles = NameParticles.of(lexicon);
 * particles.inPersons().contains("von");   // true
 * particles.inShapes().contains("ash");    // true
 * }</pre>
 *
 * @param inPersons the lower-case particles of people's names
 * @param inShapes  the lower-case particles of places' and organisations' names
 */
public record NameParticles(Set<String> inPersons, Set<String> inShapes) {
    /** The rule file. */
    public static final String FILE = "name-particles.csv";

    public NameParticles {
        inPersons = Set.copyOf(inPersons);
        inShapes = Set.copyOf(inShapes);
    }

    /** The particles of the rules folder of {@code lexicon}. */
    public static NameParticles of(Lexicon lexicon) {
        Set<String> persons = new LinkedHashSet<>();
        Set<String> shapes = new LinkedHashSet<>();
        for (CsvRow r : lexicon.files().rows(FILE, List.of("word", "in"))) {
            String word = r.required("word");
            if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                throw r.error("particle \"" + word + "\" must be written in lower case: "
                        + word.toLowerCase(Locale.ROOT));
            }
            switch (r.required("in")) {
                case "person" -> persons.add(word);
                case "shape" -> shapes.add(word);
                case "both" -> {
                    persons.add(word);
                    shapes.add(word);
                }
                default -> throw r.error("in must be person, shape or both, found \"" + r.get("in") + "\"");
            }
        }
        return new NameParticles(persons, shapes);
    }
}
