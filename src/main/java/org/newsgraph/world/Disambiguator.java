package org.newsgraph.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.gazetteer.LinkEvidence;
import org.newsgraph.gazetteer.Kind;

/**
 * Picks the one open-data entry a name in an article means, from the article's evidence, or refuses when
 * the evidence does not decide: a wrong link is worse than none. The rules, in the order they are tried:
 * <ul>
 * <li>people: a title next to the name that fits a post the data says the person held, at the article's
 * date ({@code title-and-office-at-date}) or at another time ({@code title-and-office}); then the one
 * namesake of a country the article names ({@code person-of-named-country}); then a full name only one
 * person in the data bears ({@code only-namesake}). A surname alone needs a fitting title.</li>
 * <li>places: the one candidate in a country the article names ({@code place-in-named-country}), or among
 * several there the one that far outranks the others by rank and population
 * ({@code most-prominent-in-named-country}); with no country evidence, only a capital or large place that
 * far outranks every namesake ({@code most-prominent-place}).</li>
 * <li>parties: the one of a country the article names ({@code party-of-named-country}), or a name of
 * several words only one party bears ({@code only-party-of-the-name}).</li>
 * </ul>
 *
 * <pre>{@code
 * Disambiguator.Decision d = new Disambiguator(world, titles).decide(
 *         new Disambiguator.Query("Goris", Set.of(Kind.SETTLEMENT), null, false),
 *         new Disambiguator.Context(Set.of("armenia"), LocalDate.of(2022, 9, 13)));
 * }</pre>
 */
public final class Disambiguator {
    /** Below this score a link that had competitors is a close call, shown by {@code review}. */
    public static final double CLEAR = LinkEvidence.CLEAR;
    /** How many times larger the first place must be than the next to outrank it by population alone. */
    private static final long OUTRANKS = 10;
    /** How long after a person's last post the data still ties their name to them without a title. */
    static final int ACTIVE_YEARS = 2;
    /** Population from which a place counts as large without a rank. */
    private static final long LARGE = 100_000;

    private final WorldData world;
    private final TitlePositions titles;

    public Disambiguator(WorldData world, TitlePositions titles) {
        this.world = world;
        this.titles = titles;
    }

    /**
     * What is looked up.
     *
     * @param name        the name as the article writes it
     * @param kinds       the kinds it may be
     * @param title       the title right before it in the text (canonical, "Prime Minister"), or null
     * @param surnameOnly whether the name is a person's surname alone
     */
    public record Query(String name, Set<Kind> kinds, String title, boolean surnameOnly) {
        public Query {
            Objects.requireNonNull(name, "name");
            kinds = Set.copyOf(kinds);
        }
    }

    /**
     * The article's evidence.
     *
     * @param countries the gazetteer ids of the countries the article names (or whose places it names)
     * @param date      the article's date, or null
     */
    public record Context(Set<String> countries, LocalDate date) {
        public Context {
            countries = Set.copyOf(countries);
        }
    }

    /**
     * A decision: the entry chosen, or none, and why.
     *
     * @param chosen  the entry the name means, or null when the evidence does not decide
     * @param rule    the rule that decided, or why none did
     * @param score   how clearly it decided (0 when it refused)
     * @param weighed every candidate considered
     * @param reason  the evidence, in words
     */
    public record Decision(WorldEntry chosen, String rule, double score, List<WorldEntry> weighed, String reason) {
        public Decision {
            weighed = List.copyOf(weighed);
        }

        static Decision refuse(String rule, List<WorldEntry> weighed, String reason) {
            return new Decision(null, rule, 0, weighed, reason);
        }

        /** Whether an entry was chosen. */
        public boolean decided() {
            return chosen != null;
        }

        /** Whether the chosen entry is linked to Wikidata (its id's quality allows it). */
        public boolean linked() {
            return chosen != null && chosen.linkable();
        }

        /** The evidence of the link, for the graph. */
        public LinkEvidence evidence() {
            if (chosen == null) {
                throw new IllegalStateException("no entry chosen: " + reason);
            }
            List<String> others = weighed.stream().filter(e -> e != chosen)
                    .map(e -> e.qid() == null ? e.id() : e.qid()).distinct().toList();
            return new LinkEvidence(rule, score, chosen.quality(), chosen.entity().source() == null ? "open data"
                    : chosen.entity().source(), others, reason);
        }

    }

    /** Decides what the name means. */
    public Decision decide(Query query, Context context) {
        List<WorldEntry> candidates = (query.surnameOnly() ? world.withSurname(query.name()) : world.named(query.name()))
                .stream().filter(e -> query.kinds().contains(e.entity().kind())).toList();
        if (candidates.isEmpty()) {
            return Decision.refuse("no-candidate", candidates, "the open data has no " + kinds(query) + " of this name");
        }
        Kind kind = candidates.get(0).entity().kind();
        boolean person = candidates.stream().allMatch(e -> e.entity().kind() == Kind.PERSON);
        boolean party = candidates.stream().allMatch(e -> e.entity().kind() == Kind.ORGANIZATION);
        boolean place = candidates.stream().allMatch(e -> e.entity().kind() == Kind.SETTLEMENT
                || e.entity().kind() == Kind.REGION);
        if (person) {
            return person(query, context, candidates);
        }
        if (query.surnameOnly()) {
            return Decision.refuse("surname-alone", candidates, "a surname alone names no place or party");
        }
        if (place) {
            return place(query, context, candidates);
        }
        if (party) {
            return party(query, context, candidates);
        }
        return Decision.refuse("kinds-differ", candidates, "the name is a " + kind.label() + " and something else");
    }

    private static String kinds(Query query) {
        return String.join(" or ", query.kinds().stream().map(Kind::label).sorted().toList());
    }

    private Decision person(Query query, Context context, List<WorldEntry> candidates) {
        if (titles.knows(query.title())) {
            List<WorldEntry> fitting = candidates.stream().filter(e -> held(e, query.title(), null)).toList();
            List<WorldEntry> atDate = context.date() == null ? List.of()
                    : fitting.stream().filter(e -> held(e, query.title(), context.date())).toList();
            if (atDate.size() == 1) {
                return chosen(atDate.get(0), "title-and-office-at-date", 0.95, candidates,
                        "the data says " + query.title() + " " + atDate.get(0).entity().label() + " held " + post(atDate.get(0),
                                query.title(), context.date()) + " at the article's date");
            }
            List<WorldEntry> pool = atDate.size() > 1 ? atDate : fitting;
            if (pool.size() == 1) {
                return chosen(pool.get(0), "title-and-office", 0.8, candidates, "the only namesake the data says held "
                        + post(pool.get(0), query.title(), null));
            }
            List<WorldEntry> named = pool.stream().filter(in(context)).toList();
            if (named.size() == 1) {
                return chosen(named.get(0), "title-office-and-country", 0.8, candidates, "the only namesake of a country "
                        + "the article names who held " + post(named.get(0), query.title(), null));
            }
            if (pool.size() > 1) {
                return Decision.refuse("namesakes-hold-the-title", candidates, pool.size()
                        + " namesakes held a post the title \"" + query.title() + "\" names");
            }
        }
        if (query.surnameOnly()) {
            return Decision.refuse("surname-without-fitting-title", candidates, "a surname alone is linked only with a "
                    + "title that fits a post its bearer held");
        }
        if (query.title() != null && titles.knows(query.title())) {
            return Decision.refuse("title-fits-no-office", candidates, "the article calls the person " + query.title()
                    + ", a post the data does not record for any namesake");
        }
        List<WorldEntry> named = candidates.stream().filter(in(context)).toList();
        if (named.size() == 1 && !active(named.get(0), context.date())) {
            return Decision.refuse("offices-ended-long-before", candidates, "every post the data records for the only "
                    + "namesake of a country the article names ended over " + ACTIVE_YEARS + " years before the article "
                    + "(or, the article being undated, has ended)");
        }
        if (named.size() == 1) {
            return chosen(named.get(0), "person-of-named-country", candidates.size() == 1 ? 0.9 : 0.8, candidates,
                    "the only namesake of a country the article names");
        }
        if (named.size() > 1) {
            return Decision.refuse("namesakes-in-named-countries", candidates, named.size()
                    + " namesakes of countries the article names");
        }
        if (candidates.size() == 1 && wordCount(query.name()) >= 2 && active(candidates.get(0), context.date())) {
            return chosen(candidates.get(0), "only-namesake", 0.7, candidates,
                    "the only person of this full name in the data; the article names none of their countries");
        }
        return Decision.refuse("namesakes-elsewhere", candidates, candidates.size()
                + " namesakes, none of a country the article names");
    }

    /**
     * Whether the data shows the person in a post at most {@value #ACTIVE_YEARS} years before the date (for an
     * undated article, in a post the data knew no end of), or records no post: without a title that fits, a
     * name and a country link only a person the data shows active around the article's time.
     */
    private boolean active(WorldEntry e, LocalDate date) {
        List<Office> terms = world.offices(e.id());
        if (terms.isEmpty()) {
            return true;
        }
        if (date == null) {
            // an undated article: only a post the data knew no end of ties the name to the person
            return terms.stream().anyMatch(o -> o.end().isEmpty());
        }
        LocalDate since = date.minusYears(ACTIVE_YEARS);
        return terms.stream().anyMatch(o -> o.end().isEmpty() || Dates.latest(o.end()) == null
                || !Dates.latest(o.end()).isBefore(since));
    }

    private boolean held(WorldEntry e, String title, LocalDate date) {
        return world.offices(e.id()).stream().anyMatch(o -> titles.fits(title, o.position()) && o.covers(date));
    }

    private String post(WorldEntry e, String title, LocalDate date) {
        return world.offices(e.id()).stream().filter(o -> titles.fits(title, o.position()) && o.covers(date))
                .map(o -> o.position() + " (" + (o.start().isEmpty() ? "?" : o.start()) + " to "
                        + (o.end().isEmpty() ? "" : o.end()) + ")")
                .findFirst().orElse(title);
    }

    private Decision place(Query query, Context context, List<WorldEntry> all) {
        Decision d = place(context, townsOverRegions(query.name(), all));
        return new Decision(d.chosen(), d.rule(), d.score(), all, d.reason());
    }

    private Decision place(Context context, List<WorldEntry> candidates) {
        List<WorldEntry> named = candidates.stream().filter(in(context)).toList();
        if (named.size() == 1) {
            return chosen(named.get(0), "place-in-named-country", candidates.size() == 1 ? 0.95 : 0.85, candidates,
                    "the only place of this name in a country the article names");
        }
        if (named.size() > 1) {
            WorldEntry top = outranking(named, false);
            return top == null ? Decision.refuse("namesakes-in-named-countries", candidates, named.size()
                    + " places of this name in countries the article names, none far larger")
                    : chosen(top, "most-prominent-in-named-country", 0.7, candidates,
                            "far larger or higher in rank than its namesakes in the article's countries");
        }
        WorldEntry top = outranking(candidates, true);
        if (top != null && (rank(top) >= 2 || top.population() >= LARGE)) {
            return chosen(top, "most-prominent-place", candidates.size() == 1 ? 0.75 : 0.65, candidates,
                    "a capital or large place that far outranks any namesake; the article names none of their countries");
        }
        return Decision.refuse("no-place-evidence", candidates, candidates.size() + " place(s) of this name, none in "
                + "a country the article names");
    }

    /**
     * A bare name that is both a town's and a region's of one country ("Ohrid", "Mykolaiv") is the town: news
     * writes a region with its type word ("the Mykolaiv region"), which is the region's own name.
     */
    private static List<WorldEntry> townsOverRegions(String name, List<WorldEntry> candidates) {
        String key = org.newsgraph.text.Names.key(name);
        boolean towns = candidates.stream().anyMatch(e -> e.entity().kind() == Kind.SETTLEMENT);
        if (!towns) {
            return candidates;
        }
        return candidates.stream().filter(e -> e.entity().kind() == Kind.SETTLEMENT
                || !org.newsgraph.text.Names.key(e.entity().label()).equals(key)
                || candidates.stream().noneMatch(t -> t.entity().kind() == Kind.SETTLEMENT
                        && t.countries().stream().anyMatch(e.countries()::contains))).toList();
    }

    private Decision party(Query query, Context context, List<WorldEntry> candidates) {
        List<WorldEntry> named = candidates.stream().filter(in(context)).toList();
        if (named.size() == 1) {
            return chosen(named.get(0), "party-of-named-country", 0.9, candidates,
                    "the only party of this name in a country the article names");
        }
        if (candidates.size() == 1 && wordCount(query.name()) >= 2) {
            return chosen(candidates.get(0), "only-party-of-the-name", 0.75, candidates,
                    "the only party of this name of several words");
        }
        return Decision.refuse("party-namesakes", candidates, candidates.size() + " parties of this name, "
                + named.size() + " in countries the article names");
    }

    private static Predicate<WorldEntry> in(Context context) {
        return e -> e.countries().stream().anyMatch(context.countries()::contains);
    }

    private static Decision chosen(WorldEntry e, String rule, double score, List<WorldEntry> weighed, String reason) {
        return new Decision(e, rule, score, weighed, reason);
    }

    /**
     * The one place that outranks all others by rank (when {@code strict}, by rank and population both), or by
     * population ten times over; null when none does.
     */
    private static WorldEntry outranking(List<WorldEntry> places, boolean strict) {
        List<WorldEntry> distinct = new ArrayList<>(new LinkedHashSet<>(places));
        if (distinct.size() == 1) {
            return distinct.get(0);
        }
        distinct.sort(Comparator.comparingInt(Disambiguator::rank).thenComparingLong(WorldEntry::population).reversed());
        WorldEntry first = distinct.get(0);
        WorldEntry second = distinct.get(1);
        boolean larger = distinct.stream().skip(1).allMatch(e -> first.population() >= e.population());
        if (rank(first) > rank(second) && (!strict || larger)) {
            return first;
        }
        return first.population() > 0 && first.population() >= OUTRANKS * Math.max(1, second.population()) ? first : null;
    }

    /** A place's rank: capitals first, then first-level capitals and regions, then the rest. */
    static int rank(WorldEntry e) {
        return switch (e.level()) {
            case "capital" -> 3;
            case "admin1-capital", "admin1" -> 2;
            default -> 1;
        };
    }

    private static int wordCount(String name) {
        return (int) org.newsgraph.text.Names.tokens(name).stream().filter(org.newsgraph.text.Token::isWord).count();
    }
}
