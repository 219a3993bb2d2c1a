package org.newsgraph.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Names;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Finds names of the open data where no other rule put a mention: a place, party or person the curated
 * gazetteer and the shape rules missed ("in Ohrid", "the Sumy region", "Daniel Ortega"). A name of several
 * words is taken when the {@link Disambiguator} decides what it means (or, for a person's full name, also
 * when only people bear it: a person, unlinked). One word is riskier ("Police", "Split" and "Of" are towns):
 * it is taken only as a place after a place preposition ("in", "near" …) or as a party, never at a sentence's
 * start, and only when the evidence that decided is a country the article names.
 *
 * <pre>{@code
 * List<WorldNames.Hit> hits = new WorldNames(world, disambiguator, prepositions, titles).find(sentence, mentions, context);
 * }</pre>
 */
public final class WorldNames {
    /** The rule of a name the open data decides: the entity it names. */
    public static final String NAME = "opendata-name";
    /** The rule of a name only people of the open data bear, none decided: a person of that name. */
    public static final String PERSON_NAME = "opendata-person-name";
    /** Rules whose evidence is a country the article names. */
    private static final Set<String> COUNTRY_EVIDENCE = Set.of("place-in-named-country", "party-of-named-country");
    private static final Set<Kind> ALL = Set.of(Kind.PERSON, Kind.SETTLEMENT, Kind.REGION, Kind.ORGANIZATION);
    private static final Set<Kind> ONE_WORD = Set.of(Kind.SETTLEMENT, Kind.REGION, Kind.ORGANIZATION);

    private final WorldData world;
    private final Disambiguator disambiguator;
    private final Set<String> prepositions;
    private final Phrases<String> titles;
    private final Set<String> notNames;

    /**
     * @param prepositions folded words after which one word may be a place ("in", "near")
     * @param titles       titles to canonical titles, to tell which post a person's title names
     * @param notNames     folded words that start sentences but no name ("The", "This"): at a sentence's start
     *                     they start no open-data name either
     */
    public WorldNames(WorldData world, Disambiguator disambiguator, Set<String> prepositions, Phrases<String> titles,
            Set<String> notNames) {
        this.world = world;
        this.disambiguator = disambiguator;
        this.prepositions = Set.copyOf(prepositions);
        this.titles = titles;
        this.notNames = Set.copyOf(notNames);
    }

    /**
     * A name found.
     *
     * @param mention  where it stands (its entity id is the entry's, or the unlinked person's)
     * @param decision what the disambiguator decided
     * @param surface  the name as written
     * @param replaced the shorter mentions the name takes in ("Rosario" of "Rosario Murillo")
     */
    public record Hit(Mention mention, Disambiguator.Decision decision, String surface, List<Mention> replaced) {
        public Hit {
            replaced = List.copyOf(replaced);
        }

        Hit(Mention mention, Disambiguator.Decision decision, String surface) {
            this(mention, decision, surface, List.of());
        }
    }

    /** The open-data names of one sentence where no mention stands, left to right. */
    public List<Hit> find(Sentence sentence, List<Mention> mentions, Disambiguator.Context context) {
        return find(sentence, mentions, context, id -> null);
    }

    /**
     * The open-data names of one sentence where no mention stands, left to right; {@code kinds} tells the kind of
     * a mention's entity, so that a longer place's name may take in a place named inside it ("North Darfur").
     */
    public List<Hit> find(Sentence sentence, List<Mention> mentions, Disambiguator.Context context,
            java.util.function.Function<String, Kind> kinds) {
        List<Hit> hits = new ArrayList<>();
        if (world.isEmpty()) {
            return hits;
        }
        if (!anyNameStart(sentence, mentions, kinds)) {
            return hits;
        }
        List<Token> tokens = sentence.tokens();
        Mention[] owner = new Mention[tokens.size()];
        for (Mention m : mentions) {
            // the tokens are in text order: find the first that ends after the mention starts
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).end() <= m.start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int k = lo; k < tokens.size() && tokens.get(k).start() < m.end(); k++) {
                owner[k] = m;
            }
        }
        Phrases.Words words = null;
        int i = 0;
        while (i < tokens.size()) {
            Hit hit = null;
            if (tokens.get(i).isCapitalised() && (owner[i] == null || absorbable(owner[i], kinds))
                    && startsName(Names.fold(tokens.get(i).text()), i == 0)) {
                if (words == null) {
                    words = Phrases.Words.of(tokens);
                }
                hit = longestAt(sentence, tokens, words, owner, i, context, kinds);
            }
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                int end = hit.mention().end();
                while (i < tokens.size() && tokens.get(i).start() < end) {
                    i++;
                }
            }
        }
        return hits;
    }

    /** Whether a name of the open data starts with this folded word (at a sentence's start, no "The"). */
    private boolean startsName(String folded, boolean sentenceStart) {
        return world.longestFrom(folded) > 0 && !(sentenceStart && notNames.contains(folded));
    }

    /**
     * Whether a capitalised word outside the mentions (or a place's one-word mention) starts a name of the open
     * data: a scan of the characters, so that most sentences need no tokens at all.
     */
    private boolean anyNameStart(Sentence sentence, List<Mention> mentions,
            java.util.function.Function<String, Kind> kinds) {
        String text = sentence.text();
        int i = 0;
        boolean first = true;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Names.isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && Names.isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (Character.isUpperCase(cp) && free(sentence.start() + start, mentions, kinds)
                    && startsName(Names.fold(text.substring(start, i)), first)) {
                return true;
            }
            first = false;
        }
        return false;
    }

    /** Whether no mention covers the offset, or the one that does may become part of a person's name. */
    private static boolean free(int offset, List<Mention> mentions, java.util.function.Function<String, Kind> kinds) {
        for (Mention m : mentions) {
            if (m.start() <= offset && offset < m.end()) {
                return absorbable(m, kinds);
            }
        }
        return true;
    }

    /**
     * Whether a mention may become part of a longer person's name of the open data: a place or a country
     * named by one word ("Rosario" of "Rosario Murillo", "Israel" of "Israel Katz"). Only a person's full name
     * takes such a mention in, and only when the whole name is the data's.
     */
    private static boolean absorbable(Mention m, java.util.function.Function<String, Kind> kinds) {
        // a person the shape rules cut short ("Maria Consuelo Porras Argueta" of "… Argueta de Porres")
        return kinds.apply(m.entityId()) == Kind.PERSON || absorbable(m);
    }

    private static boolean absorbable(Mention m) {
        return m.matchType() == org.newsgraph.model.MatchType.LABEL && !m.surface().contains(" ")
                && m.surface().codePoints().anyMatch(Character::isLowerCase);
    }

    private Hit longestAt(Sentence sentence, List<Token> tokens, Phrases.Words words, Mention[] owner, int i,
            Disambiguator.Context context, java.util.function.Function<String, Kind> kinds) {
        int longest = Math.min(world.longestFrom(words.folded().get(i)), tokens.size() - i);
        StringBuilder key = new StringBuilder();
        List<String> keys = new ArrayList<>();
        for (int k = i; k < i + longest && (owner[k] == null || absorbable(owner[k], kinds)); k++) {
            if (k > i) {
                key.append(' ');
            }
            key.append(words.folded().get(k));
            keys.add(key.toString());
        }
        for (int n = keys.size(); n >= 1; n--) {
            int last = i + n - 1;
            if (!tokens.get(last).isWord() || !capitalisedEnough(tokens, i, last) || shouted(tokens, i, last)) {
                continue;
            }
            if (world.withKey(keys.get(n - 1)).isEmpty()) {
                continue;
            }
            List<Mention> inside = inside(owner, i, last);
            // a name takes mentions in only when it is longer than they are: "Rosario Murillo", not "Bangui" for "Bangui"
            if (inside == null || !inside.isEmpty() && inside.stream().mapToInt(m -> m.end() - m.start()).sum()
                    >= tokens.get(last).end() - tokens.get(i).start()) {
                continue;
            }
            Hit hit = hit(sentence, tokens, words, i, last, keys.get(n - 1), context);
            if (hit != null && (inside.isEmpty() || isPerson(hit) || isPlaceAround(hit, inside, kinds))) {
                return new Hit(hit.mention(), hit.decision(), hit.surface(), inside);
            }
        }
        return null;
    }

    /** The mentions inside tokens [first, last], or null when one of them reaches outside. */
    private static List<Mention> inside(Mention[] owner, int first, int last) {
        List<Mention> inside = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            Mention m = owner[k];
            if (m != null && !inside.contains(m)) {
                inside.add(m);
            }
        }
        if (!inside.isEmpty()) {
            Mention firstMention = inside.get(0);
            Mention lastMention = inside.get(inside.size() - 1);
            if (first > 0 && owner[first - 1] == firstMention || last + 1 < owner.length && owner[last + 1] == lastMention) {
                return null;
            }
        }
        return inside;
    }

    /**
     * Whether the name is a place of the open data, decided by a country the article names, around shorter
     * mentions of places: "North Darfur" around "Darfur".
     */
    private static boolean isPlaceAround(Hit hit, List<Mention> inside, java.util.function.Function<String, Kind> kinds) {
        Disambiguator.Decision d = hit.decision();
        if (!d.decided() || !COUNTRY_EVIDENCE.contains(d.rule())) {
            return false;
        }
        Kind kind = d.chosen().entity().kind();
        return (kind == Kind.REGION || kind == Kind.SETTLEMENT) && inside.stream().allMatch(m -> {
            Kind k = kinds.apply(m.entityId());
            return k == Kind.REGION || k == Kind.SETTLEMENT;
        });
    }

    private static boolean isPerson(Hit hit) {
        Disambiguator.Decision d = hit.decision();
        return d.decided() ? d.chosen().entity().kind() == Kind.PERSON
                : !d.weighed().isEmpty() && d.weighed().stream().allMatch(e -> e.entity().kind() == Kind.PERSON);
    }

    private Hit hit(Sentence sentence, List<Token> tokens, Phrases.Words words, int first, int last, String key,
            Disambiguator.Context context) {
        int wordCount = (int) tokens.subList(first, last + 1).stream().filter(Token::isWord).count();
        String surface = sentence.text().substring(tokens.get(first).start() - sentence.start(),
                tokens.get(last).end() - sentence.start());
        String title = titles.endingAt(words, first).map(Phrases.Match::value).orElse(null);
        if (wordCount == 1) {
            // "… Air Force Base, Florida": a region after a capitalised name and a comma
            boolean afterTownAndComma = first >= 2 && words.folded().get(first - 1).equals(",")
                    && tokens.get(first - 2).isCapitalised();
            if (first == 0 || !tokens.get(first - 1).isWord() && !afterTownAndComma) {
                return null;
            }
            boolean afterPreposition = prepositions.contains(words.folded().get(first - 1));
            Disambiguator.Decision d = disambiguator.decide(new Disambiguator.Query(surface, ONE_WORD, null, false),
                    context);
            if (!d.decided() || !COUNTRY_EVIDENCE.contains(d.rule())) {
                return null;
            }
            boolean place = d.chosen().entity().kind() != Kind.ORGANIZATION;
            boolean stateAfterTown = afterTownAndComma && d.chosen().entity().kind() == Kind.REGION;
            if (place && !afterPreposition && !stateAfterTown) {
                return null;
            }
            return new Hit(mention(sentence, tokens, first, last, d.chosen().id()), d, surface);
        }
        Disambiguator.Decision d = disambiguator.decide(new Disambiguator.Query(surface, ALL, title, false), context);
        if (d.decided()) {
            return new Hit(mention(sentence, tokens, first, last, d.chosen().id()), d, surface);
        }
        boolean persons = !d.weighed().isEmpty() && d.weighed().stream().allMatch(e -> e.entity().kind() == Kind.PERSON)
                && world.withKey(key).stream().allMatch(e -> e.entity().kind() == Kind.PERSON);
        return persons ? new Hit(mention(sentence, tokens, first, last, null), d, surface) : null;
    }

    /**
     * Whether every word of a span of several words is in capitals, as in a headline set in capitals
     * ("PRIME MINISTER ALBIN KURTI SAID"): capitals say nothing about names there.
     */
    private static boolean shouted(List<Token> tokens, int first, int last) {
        int words = 0;
        for (int k = first; k <= last; k++) {
            Token t = tokens.get(k);
            if (t.isWord()) {
                words++;
                if (t.text().codePoints().anyMatch(Character::isLowerCase) || t.text().length() < 2) {
                    return false;
                }
            }
        }
        return words >= 2;
    }

    /** Whether the span starts with a capital and most of its words are capitalised ("Sumy region"). */
    private static boolean capitalisedEnough(List<Token> tokens, int first, int last) {
        int words = 0;
        int capitals = 0;
        for (int k = first; k <= last; k++) {
            if (tokens.get(k).isWord()) {
                words++;
                if (tokens.get(k).isCapitalised()) {
                    capitals++;
                }
            }
        }
        return tokens.get(first).isCapitalised() && tokens.get(last).isWord() && capitals * 2 >= words;
    }


    private static Mention mention(Sentence sentence, List<Token> tokens, int first, int last, String id) {
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        String surface = sentence.text().substring(start - sentence.start(), end - sentence.start());
        // the rule the resolver records for the entity: a decided open-data name, or a person's name the data has
        return id == null
                ? new Mention(sentence.index(), start, end, surface, Names.slug(surface), MatchType.LABEL, PERSON_NAME)
                : new Mention(sentence.index(), start, end, surface, id, MatchType.LABEL, NAME);
    }
}
