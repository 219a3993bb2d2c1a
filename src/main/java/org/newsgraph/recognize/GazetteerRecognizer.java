package org.newsgraph.recognize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.io.CsvRow;
import org.newsgraph.io.CsvTable;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Names;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Recognises gazetteer names in a sentence with a token trie built once from every label,
 * alias, demonym and metonym: one left-to-right pass, the longest name wins, a name never matches
 * inside another word. Letter case is checked per name: a short acronym ("UN", "U.S.", "CSTO")
 * only matches as written, any other name matches where its capitalised words are capitalised
 * ("Turkey", "TURKEY", not "turkey"). Where one span is both a place's name and a country's
 * government metonym ("Baku"), {@link GovernmentCues} in the context decide.
 *
 * <pre>{@code
 * Recognizer recognizer = new GazetteerRecognizer(gazetteer, GovernmentCues.load(cuesFile));
 * List<Mention> mentions = recognizer.recognize(sentence);
 * }</pre>
 */
public final class GazetteerRecognizer implements Recognizer {
    /** Longest all-capitals name still treated as an acronym that must match its case exactly. */
    private static final int ACRONYM_LETTERS = 6;
    private static final Comparator<Candidate> PREFERENCE = Comparator
            .comparing((Candidate c) -> c.type)
            .thenComparing(c -> c.entityId);

    private final Node root = new Node();
    private final GovernmentCues cues;
    /** The first names of people (folded), from labels and aliases of two words or more: for "Antony J. Blinken". */
    private final Map<String, Set<String>> firstNames = new HashMap<>();

    public GazetteerRecognizer(Gazetteer gazetteer, GovernmentCues cues) {
        this(gazetteer, cues, Map.of());
    }

    /**
     * A recogniser that also finds the other spelling of a short form inside a longer name:
     * {@code spellings} maps "UN" to "U.N." (and the reverse is implied), so "UN Support Mission in
     * Libya" also finds "U.N. Support Mission in Libya".
     */
    public GazetteerRecognizer(Gazetteer gazetteer, GovernmentCues cues, Map<String, String> spellings) {
        this.cues = cues;
        Map<String, String> both = new HashMap<>(spellings);
        spellings.forEach((shortForm, dotted) -> both.put(dotted, shortForm));
        for (Entity e : gazetteer.entities()) {
            for (String label : spelt(e.label(), both)) {
                add(label, e, MatchType.LABEL);
            }
            e.aliases().forEach(a -> spelt(a, both).forEach(v -> add(v, e, MatchType.ALIAS)));
            e.demonyms().forEach(d -> add(d, e, MatchType.DEMONYM));
            e.metonyms().forEach(m -> add(m, e, MatchType.METONYM));
            if (e.kind() == Kind.PERSON) {
                for (String name : concat(e.label(), e.aliases())) {
                    List<Token> words = Names.tokens(name);
                    if (words.size() > 1) {
                        firstNames.computeIfAbsent(e.id(), k -> new HashSet<>()).add(Names.fold(words.get(0).text()));
                    }
                }
            }
        }
    }

    private static List<String> concat(String label, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases);
        all.add(0, label);
        return all;
    }

    /** The name, and for a name of several words, the name with its short forms spelt the other way. */
    private static List<String> spelt(String name, Map<String, String> spellings) {
        if (spellings.isEmpty() || !name.contains(" ")) {
            return List.of(name);
        }
        String[] words = name.split(" ", -1);
        boolean changed = false;
        for (int k = 0; k < words.length; k++) {
            String other = spellings.get(words[k]);
            if (other != null) {
                words[k] = other;
                changed = true;
            }
        }
        return changed ? List.of(name, String.join(" ", words)) : List.of(name);
    }

    /** The spellings file: short form → dotted form ("UN" → "U.N."). */
    public static Map<String, String> spellings(Path file) {
        Map<String, String> spellings = new HashMap<>();
        for (CsvRow row : CsvTable.read(file, List.of("short", "dotted"), List.of())) {
            spellings.put(row.required("short"), row.required("dotted"));
        }
        return Map.copyOf(spellings);
    }

    private void add(String name, Entity entity, MatchType type) {
        List<Token> tokens = Names.tokens(name);
        Node node = root;
        for (Token t : tokens) {
            node = node.children.computeIfAbsent(Names.fold(t.text()), k -> new Node());
        }
        node.candidates.add(new Candidate(entity.id(), type, tokens, isAcronym(name)));
    }

    private static boolean isAcronym(String name) {
        long letters = name.codePoints().filter(Character::isLetter).count();
        return letters <= ACRONYM_LETTERS && name.codePoints().noneMatch(Character::isLowerCase)
                && name.codePoints().noneMatch(Character::isWhitespace);
    }

    @Override
    public List<Mention> recognize(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match match = longestAt(tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            Candidate chosen = choose(match.candidates, tokens, i, match.lastToken);
            int from = withFirstName(chosen.entityId, tokens, i, mentions.isEmpty() ? 0
                    : mentions.get(mentions.size() - 1).end());
            Token first = tokens.get(from);
            Token last = tokens.get(match.lastToken);
            mentions.add(Mention.known(sentence.index(), first.start(), last.end(),
                    sentence.text().substring(first.start() - sentence.start(), last.end() - sentence.start()),
                    chosen.entityId, chosen.type));
            i = match.lastToken + 1;
        }
        return mentions;
    }

    /**
     * Where a person's name starts when the text puts the first name and a middle initial before
     * the name matched: "Antony J. Blinken" for the alias "Blinken" of Antony Blinken (the first
     * name must be the person's own); otherwise {@code i}. Never reaches back before {@code free}.
     */
    private int withFirstName(String entityId, List<Token> tokens, int i, int free) {
        Set<String> names = firstNames.get(entityId);
        if (names == null || i < 3 || !tokens.get(i - 1).text().equals(".")) {
            return i;
        }
        String initial = tokens.get(i - 2).text();
        Token first = tokens.get(i - 3);
        boolean isInitial = initial.length() == 1 && Character.isUpperCase(initial.charAt(0));
        return isInitial && first.start() >= free && first.isCapitalised() && names.contains(Names.fold(first.text()))
                ? i - 3 : i;
    }

    private record Match(int lastToken, List<Candidate> candidates) {
    }

    /** The longest name starting at token {@code i} whose case fits the text, or null. */
    private Match longestAt(List<Token> tokens, int i) {
        Match best = null;
        Node node = root;
        for (int j = i; j < tokens.size(); j++) {
            node = node.children.get(Names.fold(tokens.get(j).text()));
            if (node == null) {
                break;
            }
            List<Candidate> fitting = new ArrayList<>();
            for (Candidate c : node.candidates) {
                if (caseFits(c, tokens, i)) {
                    fitting.add(c);
                }
            }
            if (!fitting.isEmpty()) {
                best = new Match(j, fitting);
            }
        }
        return best;
    }

    private static boolean caseFits(Candidate c, List<Token> tokens, int from) {
        for (int k = 0; k < c.tokens.size(); k++) {
            String name = c.tokens.get(k).text();
            Token text = tokens.get(from + k);
            if (c.acronym ? !text.text().equals(name) : c.tokens.get(k).isCapitalised() && !text.isCapitalised()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Among several readings of one span: the government reading when a cue says so, otherwise
     * the plain name; then the preferred match type.
     */
    private Candidate choose(List<Candidate> candidates, List<Token> tokens, int first, int last) {
        boolean anyMetonym = candidates.stream().anyMatch(c -> c.type == MatchType.METONYM);
        boolean anyOther = candidates.stream().anyMatch(c -> c.type != MatchType.METONYM);
        boolean government = anyMetonym && (!anyOther || cues.present(tokens, first, last));
        return candidates.stream()
                .filter(c -> (c.type == MatchType.METONYM) == government)
                .min(PREFERENCE)
                .orElseThrow();
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<Candidate> candidates = new ArrayList<>(1);
    }

    private record Candidate(String entityId, MatchType type, List<Token> tokens, boolean acronym) {
    }
}
