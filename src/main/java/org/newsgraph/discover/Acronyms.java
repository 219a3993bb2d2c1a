package org.newsgraph.discover;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Found;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Names;
import org.newsgraph.text.Token;

/**
 * Acronyms no gazetteer row or other rule explains: after a name, in brackets or after ", or", another
 * name of that organisation; standing alone, an organisation of its own (unless a word of
 * {@code not-acronyms.csv}), merged with an organisation of the same article whose words it starts.
 */
final class Acronyms extends NameShapes {
    /** The rule of an acronym of an organisation the article names in full (in brackets, after "or", or again). */
    static final String ACRONYM_RULE = "organisation-acronym";
    private static final double ACRONYM = 0.5;
    /** The rule of a long form the acronym after it spells out ("the Independent Patriots for Change, or IPC"). */
    static final String EXPANDED_RULE = "organisation-expanded";
    /** Small words inside a long form: "Patriots for Change", "Union of the Comoros". */
    private static final Set<String> LONG_FORM_LINKS = Set.of("of", "for", "and", "on", "in", "the");
    /** How many tokens a long form spelt out by an acronym may have. */
    private static final int LONG_FORM = 10;

    Acronyms(Lexicon lexicon, Gazetteer gazetteer) {
        super(lexicon, gazetteer);
    }

    /**
     * Acronyms no gazetteer row or other rule explains. After a name, in brackets ("the Rapid Support
     * Forces (RSF)") or after ", or" ("the Revolutionary Armed Forces of Colombia, or FARC"), the acronym is another name of that organisation, in the rest of the article too;
     * a known acronym in brackets after an unknown long form ("the Intergovernmental Authority for
     * Development (IGAD)") makes the long form a name of the known organisation. An acronym standing
     * alone ("AMISOM confirmed …") is an organisation of its own: three to seven capitals, not a word of
     * {@code not-acronyms.csv} ("GMT", "COVID"), not a roman numeral, and not in a sentence written in capitals.
     */
    void acronyms(SentenceView view, List<Span> spans, Map<String, String> acronymIds) {
        if (shouting(view)) {
            return;
        }
        for (int i = 0; i < view.size(); i++) {
            boolean bracketed = i > 0 && view.word(i - 1).equals("(") && view.word(i + 1).equals(")");
            Mention known = view.mentionAt(i);
            if (known != null) {
                if (bracketed && view.endToken(known) == i + 1 && view.kind(known) == Kind.ORGANIZATION) {
                    // "the Intergovernmental Authority for Development (IGAD)": the long form is the known body
                    int before = indexOfSpanEndingAt(spans, i - 1);
                    if (before >= 0 && spans.get(before).found() != null) {
                        Span s = spans.get(before);
                        spans.set(before, new Span(s.start(), s.end(), known.entityId(), null, s.rule()));
                    }
                }
                continue;
            }
            String word = view.tokens().get(i).text();
            if (taken(spans, i) || !acronym(word) || joined(view, i) || inTitle(view, i) || dateline(view, i)) {
                continue;
            }
            String key = Names.fold(word);
            // "the Revolutionary Armed Forces of Colombia, or FARC,": the same as in brackets
            boolean orForm = i >= 3 && view.word(i - 1).equals("or") && view.word(i - 2).equals(",");
            if (bracketed || orForm) {
                int nameEnd = bracketed ? i - 1 : i - 2;
                int before = indexOfSpanEndingAt(spans, nameEnd);
                Mention owner = view.mentionAt(nameEnd - 1);
                owner = owner != null && view.endToken(owner) == nameEnd ? owner : null;
                String id = before >= 0 ? spans.get(before).id()
                        : owner != null && view.kind(owner) == Kind.ORGANIZATION ? owner.entityId() : null;
                if (id == null) {
                    // "the Independent Patriots for Change, or IPC": capitalised words whose initials are the acronym
                    int start = longFormStart(view, nameEnd, word);
                    if (start >= 0 && !taken(spans, start)) {
                        add(view, spans, start, nameEnd, EXPANDED_RULE);
                        before = indexOfSpanEndingAt(spans, nameEnd);
                        id = before >= 0 ? spans.get(before).id() : null;
                    }
                }
                if (id != null) {
                    acronymIds.put(key, id);
                    spans.add(new Span(i, i + 1, id, null, ACRONYM_RULE));
                    if (before >= 0 && spans.get(before).found() != null) {
                        // the acronym is a name of the found organisation in other articles too
                        Span s = spans.get(before);
                        spans.set(before, new Span(s.start(), s.end(), s.id(), s.found().withAlias(word), s.rule()));
                    }
                    continue;
                }
            }
            if (acronymIds.containsKey(key)) {
                spans.add(new Span(i, i + 1, acronymIds.get(key), null, ACRONYM_RULE));
            } else if (word.length() >= 3 && !lexicon.notAcronyms().contains(key)) {
                add(view, spans, i, i + 1, "organisation-acronym-alone", ACRONYM);
            }
        }
    }

    /**
     * Where the long form ending before token {@code end} starts whose capitalised words' initials are
     * {@code acronym} ("Landless People's Movement" for LPM), three letters at least (a two-word name such as
     * "Republika Srpska (RS)" is left to the rules that know places); -1 when no run of capitalised words spells it.
     */
    private int longFormStart(SentenceView view, int end, String acronym) {
        int start = end;
        for (int k = end - 1; k >= 0 && end - k <= LONG_FORM; k--) {
            Token t = view.tokens().get(k);
            boolean capital = t.isWord() && t.isCapitalised() && !lexicon.notNames().contains(view.word(k));
            boolean inside = !capital && (LONG_FORM_LINKS.contains(view.word(k)) || view.possessiveAt(k)
                    || view.word(k).equals("s") && view.possessiveAt(k - 1));
            if (view.mentionAt(k) != null || !capital && !inside) {
                break;
            }
            start = k;
        }
        for (int s = start; s < end; s++) {
            if (!view.tokens().get(s).isCapitalised() || !view.tokens().get(s).isWord()
                    || LONG_FORM_LINKS.contains(view.word(s))) {
                continue;   // a name starts at no small word: "The Popular Front (PF)" is the Popular Front
            }
            StringBuilder initials = new StringBuilder();
            for (int k = s; k < end; k++) {
                Token t = view.tokens().get(k);
                if (t.isWord() && t.isCapitalised() && !LONG_FORM_LINKS.contains(view.word(k))) {
                    initials.append(Character.toUpperCase(t.text().charAt(0)));
                }
            }
            if (initials.toString().equals(acronym) && acronym.length() >= 3) {
                return s;
            }
        }
        return -1;
    }

    /**
     * Whether the capitals at token {@code i} open the sentence as a dateline's place: "GAO —", "GAO, Mali —",
     * "GAO, Mali (VOA) —" ({@link SentenceView#afterDateline}). A place, not an organisation's acronym.
     */
    private static boolean dateline(SentenceView view, int i) {
        return i == 0 && view.afterDateline(1) >= 0;
    }

    /**
     * Whether token {@code i} is a word of a title or a rank ({@code title-ranks.csv}) in capitals ("DEPUTY
     * PRESS SECRETARY SABRINA SINGH:"): no acronym.
     */
    private boolean inTitle(SentenceView view, int i) {
        for (int s = Math.max(0, i - 4); s <= i; s++) {
            var title = lexicon.titles().at(view.words(), s);
            if (title.isPresent() && title.get().end() > i) {
                return true;
            }
        }
        return ranks.contains(view.word(i));
    }

    /**
     * "AMISOM" standing alone and "the African Union Mission in Somalia" in the same article are one
     * organisation when the acronym's letters start the name's words in order (words may be skipped):
     * the acronym becomes an alias of the name.
     */
    static void mergeAcronyms(List<Mention> all, Map<String, Found> found) {
        for (Found acronym : List.copyOf(found.values())) {
            if (!acronym.rule().equals("organisation-acronym-alone")) {
                continue;
            }
            String letters = acronym.entity().label();
            Optional<Found> full = found.values().stream().filter(f -> f != acronym
                    && f.entity().kind() == Kind.ORGANIZATION && expands(letters, f.entity().label())).findFirst();
            if (full.isEmpty()) {
                continue;
            }
            String id = full.get().entity().id();
            found.remove(acronym.entity().id());
            found.put(id, full.get().withAlias(letters));
            all.replaceAll(m -> m.entityId().equals(acronym.entity().id())
                    ? m.withEntity(id) : m);
        }
    }

    /** Whether an acronym stands for a name: "AMISOM" for "African Union Mission in Somalia". */
    static boolean expands(String acronym, String name) {
        List<String> words = Names.tokens(name).stream().filter(Token::isWord)
                .map(t -> t.text().toUpperCase(Locale.ROOT)).toList();
        return !words.isEmpty() && !words.get(0).isEmpty() && words.get(0).charAt(0) == acronym.charAt(0)
                && expands(acronym, 0, words, 0);
    }

    private static boolean expands(String acronym, int a, List<String> words, int w) {
        if (a == acronym.length()) {
            return true;
        }
        if (w == words.size()) {
            return false;
        }
        String word = words.get(w);
        for (int k = Math.min(word.length(), acronym.length() - a); k >= 1; k--) {
            if (word.startsWith(acronym.substring(a, a + k)) && expands(acronym, a + k, words, w + 1)) {
                return true;
            }
        }
        // a word the acronym leaves out ("Union", "in")
        return w > 0 && expands(acronym, a, words, w + 1);
    }

    /** Whether a word could be an acronym: two to seven capital letters, not a roman numeral ("II", "XIV"). */
    private static boolean acronym(String word) {
        return word.length() >= 2 && word.length() <= 7 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z')
                && !word.matches("[IVXLC]+");
    }

    /** Whether token {@code i} is part of a longer written unit ("COVID-19", "F-16", "U.S."). */
    private static boolean joined(SentenceView view, int i) {
        List<Token> tokens = view.tokens();
        boolean before = i > 0 && tokens.get(i - 1).end() == tokens.get(i).start()
                && !"(\"“'‘".contains(tokens.get(i - 1).text());
        boolean after = i + 1 < tokens.size() && tokens.get(i + 1).start() == tokens.get(i).end()
                && (tokens.get(i + 1).isWord() || "-./&".contains(tokens.get(i + 1).text()));
        return before || after;
    }

    /** A sentence mostly written in capitals ("SUDAN: TALKS RESUME"): its capitals say nothing. */
    private static boolean shouting(SentenceView view) {
        long words = view.tokens().stream().filter(Token::isWord).count();
        long capitals = view.tokens().stream().filter(t -> t.isWord() && t.text().length() > 1
                && t.text().chars().noneMatch(Character::isLowerCase)).count();
        return words >= 2 && capitals * 2 >= words;
    }

    private static int indexOfSpanEndingAt(List<Span> spans, int end) {
        int found = -1;
        for (int k = 0; k < spans.size(); k++) {
            // the longest: "the Movement for the Emancipation of the Niger Delta, or MEND" is the movement, not the delta
            if (spans.get(k).end() == end && (found < 0 || spans.get(k).start() < spans.get(found).start())) {
                found = k;
            }
        }
        return found;
    }
}
