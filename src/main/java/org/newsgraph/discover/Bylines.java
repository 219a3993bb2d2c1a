package org.newsgraph.discover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.article.ArticleMetadata;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Byline;
import org.newsgraph.model.Found;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Names;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * The entities an article's metadata names: its publisher and its authors (from the manifest, a
 * page or a batch record). Metadata is what a user is told to provide, so every name becomes an
 * entity of the graph, and none a second copy of an entity the gazetteer knows:
 * <ul>
 *   <li>the publisher is the gazetteer entity of that name ("VOA News" is Voice of America), or
 *       unknown;</li>
 *   <li>an author that the gazetteer names is that entity, a person or an organisation ("AP" can
 *       be an alias);</li>
 *   <li>an author that is a gazetteer person once middle initials are left out, on either side,
 *       is that person ("Antony J. Blinken" is the gazetteer's Antony Blinken); a first or last
 *       initial is never left out, and the name must fit one person only;</li>
 *   <li>an author that names a desk ("Reuters staff", "Office of the Spokesperson", "Foreign
 *       Desk": a word of {@code desk-words.csv}) is the organisation the rest of its name is
 *       (small words of {@code desk-small-words.csv} left out), else the publisher, else an
 *       organisation of that name; an acronym ("AFP") is the one gazetteer organisation it
 *       stands for, else an organisation of that name; a name with a word of an organisation's
 *       name ("Human Rights Watch", {@code organisation-words.csv}) is an organisation of that name;</li>
 *   <li>any other author is a person of that name.</li>
 * </ul>
 * An author or organisation made from a name is returned as {@link Found} ({@value #PERSON_RULE},
 * {@value #ORGANISATION_RULE}), to be described in the entities graph. Thread-safe.
 *
 * <pre>{@code
 * Byline b = new Bylines(lexicon, gazetteer).resolve(article.metadata());
 * b.publisher();   // "voice-of-america"
 * b.authors();     // [antony-blinken, voice-of-america]
 * }</pre>
 */
public final class Bylines {
    /** The rule of a person made from an author's name. */
    public static final String PERSON_RULE = "person-manifest";
    /** The rule of an organisation made from an author's name. */
    public static final String ORGANISATION_RULE = "organisation-byline";
    /**
     * The rule file of the words that make a byline a desk, not a person ("Reuters staff"), besides the
     * words of organisations' names in {@code organisation-words.csv}.
     */
    static final String DESK_WORDS = "desk-words.csv";
    /** The rule file of the small words left out when the rest of a desk's name is looked up ("the", "our"). */
    static final String DESK_SMALL_WORDS = "desk-small-words.csv";

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    /** Folded words of {@value #DESK_WORDS}. */
    private final Set<String> deskWords;
    /** Folded words of {@value #DESK_SMALL_WORDS}. */
    private final Set<String> smallWords;
    /** Gazetteer people by their name without middle initials (label and aliases): several ids when ambiguous. */
    private final Map<String, Set<String>> peopleWithoutInitials = new HashMap<>();
    private final Map<String, Optional<String>> acronyms = new ConcurrentHashMap<>();

    public Bylines(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.deskWords = lexicon.words(DESK_WORDS);
        this.smallWords = lexicon.words(DESK_SMALL_WORDS);
        for (Entity e : gazetteer.entities()) {
            if (e.kind() != Kind.PERSON) {
                continue;
            }
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.label());
            for (String name : names) {
                List<String> words = withoutMiddleInitials(name);
                if (words.size() >= 2) {
                    peopleWithoutInitials.computeIfAbsent(String.join(" ", words), k -> new HashSet<>()).add(e.id());
                }
            }
        }
    }

    /**
     * The gazetteer entity a manifest's publisher names: the name as it is, else without its remarks in
     * brackets and a leading "The" ("The White House (as republished by a news site)" is the White House,
     * "Voice of America (VOA Editorials)" is Voice of America), else the country whose government a
     * metonym of two words or more names ("White House").
     */
    private Optional<Entity> publisher(String name) {
        Optional<Entity> found = gazetteer.find(name);
        if (found.isPresent()) {
            return found;
        }
        String plain = name.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        plain = plain.regionMatches(true, 0, "the ", 0, 4) ? plain.substring(4) : plain;
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        found = gazetteer.find(plain);
        // a government publishing under its seat's name ("The White House"): its country
        return found.isPresent() || plain.split(" ").length < 2 ? found : gazetteer.findMetonym(plain);
    }

    /** The publisher and authors of {@code metadata} as entities. */
    public Byline resolve(ArticleMetadata metadata) {
        String publisher = metadata.publisherIfKnown().flatMap(this::publisher).map(Entity::id).orElse(null);
        Map<String, Found> found = new LinkedHashMap<>();
        List<String> authors = new ArrayList<>();
        for (String name : metadata.authors().stream().flatMap(n -> pair(n).stream()).toList()) {
            String id = author(name, publisher, found);
            if (!authors.contains(id)) {
                authors.add(id);
            }
        }
        return new Byline(publisher, authors, List.copyOf(found.values()));
    }

    /**
     * "Say Mony and Heng Reaksmey": two people's names of two to four capitalised words each, joined by
     * "and", are two authors; any other value ("Office of Press and Public Affairs") is one.
     */
    List<String> pair(String name) {
        int and = name.indexOf(" and ");
        if (and < 0 || name.indexOf(" and ", and + 1) >= 0) {
            return List.of(name);
        }
        String first = name.substring(0, and).strip();
        String second = name.substring(and + 5).strip();
        return personLike(first) && personLike(second) ? List.of(first, second) : List.of(name);
    }

    private boolean personLike(String name) {
        List<Token> words = Names.tokens(name).stream().filter(Token::isWord).toList();
        return words.size() >= 2 && words.size() <= 4 && words.stream().allMatch(Token::isCapitalised)
                && words.stream().noneMatch(w -> deskWords.contains(Names.fold(w.text())));
    }

    /**
     * The byline in the text: where the article's text writes a name of its metadata's authors ("Say Mony and
     * Heng Reaksmey, VOA Khmer"), capitalised as in the metadata and outside every other mention, a mention of
     * that author.
     */
    public static List<Mention> inText(List<Sentence> sentences, List<Mention> mentions, Byline byline) {
        List<Mention> found = new ArrayList<>();
        for (Found f : byline.found()) {
            if (f.entity().kind() != Kind.PERSON) {
                continue;
            }
            String name = f.entity().label();
            for (Sentence s : sentences) {
                int at = s.text().indexOf(name);
                while (at >= 0) {
                    int start = s.start() + at;
                    int end = start + name.length();
                    boolean bounded = (at == 0 || !Names.isWordChar(s.text().codePointBefore(at)))
                            && (at + name.length() >= s.text().length()
                                    || !Names.isWordChar(s.text().codePointAt(at + name.length())));
                    boolean free = mentions.stream().noneMatch(m -> m.start() < end && m.end() > start)
                            && found.stream().noneMatch(m -> m.start() < end && m.end() > start);
                    if (bounded && free) {
                        found.add(new Mention(s.index(), start, end, name, f.entity().id(), MatchType.LABEL, f.rule()));
                    }
                    at = s.text().indexOf(name, at + name.length());
                }
            }
        }
        return found;
    }

    /** The entity id of an author; a new entity is put in {@code found}. */
    private String author(String name, String publisher, Map<String, Found> found) {
        Optional<Entity> known = gazetteer.find(name);
        if (known.isPresent()) {
            return known.get().id();
        }
        List<String> words = Names.tokens(name).stream().filter(Token::isWord).map(t -> Names.fold(t.text())).toList();
        if (words.stream().anyMatch(deskWords::contains)) {
            List<String> rest = words.stream().filter(w -> !deskWords.contains(w) && !smallWords.contains(w)).toList();
            Optional<String> organisation = rest.isEmpty() ? Optional.empty()
                    : gazetteer.find(String.join(" ", rest)).map(Entity::id);
            if (organisation.isPresent()) {
                return organisation.get();
            }
            return publisher != null ? publisher : made(name, Kind.ORGANIZATION, found);
        }
        if (isAcronym(name)) {
            return acronyms.computeIfAbsent(name, this::standsFor).orElseGet(() -> made(name, Kind.ORGANIZATION, found));
        }
        if (words.stream().anyMatch(lexicon.organisationWords()::contains)) {
            return made(name, Kind.ORGANIZATION, found);
        }
        List<String> plain = withoutMiddleInitials(name);
        Set<String> people = plain.size() >= 2 ? peopleWithoutInitials.getOrDefault(String.join(" ", plain), Set.of())
                : Set.of();
        if (people.size() == 1) {
            return people.iterator().next();
        }
        return made(name, Kind.PERSON, found);
    }

    /** An entity made from an author's name, unless the gazetteer has its id; its id either way. */
    private String made(String name, Kind kind, Map<String, Found> found) {
        Entity entity = kind == Kind.PERSON ? PersonFinder.person(name)
                : new Entity(Names.slug(name), kind, name, List.of(), List.of(), List.of(), null, null, null);
        if (gazetteer.get(entity.id()).isEmpty()) {
            found.putIfAbsent(entity.id(), new Found(entity, kind == Kind.PERSON ? PERSON_RULE : ORGANISATION_RULE, 1.0));
        }
        return entity.id();
    }

    /** Two to seven capital letters: "AP", "AFP", "UPI". */
    private static boolean isAcronym(String name) {
        return name.length() >= 2 && name.length() <= 7 && name.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /**
     * The one gazetteer organisation whose name an acronym stands for: the one whose capitalised
     * words start with its letters ("AP": Associated Press, "AFP": Agence France-Presse), else the
     * one it abbreviates as the acronym finder reads acronyms; none when several fit.
     */
    private Optional<String> standsFor(String acronym) {
        List<String> initials = new ArrayList<>();
        List<String> expanded = new ArrayList<>();
        for (Entity e : gazetteer.entities()) {
            if (e.kind() != Kind.ORGANIZATION) {
                continue;
            }
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.label());
            if (names.stream().anyMatch(n -> initials(n).equals(acronym))) {
                initials.add(e.id());
            } else if (names.stream().anyMatch(n -> Acronyms.expands(acronym, n))) {
                expanded.add(e.id());
            }
        }
        List<String> ids = initials.isEmpty() ? expanded : initials;
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /**
     * The first letters of a name's capitalised words, all the letters of a word in capitals:
     * "Agence France-Presse" gives AFP, "AK Party" AKP.
     */
    private static String initials(String name) {
        StringBuilder letters = new StringBuilder();
        for (Token t : Names.tokens(name)) {
            if (t.isWord() && t.isCapitalised()) {
                letters.append(isAcronym(t.text()) ? t.text() : t.text().substring(0, 1));
            }
        }
        return letters.toString();
    }

    /**
     * The folded words of a name without its middle initials: "Antony J. Blinken" and "Antony J
     * Blinken" give [antony, blinken]; the first and last word stay, initials or not.
     */
    static List<String> withoutMiddleInitials(String name) {
        List<Token> words = Names.tokens(name).stream().filter(Token::isWord).toList();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            boolean initial = words.get(i).text().length() == 1 && Character.isUpperCase(words.get(i).text().charAt(0));
            if (!initial || i == 0 || i == words.size() - 1) {
                kept.add(Names.fold(words.get(i).text()));
            }
        }
        return kept;
    }
}
