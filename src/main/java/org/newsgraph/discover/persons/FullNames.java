package org.newsgraph.discover.persons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.Found;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Names;
import org.newsgraph.text.Sentence;

/**
 * The full name of a person found by a surname alone: "President Roe" in an article that also writes
 * "the incumbent Jane Roe" (where no cue made "Jane Roe" a name) is Jane Roe, when that one first name,
 * and no other, stands right before the surname in the article. The person takes the full name (and
 * keeps the surname as an alias); the words "Jane Roe" become a mention of it (rule
 * {@value #NAME}). Two first names before one surname ("Heydar Aliyev", "Ilham Aliyev") give none.
 *
 * <pre>{@code
 * FullNames.complete(sentences, persons, mentionsBySentence, kinds, reader);
 * }</pre>
 */
public final class FullNames {
    /** The rule's id. */
    public static final String NAME = "person-full-name";

    private FullNames() {
    }

    /** Gives each one-word person of {@code persons} its full name, when the article writes exactly one. */
    public static void complete(List<Sentence> sentences, Map<String, Found> persons, List<List<Mention>> groups,
            Function<String, Kind> kinds, NameReader reader) {
        Map<String, String> surnames = new LinkedHashMap<>();
        for (Found f : persons.values()) {
            String label = f.entity().label();
            if (!label.contains(" ") && label.length() > 2) {
                surnames.put(Names.fold(label), f.entity().id());
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        Map<String, Set<String>> firstNames = new LinkedHashMap<>();
        for (int k = 0; k < sentences.size(); k++) {
            SentenceView view = new SentenceView(sentences.get(k), groups.get(k), kinds);
            for (int i = 1; i < view.size(); i++) {
                String id = surnames.get(view.word(i));
                if (id != null && firstName(view, i, reader)) {
                    firstNames.computeIfAbsent(id, x -> new LinkedHashSet<>()).add(view.tokens().get(i - 1).text());
                }
            }
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        firstNames.forEach((id, firsts) -> {
            if (firsts.size() == 1) {
                Found old = persons.remove(id);
                String label = firsts.iterator().next() + " " + old.entity().label();
                String newId = Names.slug(label);
                persons.put(newId, new Found(new Entity(newId, Kind.PERSON, label, List.of(old.entity().label()),
                        List.of(), List.of(), null, null, null), old.rule(), old.confidence()));
                renamed.put(id, newId);
            }
        });
        if (renamed.isEmpty()) {
            return;
        }
        for (int k = 0; k < sentences.size(); k++) {
            List<Mention> group = groups.get(k);
            group.replaceAll(m -> renamed.containsKey(m.entityId()) ? m.as(renamed.get(m.entityId()), m.matchType()) : m);
            SentenceView view = new SentenceView(sentences.get(k), group, kinds);
            List<Mention> added = new ArrayList<>();
            for (int i = 1; i < view.size(); i++) {
                String id = surnames.get(view.word(i));
                if (id != null && renamed.containsKey(id) && firstName(view, i, reader)) {
                    Mention surname = view.mentionAt(i);
                    if (surname != null) {
                        group.remove(surname);   // the surname alone gives way to the full name
                    }
                    int start = view.startOf(i - 1);
                    int end = view.endBefore(i + 1);
                    added.add(new Mention(sentences.get(k).index(), start, end, view.text(i - 1, i + 1),
                            renamed.get(id), MatchType.LABEL, NAME));
                }
            }
            group.addAll(added);
        }
    }

    /**
     * Whether token {@code i}, the surname, stands alone after a name word no mention covers: "the incumbent Jane
     * Roe"; not after a second name word ("Abdel Fattah El-Sisi" is no two-word name) nor after an acronym
     * ("EG Justice").
     */
    private static boolean firstName(SentenceView view, int i, NameReader reader) {
        int first = i - 1;
        Mention surname = view.mentionAt(i);
        boolean alone = surname == null || view.firstToken(surname) == i && view.endToken(surname) == i + 1;
        return alone && view.mentionAt(first) == null && view.tokens().get(i).isCapitalised()
                && view.tokens().get(first).isWord() && view.tokens().get(first).isCapitalised()
                && reader.isNameWord(view, first, false) && !acronym(view.tokens().get(first).text())
                && !(first > 0 && view.tokens().get(first - 1).isWord() && view.tokens().get(first - 1).isCapitalised()
                        && view.mentionAt(first - 1) == null)
                && !(i + 1 < view.size() && view.tokens().get(i + 1).isWord() && view.tokens().get(i + 1).isCapitalised());
    }

    /** An all-capital word of two letters or more ("EG", "UN"): an acronym, no first name. */
    private static boolean acronym(String word) {
        return word.length() > 1 && word.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c));
    }
}
