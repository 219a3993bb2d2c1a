package org.newsgraph.lexicon;

import java.nio.file.Path;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.io.CsvRow;
import org.newsgraph.text.Names;

/**
 * The word lists that the person finder and the extractors use, read from {@code data/rules/}:
 * titles, speech verbs, event triggers, casualty words, relation cues, credit cues and date
 * words. Keeping them as data lets a curator extend the rules without touching code.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.load(Path.of("data/rules"));
 * lexicon.titles().at(tokens, i);
 * }</pre>
 *
 * @param titles      title phrase → canonical title
 * @param speechVerbs verb phrase → speech type
 * @param triggers    trigger word → event kind
 * @param casualties  casualty phrase → its role and value
 * @param relations   relation cue → relation and position
 * @param credits     credit cue → its role and whether a line it starts is the byline
 * @param dates       month and weekday names
 * @param notNames    folded capitalised words that never start a person's name
 * @param clauseBreaks folded words that end the stretch where an event's parties are looked for
 * @param restatingWords    folded words that only restate what a named organisation is ("the NATO Alliance", "the ECOWAS
 *                          bloc"): the organisation itself, not a body of it
 * @param organisationWords folded words that mark an organisation's or a group's name, never a person's
 * @param bodies      words naming a country's national body after its name ("Defence Ministry", "army")
 * @param placeWords  words that make the name after "of" a place ("the village of …", "the Sea of …") → kind, with or without the word
 * @param placeHeads  words after a name that make it a place ("Saada province", "… border crossing")
 * @param memberNouns folded lower-case nouns for an armed group's members ("militants", "fighters")
 * @param groupNouns  folded lower-case nouns that make an acronym or "X-led" before them an organisation
 * @param personVerbs phrases after a full name that only a person does ("reports for", "tweeted")
 * @param notAcronyms folded words in capitals that never name an organisation ("GMT", "COVID")
 * @param distanceWords folded words of a distance ("kilometers", "west", "about") → their role
 * @param notPlaceNames folded capitalised adjectives that name no place before a place head ("Jewish state")
 * @param placeLeads  capitalised words that start a place's name before its own words ("Camp Deroux") → kind label
 * @param eventWords  capitalised words that end (or start) an event's name ("War", "Summit") → what may follow when leading
 * @param files       the rules folder's files through its index, for the plain word lists ({@link #words})
 */
public record Lexicon(Phrases<String> titles, Phrases<SpeechType> speechVerbs, Phrases<EventKind> triggers,
        Phrases<CasualtyWord> casualties, Phrases<RelationCue> relations, Phrases<CreditCue> credits,
        Phrases<DateWord> dates, Set<String> notNames, Set<String> clauseBreaks, Set<String> organisationWords,
        Phrases<NationalBody> bodies, Phrases<PlaceHead> placeWords, Phrases<PlaceHead> placeHeads,
        Set<String> groupNouns, Set<String> memberNouns, Phrases<String> personVerbs, Set<String> notAcronyms,
        Phrases<EventLead> eventWords, Map<String, DistanceRole> distanceWords, Set<String> notPlaceNames,
        Phrases<String> placeLeads, Set<String> restatingWords, RuleFiles files) {

    /**
     * A kind of national body.
     *
     * @param key      the id suffix ("defence-ministry")
     * @param label    the label before "of COUNTRY" ("Ministry of Defence")
     * @param ministry whether the word "Ministry" must follow the words
     */
    public record NationalBody(String key, String label, boolean ministry) {
    }

    public Lexicon {
        notNames = Set.copyOf(notNames);
        clauseBreaks = Set.copyOf(clauseBreaks);
        organisationWords = Set.copyOf(organisationWords);
        restatingWords = Set.copyOf(restatingWords);
        groupNouns = Set.copyOf(groupNouns);
        memberNouns = Set.copyOf(memberNouns);
        notAcronyms = Set.copyOf(notAcronyms);
        distanceWords = Map.copyOf(distanceWords);
        notPlaceNames = Set.copyOf(notPlaceNames);
    }

    /** The part a word plays in a distance: "about 75 kilometers west of". */
    public enum DistanceRole { UNIT, DIRECTION, APPROXIMATELY }

    /**
     * A word after a name that makes the name a place.
     *
     * @param kind     Settlement or Region
     * @param withHead whether the place is named with the word ("Saada province") or without ("Panmunjom")
     */
    public record PlaceHead(String kind, boolean withHead) {
    }

    /**
     * What a speech verb reports. STATE is a statement only when a that-clause follows it
     * ("made clear that …", "underscored that …"); without one the verb is about an act
     * ("reaffirmed the commitment"), not words. CONDEMN blames only the party it names ("condemned
     * Ruritania's shelling of …"); a condemnation of an act with no party named states nothing.
     */
    public enum SpeechType { SAY, ACCUSE, DENY, URGE, STATE, CONDEMN }

    /** What may follow an event word that starts a name: nothing, "of" and a name, or a name. */
    public enum EventLead { NONE, OF, NAME }

    /** Kinds of events. */
    public enum EventKind {
        ATTACK("Attack"), CLASH("Clash"), CEASEFIRE("Ceasefire"), MEETING("Meeting"), STATEMENT("Statement");

        private final String label;

        EventKind(String label) {
            this.label = label;
        }

        /** The name used in data files and queries. */
        public String label() {
            return label;
        }
    }

    /** The part a casualty word plays. */
    public enum CasualtyRole {
        /** Who died: "soldiers". */
        VICTIM,
        /** The verb or phrase of dying: "were killed". */
        DEATH,
        /** How exact the count is: "at least". */
        QUALIFIER,
        /** A number written as a word: "five". */
        NUMBER,
        /** A phrase that stands where the count would: "an unknown number of". */
        UNCOUNTED
    }

    /**
     * A casualty word.
     *
     * @param role  its part
     * @param value the number it stands for (number words), else 0
     * @param text  the phrase as written in the rules
     */
    public record CasualtyWord(CasualtyRole role, int value, String text) {
    }

    /** The relation a cue states. */
    public enum Relation {
        MEMBER_OF, MEMBER_OF_AFTER, NEGATION, LEADS, ALLY_OF, SUPPORTS_ALLY, SUPPORTS, LOCATED_IN, BLAME
    }

    /**
     * A relation cue.
     *
     * @param relation what it states
     * @param position where the other party stands: "before", "after", "possessive" or ""
     */
    public record RelationCue(Relation relation, String position) {
    }

    /** The role of the people named after a credit cue. */
    public enum CreditRole { AUTHOR, CONTRIBUTOR, EDITOR }

    /**
     * A credit cue.
     *
     * @param cue    the cue as the list writes it ("By")
     * @param role   the role of the people named after it
     * @param byline whether a line that starts with the cue (written as here, then a space) is the byline
     */
    public record CreditCue(String cue, CreditRole role, boolean byline) {
        /** Whether {@code line} is a byline by this cue: "By Jane Doe" for the cue "By". */
        public boolean startsByline(String line) {
            return byline && line.startsWith(cue + " ");
        }
    }

    /**
     * A month or weekday name.
     *
     * @param month   the month, or null for a weekday
     * @param weekday ISO weekday 1-7, or 0 for a month
     */
    public record DateWord(Month month, int weekday) {
    }

    /** Reads every list from the rules folder, through its index. */
    public static Lexicon load(Path rules) {
        return load(RuleFiles.open(rules));
    }

    /** Reads every list of the rule files. */
    public static Lexicon load(RuleFiles rules) {
        Phrases<String> titles = new Phrases<>();
        rows(rules, "titles.csv", List.of("title", "canonical"))
                .forEach(r -> titles.add(r.required("title"), r.required("canonical")));
        Phrases<SpeechType> verbs = new Phrases<>();
        rows(rules, "speech-verbs.csv", List.of("verb", "type"))
                .forEach(r -> verbs.add(r.required("verb"), parse(r, "type", SpeechType.class)));
        Phrases<EventKind> triggers = new Phrases<>();
        rows(rules, "event-triggers.csv", List.of("trigger", "kind")).forEach(r -> triggers.add(r.required("trigger"),
                parseLabel(r, "kind")));
        Phrases<CasualtyWord> casualties = new Phrases<>();
        rows(rules, "casualty-words.csv", List.of("word", "role", "value")).forEach(r -> casualties.add(
                r.required("word"), new CasualtyWord(parse(r, "role", CasualtyRole.class), number(r), r.get("word"))));
        Phrases<RelationCue> relations = new Phrases<>();
        rows(rules, "relation-cues.csv", List.of("cue", "relation", "position")).forEach(r -> relations.add(
                r.required("cue"), new RelationCue(relation(r), r.get("position"))));
        Phrases<CreditCue> credits = new Phrases<>();
        rows(rules, "credit-cues.csv", List.of("cue", "role", "byline")).forEach(r -> credits.add(r.required("cue"),
                new CreditCue(r.required("cue"), parse(r, "role", CreditRole.class), yesNo(r, "byline"))));
        Phrases<DateWord> dates = new Phrases<>();
        rows(rules, "dates.csv", List.of("word", "type", "value")).forEach(r -> dates.add(r.required("word"), date(r)));
        Phrases<NationalBody> bodies = new Phrases<>();
        rows(rules, "national-bodies.csv", List.of("words", "key", "label", "ministry")).forEach(r -> bodies.add(
                r.required("words"), new NationalBody(r.required("key"), r.required("label"),
                        yesNo(r, "ministry"))));
        Phrases<String> personVerbs = new Phrases<>();
        rows(rules, "person-verbs.csv", List.of("verb")).forEach(r -> personVerbs.add(r.required("verb"), r.get("verb")));
        return new Lexicon(titles, verbs, triggers, casualties, relations, credits, dates, words(rules, "not-names.csv"),
                words(rules, "clause-breaks.csv"), words(rules, "organisation-words.csv"), bodies,
                placeWords(rules, "place-words.csv", "with-word", "without-word"),
                placeWords(rules, "place-heads.csv", "with-head", "without-head"), words(rules, "group-nouns.csv"),
                words(rules, "member-nouns.csv"), personVerbs, words(rules, "not-acronyms.csv"),
                eventWords(rules), distanceWords(rules),
                words(rules, "not-place-names.csv"), placeLeads(rules), words(rules, "restating-words.csv"), rules);
    }

    /**
     * The folded words of a plain word list of the rules folder (format {@code words} in its
     * {@code index.csv}): the way a rule reads a list of its own.
     */
    public Set<String> words(String file) {
        return files.words(file);
    }

    private static Phrases<EventLead> eventWords(RuleFiles rules) {
        Phrases<EventLead> words = new Phrases<>();
        for (CsvRow r : rows(rules, "event-names.csv", List.of("word", "leads"))) {
            EventLead lead = switch (r.get("leads")) {
                case "" -> EventLead.NONE;
                case "of" -> EventLead.OF;
                case "name" -> EventLead.NAME;
                default -> throw r.error("leads must be empty, of or name, found \"" + r.get("leads") + "\"");
            };
            words.add(r.required("word"), lead);
        }
        return words;
    }

    private static Map<String, DistanceRole> distanceWords(RuleFiles rules) {
        return rows(rules, "distance-words.csv", List.of("word", "role")).stream().collect(Collectors.toMap(
                r -> Names.fold(r.required("word")), r -> parse(r, "role", DistanceRole.class), (a, b) -> a));
    }

    private static Phrases<String> placeLeads(RuleFiles rules) {
        Phrases<String> words = new Phrases<>();
        for (CsvRow r : rows(rules, "place-leads.csv", List.of("word", "kind"))) {
            words.add(r.required("word"), placeKind(r));
        }
        return words;
    }

    /**
     * Place words with a label saying whether the word is part of the place's name: {@code with-word}
     * / {@code without-word} in {@code place-words.csv}, {@code with-head} / {@code without-head} in
     * {@code place-heads.csv}.
     */
    private static Phrases<PlaceHead> placeWords(RuleFiles rules, String file, String with, String without) {
        Phrases<PlaceHead> words = new Phrases<>();
        for (CsvRow r : rows(rules, file, List.of("word", "kind", "label"))) {
            String label = r.required("label");
            if (!label.equals(with) && !label.equals(without)) {
                throw r.error("label must be " + with + " or " + without + ", found \"" + label + "\"");
            }
            words.add(r.required("word"), new PlaceHead(placeKind(r), label.equals(with)));
        }
        return words;
    }

    private static String placeKind(CsvRow r) {
        String kind = r.required("kind");
        if (!kind.equals(Kind.SETTLEMENT.label()) && !kind.equals(Kind.REGION.label())) {
            throw r.error("kind must be Settlement or Region, found \"" + kind + "\"");
        }
        return kind;
    }

    private static boolean yesNo(CsvRow row, String column) {
        return switch (row.required(column)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw row.error(column + " must be yes or no, found \"" + row.get(column) + "\"");
        };
    }

    private static Set<String> words(RuleFiles rules, String file) {
        return rules.words(file);
    }

    private static List<CsvRow> rows(RuleFiles rules, String file, List<String> columns) {
        return rules.rows(file, columns);
    }

    private static <E extends Enum<E>> E parse(CsvRow row, String column, Class<E> type) {
        String value = row.required(column);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown " + column + " \"" + value + "\"; use one of "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                            .map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    private static EventKind parseLabel(CsvRow row, String column) {
        String value = row.required(column);
        for (EventKind kind : EventKind.values()) {
            if (kind.label.equals(value)) {
                return kind;
            }
        }
        throw row.error("unknown event kind \"" + value + "\"; use one of Attack, Clash, Ceasefire, Meeting, Statement");
    }

    private static Relation relation(CsvRow row) {
        String value = row.required("relation");
        String constant = value.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        try {
            return Relation.valueOf(constant);
        } catch (IllegalArgumentException e) {
            throw row.error("unknown relation \"" + value + "\"");
        }
    }

    private static int number(CsvRow row) {
        String value = row.get("value");
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw row.error("value \"" + value + "\" is not a whole number");
        }
    }

    private static DateWord date(CsvRow row) {
        int value = number(row);
        return switch (row.required("type")) {
            case "month" -> {
                if (value < 1 || value > 12) {
                    throw row.error("a month is a number from 1 to 12");
                }
                yield new DateWord(Month.of(value), 0);
            }
            case "weekday" -> {
                if (value < 1 || value > 7) {
                    throw row.error("a weekday is a number from 1 (Monday) to 7 (Sunday)");
                }
                yield new DateWord(null, value);
            }
            default -> throw row.error("type must be month or weekday");
        };
    }
}
