package org.newsgraph.discover.persons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.model.Found;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Names;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The surname rule: later mentions of a found person's surname alone ("Kurti" after "Albin Kurti") are that
 * person; so is a first word that starts one found name only ("said Kim" after "Kim Kyou-hyun": some names
 * put the family name first). Its mentions are aliases ({@link MatchType#ALIAS}); the review reads them as
 * found by this rule.
 *
 * <pre>{@code
 * Surnames.add(sentences, persons, mentionsBySentence, kinds);
 * }</pre>
 */
public final class Surnames {
    /** The rule's id. */
    public static final String NAME = "person-surname";

    private Surnames() {
    }

    /** Adds to {@code groups} (the mentions of each sentence) the later mentions of the surnames of {@code persons}. */
    public static void add(List<Sentence> sentences, Map<String, Found> persons, List<List<Mention>> groups,
            Function<String, Kind> kinds) {
        Map<String, String> bySurname = byWord(persons);
        if (bySurname.isEmpty()) {
            return;
        }
        for (int k = 0; k < sentences.size(); k++) {
            Sentence sentence = sentences.get(k);
            List<Mention> all = groups.get(k);
            SentenceView view = new SentenceView(sentence, all, kinds);
            for (int i = 0; i < view.size(); i++) {
                Token t = view.tokens().get(i);
                String id = bySurname.get(view.word(i));
                if (id != null && view.mentionAt(i) == null && t.isCapitalised()
                        && !(i > 0 && view.tokens().get(i - 1).isCapitalised() && view.tokens().get(i - 1).isWord())
                        && !(i + 1 < view.size() && view.tokens().get(i + 1).isCapitalised()
                        && view.tokens().get(i + 1).isWord())) {
                    all.add(new Mention(sentence.index(), t.start(), t.end(), t.text(), id, MatchType.ALIAS, NAME));
                }
            }
        }
    }

    /** The folded surnames, then the first words that start one name only, to the person's id. */
    private static Map<String, String> byWord(Map<String, Found> persons) {
        Map<String, String> bySurname = new LinkedHashMap<>();
        List<Entity> found = persons.values().stream().map(Found::entity).toList();
        for (Entity p : found) {
            List<Token> tokens = Names.tokens(p.label());
            if (tokens.size() >= 2) {
                bySurname.putIfAbsent(Names.fold(tokens.get(tokens.size() - 1).text()), p.id());
            }
        }
        Map<String, List<String>> byFirst = new LinkedHashMap<>();
        for (Entity p : found) {
            List<Token> tokens = Names.tokens(p.label());
            if (tokens.size() >= 2 && tokens.get(0).text().length() > 1) {
                byFirst.computeIfAbsent(Names.fold(tokens.get(0).text()), k -> new ArrayList<>()).add(p.id());
            }
        }
        byFirst.forEach((word, ids) -> {
            if (ids.size() == 1) {
                bySurname.putIfAbsent(word, ids.get(0));
            }
        });
        return bySurname;
    }
}
