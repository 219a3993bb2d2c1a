package org.newsgraph.world;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.discover.PersonFinder;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.IdQuality;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.gazetteer.LinkEvidence;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Found;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Names;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Pipeline stage 4c: links an article's entities to the open data. It gathers the article's evidence (the
 * countries it names, its date), finds with {@link WorldNames} the open-data names no earlier rule found,
 * and asks the {@link Disambiguator} what each entity found by its shape means (a person after a title, a
 * place after "the town of"). An entity the evidence decides takes the open-data entry's id, label, country
 * and coordinates, and its Wikidata id when the id's quality allows; its mentions follow. Entities of the
 * article's metadata (publisher, authors) are left as they are.
 *
 * <p>Needs: sentences, mentions and found entities. Changes: mentions and found entities, with
 * {@link LinkEvidence}.
 *
 * <pre>{@code
 * Resolver.Result r = resolver.resolve(sentences, mentions, found, kinds, countryOf, published);
 * }</pre>
 */
public final class Resolver {
    /** Rules of the metadata's entities, which the resolver leaves alone. */
    private static final Set<String> METADATA_RULES = Set.of("person-manifest", "organisation-manifest", "person-credit");

    private final WorldData world;
    private final Disambiguator disambiguator;
    private final WorldNames names;
    private final Phrases<String> titles;
    private final StateAfterTown stateAfterTown;
    private final TownsElsewhere townsElsewhere;

    /**
     * @param smallPlaceWords the words that call a place small ({@code small-place-words.csv}: "the town of X"),
     *                        for {@link TownsElsewhere}
     */
    public Resolver(WorldData world, Disambiguator disambiguator, WorldNames names, Phrases<String> titles,
            Set<String> smallPlaceWords) {
        this.world = world;
        this.disambiguator = disambiguator;
        this.names = names;
        this.titles = titles;
        this.stateAfterTown = new StateAfterTown(world);
        this.townsElsewhere = new TownsElsewhere(disambiguator, smallPlaceWords);
    }

    /**
     * The article's entities after linking.
     *
     * @param mentions every mention, in text order, with the ids of the entries chosen
     * @param found    the entities found outside the gazetteer, by id
     */
    public record Result(List<Mention> mentions, Map<String, Found> found) {
        public Result {
            mentions = List.copyOf(mentions);
            found = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(found));
        }
    }

    /**
     * Links one article's entities.
     *
     * @param kinds     the kind of an entity id (gazetteer or found)
     * @param countryOf the country of an entity id, or null
     * @param published the article's date, or null
     */
    public Result resolve(List<Sentence> sentences, List<Mention> mentions, Map<String, Found> found,
            Function<String, Kind> kinds, Function<String, String> countryOf, LocalDate published) {
        if (world.isEmpty()) {
            return new Result(mentions, found);
        }
        Disambiguator.Context context = new Disambiguator.Context(countries(mentions, kinds, countryOf), published);
        Map<String, Found> all = new LinkedHashMap<>(found);
        List<Mention> result = new ArrayList<>(mentions);
        Map<Integer, List<Mention>> bySentence = new HashMap<>();
        mentions.forEach(m -> bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
        for (Sentence sentence : sentences) {
            for (WorldNames.Hit hit : names.find(sentence, bySentence.getOrDefault(sentence.index(), List.of()), context,
                    kinds)) {
                result.removeAll(hit.replaced());
                result.add(hit.mention());
                Found f = hit.decision().decided() ? chosen(hit.decision(), hit.surface(), WorldNames.NAME, null)
                        : new Found(PersonFinder.person(hit.surface()), WorldNames.PERSON_NAME, 0.6,
                                refusal(hit.decision()));
                all.merge(f.entity().id(), f, Found::stronger);
            }
        }
        // a found entity whose every mention a longer name took in is gone ("Maria Consuelo Porras Argueta")
        Set<String> mentioned = new java.util.HashSet<>();
        result.forEach(m -> mentioned.add(m.entityId()));
        Set<String> mentionedBefore = new java.util.HashSet<>();
        mentions.forEach(m -> mentionedBefore.add(m.entityId()));
        all.values().removeIf(f -> !METADATA_RULES.contains(f.rule()) && !mentioned.contains(f.entity().id())
                && found.containsKey(f.entity().id()) && mentionedBefore.contains(f.entity().id()));
        statesAfterTowns(sentences, result, all, kinds, countryOf, context);
        // "the town of Palma" in a report on Mozambique: not the gazetteer's Palma of Spain
        townsElsewhere.apply(sentences, result, found, kinds, countryOf, published)
                .forEach((id, f) -> all.merge(id, f, Found::stronger));
        Map<String, String> renamed = new HashMap<>();
        Map<Integer, Sentence> byIndex = new HashMap<>();
        sentences.forEach(s -> byIndex.put(s.index(), s));
        for (Found f : found.values()) {
            if (METADATA_RULES.contains(f.rule()) || f.link() != null) {
                continue;
            }
            Disambiguator.Decision d = decide(f, byIndex, result, context);
            if (d.decided()) {
                Found linked = chosen(d, f.entity().label(), f.rule(), f);
                all.remove(f.entity().id());
                all.merge(linked.entity().id(), linked, Found::stronger);
                renamed.put(f.entity().id(), linked.entity().id());
            } else if (!d.weighed().isEmpty()) {
                all.put(f.entity().id(), new Found(f.entity(), f.rule(), f.confidence(), refusal(d)));
            }
        }
        if (!renamed.isEmpty()) {
            result.replaceAll(m -> renamed.containsKey(m.entityId()) ? m.withEntity(renamed.get(m.entityId())) : m);
        }
        result.sort(java.util.Comparator.comparingInt(Mention::start));
        return new Result(result, all);
    }

    /** "Fort Moore, Georgia" in a report on the U.S. Army: the country's name is the state ({@link StateAfterTown}). */
    private void statesAfterTowns(List<Sentence> sentences, List<Mention> mentions, Map<String, Found> all,
            Function<String, Kind> kinds, Function<String, String> countryOf, Disambiguator.Context context) {
        Map<Integer, Sentence> byIndex = new HashMap<>();
        sentences.forEach(s -> byIndex.put(s.index(), s));
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Sentence sentence = byIndex.get(m.sentence());
            if (sentence == null) {
                continue;
            }
            Mention before = k > 0 && mentions.get(k - 1).sentence() == m.sentence() ? mentions.get(k - 1) : null;
            java.util.Optional<Disambiguator.Decision> region = stateAfterTown.region(m, sentence, before, kinds, countryOf,
                    context);
            if (region.isPresent()) {
                Found f = chosen(region.get(), m.surface(), "region-after-town", null);
                all.merge(f.entity().id(), f, Found::stronger);
                mentions.set(k, new Mention(m.sentence(), m.start(), m.end(), m.surface(), f.entity().id(), m.matchType(),
                        f.rule()));
            }
        }
    }

    /** The countries an article names: its country mentions and the countries of its places and bodies. */
    static Set<String> countries(List<Mention> mentions, Function<String, Kind> kinds, Function<String, String> countryOf) {
        Set<String> countries = new LinkedHashSet<>();
        for (Mention m : mentions) {
            Kind kind = kinds.apply(m.entityId());
            if (kind == Kind.COUNTRY) {
                countries.add(m.entityId());
            } else if (kind != Kind.PERSON) {
                String c = countryOf.apply(m.entityId());
                if (c != null) {
                    countries.add(c);
                }
            }
        }
        return countries;
    }

    private Disambiguator.Decision decide(Found f, Map<Integer, Sentence> sentences,
            List<Mention> mentions, Disambiguator.Context context) {
        Entity e = f.entity();
        Set<Kind> kinds = e.kind() == Kind.SETTLEMENT || e.kind() == Kind.REGION ? Set.of(Kind.SETTLEMENT, Kind.REGION)
                : Set.of(e.kind());
        String title = titleOf(e.id(), sentences, mentions);
        List<Token> words = Names.tokens(e.label()).stream().filter(Token::isWord).toList();
        boolean surnameOnly = e.kind() == Kind.PERSON && words.size() == 1;
        Disambiguator.Decision d = disambiguator.decide(new Disambiguator.Query(e.label(), kinds, title, surnameOnly), context);
        // "Maria Consuelo Porras Argueta": a name with more surnames than the data's "María Consuelo Porras"
        for (int n = words.size() - 1; !d.decided() && d.weighed().isEmpty() && e.kind() == Kind.PERSON && n >= 2; n--) {
            String shorter = e.label().substring(0, words.get(n - 1).end());
            Disambiguator.Decision prefix = disambiguator.decide(new Disambiguator.Query(shorter, kinds, title, false), context);
            if (prefix.decided() || !prefix.weighed().isEmpty()) {
                d = prefix;
            }
        }
        return d;
    }

    /** The title right before the first mention of the entity that has one ("Prime Minister" of "Prime Minister X"). */
    private String titleOf(String id, Map<Integer, Sentence> sentences, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (!m.entityId().equals(id)) {
                continue;
            }
            Sentence s = sentences.get(m.sentence());
            if (s == null) {
                continue;
            }
            List<Token> tokens = s.tokens();
            int at = 0;
            while (at < tokens.size() && tokens.get(at).start() < m.start()) {
                at++;
            }
            String title = titles.endingAt(tokens, at).map(Phrases.Match::value).orElse(null);
            // "Speaker of the Mongolian Parliament Zandanshatar": a title of a body before the name
            for (int k = at - 1; title == null && k > 0 && k >= at - 8; k--) {
                String word = Names.fold(tokens.get(k).text());
                if (word.equals("of")) {
                    title = titles.endingAt(tokens, k).map(Phrases.Match::value).orElse(null);
                } else if (!tokens.get(k).isCapitalised() && !word.equals("the")) {
                    break;
                }
            }
            if (title != null) {
                return title;
            }
        }
        return null;
    }

    /** The finding of a decided entry: the entry's entity (with the name as written as an alias), linked when allowed. */
    private static Found chosen(Disambiguator.Decision d, String written, String rule, Found earlier) {
        Entity e = d.chosen().entity();
        if (!Names.key(written).equals(Names.key(e.label())) && e.aliases().stream().noneMatch(
                a -> Names.key(a).equals(Names.key(written)))) {
            e = e.withAlias(written);
        }
        double confidence = Math.max(d.score(), earlier == null ? 0 : earlier.confidence());
        return new Found(e, rule, Math.min(1, confidence), d.evidence());
    }

    /** What a refusal weighed, as evidence without a link. */
    private static LinkEvidence refusal(Disambiguator.Decision d) {
        List<String> ids = d.weighed().stream().map(e -> e.qid() == null ? e.id() : e.qid()).distinct().toList();
        return new LinkEvidence(d.rule(), 0.01, IdQuality.NONE, "open data", ids, d.reason());
    }


}
