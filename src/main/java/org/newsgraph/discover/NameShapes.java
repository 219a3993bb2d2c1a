package org.newsgraph.discover;

import java.util.List;
import java.util.Set;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.NameParticles;
import org.newsgraph.model.Found;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Names;
import org.newsgraph.text.Token;

/**
 * What the shape rules share: the word lists and the gazetteer, the spans a rule proposes, and the
 * helpers that read capitalised names. Each family of rules extends it ({@link EventNames},
 * {@link PlaceShapes}, {@link OrganisationShapes}, {@link Acronyms}); {@link ShapeFinder} runs them
 * over each sentence in a fixed order, earlier spans taking their tokens first.
 */
abstract class NameShapes {
    static final int MAX_WORDS = 6;
    static final double ORGANISATION = 0.6;
    /** Small words that may stand inside a capitalised name: "Authority on Development". */
    static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "the");

    final Lexicon lexicon;
    final Gazetteer gazetteer;
    /** Ranks that join a title ({@code title-ranks.csv}): "DEPUTY PRESS SECRETARY" names no body. */
    final Set<String> ranks;
    /**
     * Lower-case particles inside a place's name before its head: "Bab al-Hawa border crossing"
     * ({@code name-particles.csv}, those that may stand in a shape).
     */
    private final Set<String> particles;

    NameShapes(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.ranks = lexicon.words("title-ranks.csv");
        this.particles = NameParticles.of(lexicon).inShapes();
    }

    /**
     * Tokens {@code [start, end)} of a sentence that a rule names: the entity's id, and the entity
     * found when the gazetteer does not hold it (null when it does, or when the span only points at
     * an entity found before).
     */
    record Span(int start, int end, String id, Found found, String rule) {
        /** A span of an entity the rule found, new to the gazetteer: the rule is the found entity's. */
        Span(int start, int end, String id, Found found) {
            this(start, end, id, found, found.rule());
        }
    }

    /**
     * A span naming {@code name}: the gazetteer's entity when it holds the name's id, otherwise a new
     * entity of {@code kind} found by {@code rule}.
     */
    Span span(int start, int end, String name, Kind kind, String rule, double confidence) {
        String id = Names.slug(name);
        return new Span(start, end, id, gazetteer.get(id).isPresent() ? null : new Found(new Entity(id, kind, name,
                List.of(), List.of(), List.of(), null, null, null), rule, confidence), rule);
    }

    /** Whether the gazetteer holds the entity a name would get as its id. */
    boolean known(String name) {
        return gazetteer.get(Names.slug(name)).isPresent();
    }

    /**
     * The start of the capitalised words (joined by dashes: "Debay Sima - Burre") that end just before
     * token {@code end}, or {@code end} when there are none. Words that start sentences ("The"), dates,
     * titles, organisation words and the gazetteer's names are never part of it.
     */
    int nameBefore(SentenceView view, int end) {
        int start = end;
        int words = 0;
        for (int k = end - 1; k >= 0 && words < MAX_WORDS; k--) {
            Token t = view.tokens().get(k);
            if (view.mentionAt(k) != null) {
                break;
            }
            if (t.isWord() && t.isCapitalised() && !lexicon.notNames().contains(view.word(k))
                    && !lexicon.organisationWords().contains(view.word(k))
                    && lexicon.dates().at(view.words(), k).isEmpty() && lexicon.titles().at(view.words(), k).isEmpty()) {
                start = k;
                words++;
            } else if (words > 0 && particles.contains(t.text()) && start == k + 2 && view.word(k + 1).equals("-")
                    && tight(view, k, start)) {
                // "al-Shabab": a particle joined to the name by a dash starts it
                start = k;
            } else if (!(words > 0 && (view.word(k).equals("-") || particles.contains(t.text())) && k > 0)) {
                break;
            }
        }
        return start;
    }

    /** Whether tokens {@code from} to {@code to} are written without spaces between them ("al-Shabab"). */
    static boolean tight(SentenceView view, int from, int to) {
        for (int k = from; k < to; k++) {
            if (view.tokens().get(k).end() != view.tokens().get(k + 1).start()) {
                return false;
            }
        }
        return true;
    }

    void add(SentenceView view, List<Span> spans, int start, int end, String rule) {
        add(view, spans, start, end, rule, ORGANISATION);
    }

    void add(SentenceView view, List<Span> spans, int start, int end, String rule, double confidence) {
        String name = view.text(start, end);
        if (!known(name)) {
            spans.add(span(start, end, name, Kind.ORGANIZATION, rule, confidence));
        }
    }

    /** The end of capitalised words, gazetteer names among them, from token {@code i}: "Iron Swords". */
    int capitalisedWithMentions(SentenceView view, int i, int max) {
        int end = i;
        for (int k = i; k < view.size() && k - i < max; k++) {
            Token t = view.tokens().get(k);
            if (!(t.isWord() && (t.isCapitalised() || view.mentionAt(k) != null))
                    || k > i && view.mentionAt(k) == null && isDateWord(view, k)) {
                break;   // "In neighbouring South Kordofan Wednesday, …": the weekday is no part of the name
            }
            end = k + 1;
        }
        return end;
    }

    static boolean taken(List<Span> spans, int i) {
        return spans.stream().anyMatch(s -> i >= s.start() && i < s.end());
    }

    /** The end of a run of capitalised words (with "of", "for", "and", "on", "the" inside) that no mention covers. */
    int capitalised(SentenceView view, int i) {
        int end = i;
        int words = 0;
        for (int k = i; k < view.size() && words < MAX_WORDS; k++) {
            Token t = view.tokens().get(k);
            if (words > 0 && hyphenJoined(view, k)) {
                continue;   // "Kok-Tash": a dash between two capitalised words, no space around it
            }
            if (view.mentionAt(k) != null || !t.isWord()) {
                break;
            }
            if (t.isCapitalised() && !(words > 0 && isDateWord(view, k))) {
                words++;
                end = k + 1;
            } else if (!(words > 0 && CONNECTORS.contains(t.text()) && beforeCapitals(view, k)
                    && !isDateWord(view, k + 1))) {
                break;
            }
        }
        return end;
    }

    /** Whether token {@code k} is a dash joining the capitalised words around it without spaces: "Kok-Tash". */
    static boolean hyphenJoined(SentenceView view, int k) {
        if (k < 1 || k + 1 >= view.size() || !view.tokens().get(k).text().equals("-") || view.mentionAt(k + 1) != null) {
            return false;
        }
        Token before = view.tokens().get(k - 1);
        Token dash = view.tokens().get(k);
        Token after = view.tokens().get(k + 1);
        return before.end() == dash.start() && dash.end() == after.start() && after.isWord() && after.isCapitalised();
    }

    /** Whether token {@code k} is a month or weekday name: "the Foreign Office on Friday" ends before it. */
    private boolean isDateWord(SentenceView view, int k) {
        return lexicon.dates().at(view.words(), k).isPresent();
    }

    /**
     * Whether the small word at token {@code k} stands inside a capitalised name: a capitalised word
     * follows it, or "the" and one ("Office of the Spokesperson").
     */
    static boolean beforeCapitals(SentenceView view, int k) {
        return k + 1 < view.size() && (view.tokens().get(k + 1).isCapitalised()
                || view.word(k + 1).equals("the") && k + 2 < view.size() && view.tokens().get(k + 2).isCapitalised());
    }
}
