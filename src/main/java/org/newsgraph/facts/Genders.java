package org.newsgraph.facts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.io.CsvRow;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * Who "she" and "he" can be, from the words an article writes right before a person's name
 * ({@code gender-cues.csv}: "Ms. Roque", "spokeswoman Jane Roe", "Mr. Doe"). One per article. A pronoun
 * after a person the article marked with the other gender is the person named last who is not so marked;
 * "she" after a person the article did not mark, once it marked a woman, is the woman it marked last. An
 * article that marks nobody reads both as the person who spoke or acted last, as before.
 *
 * <pre>{@code
 * genders.saw(view);                                   // each sentence, in order
 * String who = genders.resolve("she", lastPerson);     // the last woman named, or lastPerson
 * }</pre>
 */
final class Genders {
    private static final char FEMALE = 'f';
    private static final char MALE = 'm';

    private final Map<String, Character> cues = new HashMap<>();
    private final Map<String, Character> known = new HashMap<>();
    private String lastFemale;
    private String lastMale;
    /** The persons named, the last one last (each once). */
    private final java.util.LinkedHashSet<String> named = new java.util.LinkedHashSet<>();

    Genders(Lexicon lexicon) {
        for (CsvRow r : lexicon.files().rows("gender-cues.csv", java.util.List.of("word", "gender"))) {
            cues.put(r.required("word").toLowerCase(Locale.ROOT), r.required("gender").equals("female") ? FEMALE : MALE);
        }
    }

    /** Notes the persons of {@code view} marked by a word right before their name ("Ms.", "spokeswoman"). */
    void saw(SentenceView view) {
        for (Mention m : view.mentions()) {
            if (view.kind(m) != Kind.PERSON) {
                continue;
            }
            int k = view.firstToken(m) - 1;
            if (k >= 0 && view.word(k).equals(".")) {
                k--;   // "Ms. Roque"
            }
            Character gender = k >= 0 ? cues.get(view.word(k)) : null;
            if (gender != null) {
                known.putIfAbsent(m.entityId(), gender);
            }
            seen(m.entityId());
            named.remove(m.entityId());
            named.add(m.entityId());
        }
    }

    /** Records that {@code person} was named or spoke: the last woman or man named, when the article marked which. */
    void seen(String person) {
        Character gender = known.get(person);
        if (gender != null && gender == FEMALE) {
            lastFemale = person;
        } else if (gender != null) {
            lastMale = person;
        }
    }

    /**
     * Whom {@code pronoun} ("she", "he") stands for, given the person who spoke or acted last: that person,
     * unless the article marked them with the other gender (then the person named last who is not), or
     * "she" follows a person it did not mark while it marked a woman before (then that woman).
     */
    String resolve(String pronoun, String lastPerson) {
        if (lastPerson == null) {
            return null;
        }
        if (other(pronoun, lastPerson)) {
            String fitting = null;
            for (String person : named) {
                if (!other(pronoun, person)) {
                    fitting = person;
                }
            }
            return fitting != null ? fitting : lastPerson;
        }
        if (pronoun.equals("she") && lastFemale != null && !known.containsKey(lastPerson)) {
            return lastFemale;
        }
        return lastPerson;
    }

    /** Whether {@code person} is marked with the other gender than {@code pronoun}'s. */
    boolean other(String pronoun, String person) {
        Character gender = known.get(person);
        return gender != null && (pronoun.equals("she") ? gender == MALE : pronoun.equals("he") && gender == FEMALE);
    }
}
