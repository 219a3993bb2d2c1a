package org.newsgraph.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.io.SpreadsheetCells;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.RuleIds;
import org.newsgraph.model.AnnotatedArticle;
import org.newsgraph.model.Found;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.text.Names;
import org.newsgraph.text.Sentence;

/**
 * Collects the entities the gazetteer does not know from annotated articles: every mention whose
 * entity id is not a gazetteer id, and every entity of {@link AnnotatedArticle#found()} (an author
 * named only by the metadata has no mention). Merges them by id across articles, drops those
 * seen fewer than {@code minCount} times, and fills in aliases that keep the gazetteer loadable
 * (see the package documentation).
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.load(Path.of("data"));
 * UnknownEntityCollector collector = new UnknownEntityCollector(pipeline.gazetteer(),
 *         Lexicon.load(Path.of("data/rules")), 3, 1);
 * Review review = collector.collect(articles.stream().map(pipeline::annotate).toList());
 * }</pre>
 */
public final class UnknownEntityCollector {
    /** A finding the pipeline rates this high saw a role cue: a title, a byline, a body word after a country. */
    static final double ROLE_CUE = 0.85;

    private final Gazetteer gazetteer;

    private final RuleIds ruleIds;
    private final int examples;
    private final int minCount;

    /**
     * @param gazetteer the gazetteer the articles were annotated with
     * @param lexicon   the rules folder, for the registry of rule ids (rule-ids.csv: which rules saw a role cue)
     * @param examples  how many example sentences to keep per entity, 0 or more
     * @param minCount  the fewest times an entity must be seen to be listed, 1 or more
     */
    public UnknownEntityCollector(Gazetteer gazetteer, Lexicon lexicon, int examples, int minCount) {
        if (examples < 0) {
            throw new IllegalArgumentException("examples must be 0 or more, got " + examples);
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be 1 or more, got " + minCount);
        }
        this.gazetteer = gazetteer;
        this.ruleIds = RuleIds.of(lexicon.files());
        this.examples = examples;
        this.minCount = minCount;
    }

    /** The review of these articles. */
    public Review collect(List<AnnotatedArticle> articles) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            add(a, tallies);
        }
        List<Tally> kept = tallies.values().stream().filter(t -> t.count >= minCount)
                .sorted(Comparator.comparingInt((Tally t) -> -t.count).thenComparing(t -> t.entity.id())).toList();
        List<String> notes = new ArrayList<>();
        Map<String, String> names = gazetteerNames();
        List<Tally> listed = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        for (Tally t : kept) {
            String key = Names.key(t.entity.label());
            String known = names.get(key);
            String earlier = labels.putIfAbsent(key, t.entity.id());
            if (SpreadsheetCells.isFormula(t.entity.label())) {
                notes.add(t.entity.id() + ": \"" + t.entity.label() + "\" would be a spreadsheet formula in the "
                        + "review, not a name; not listed");
            } else if (known != null) {
                notes.add(t.entity.id() + ": \"" + t.entity.label() + "\" is already a name of the gazetteer entity "
                        + known + "; not listed (the pipeline did not link this mention to it)");
            } else if (earlier != null) {
                notes.add(t.entity.id() + ": \"" + t.entity.label() + "\" is also the label of " + earlier
                        + "; not listed");
            } else {
                listed.add(t);
            }
        }
        Map<String, Set<String>> owners = new HashMap<>();
        for (Tally t : listed) {
            owners.computeIfAbsent(Names.key(t.entity.label()), k -> new TreeSet<>()).add(t.entity.id());
            t.surfaces.keySet().forEach(s -> owners.computeIfAbsent(Names.key(s), k -> new TreeSet<>())
                    .add(t.entity.id()));
        }
        List<ReviewRow> rows = new ArrayList<>();
        for (Tally t : listed) {
            rows.add(row(t, aliases(t, names, owners, notes)));
        }
        return new Review(articles.size(), rows, notes);
    }

    private void add(AnnotatedArticle a, Map<String, Tally> tallies) {
        String articleId = a.article().id();
        Map<String, Found> found = new HashMap<>();
        a.found().forEach(f -> found.put(f.entity().id(), f));
        Map<Integer, Sentence> sentences = new HashMap<>();
        a.sentences().forEach(s -> sentences.put(s.index(), s));
        Set<String> mentioned = new HashSet<>();
        for (Mention m : a.mentions()) {
            String id = m.entityId();
            if (gazetteer.get(id).isPresent()) {
                continue;
            }
            Found f = found.get(id);
            Entity entity = f != null ? f.entity() : unnamed(id, m.surface());
            Tally t = tallies.computeIfAbsent(id, k -> new Tally(entity));
            Sentence s = sentences.get(m.sentence());
            // the rule the pipeline recorded for this mention; a full name of an entity found next to a role cue
            // elsewhere in the article counts as seen with one
            String rule = m.rule();
            boolean roleCue = ruleIds.roleCue(rule)
                    || m.matchType() != MatchType.ALIAS && f != null && f.confidence() >= ROLE_CUE;
            t.seen(articleId, m.surface(), rule, roleCue, s == null ? null : s.text(), examples);
            mentioned.add(id);
        }
        for (Found f : a.found()) {
            Entity e = f.entity();
            if (!mentioned.contains(e.id()) && gazetteer.get(e.id()).isEmpty()) {
                tallies.computeIfAbsent(e.id(), k -> new Tally(e))
                        .seen(articleId, e.label(), f.rule(), ruleIds.roleCue(f.rule()) || f.confidence() >= ROLE_CUE, null,
                                examples);
            }
        }
    }

    /** An entity the pipeline named in a mention but did not describe: a person, as the pipeline treats it. */
    private static Entity unnamed(String id, String surface) {
        return new Entity(id, Kind.PERSON, surface, List.of(), List.of(), List.of(), null, null, null);
    }

    /** Every label and alias of the gazetteer, by name key, to the id of its entity. */
    private Map<String, String> gazetteerNames() {
        Map<String, String> names = new HashMap<>();
        for (Entity e : gazetteer.entities()) {
            names.putIfAbsent(Names.key(e.label()), e.id());
            e.aliases().forEach(alias -> names.putIfAbsent(Names.key(alias), e.id()));
        }
        return names;
    }

    /** The other surfaces, most frequent first, that neither the gazetteer nor another row uses. */
    private static List<String> aliases(Tally t, Map<String, String> names, Map<String, Set<String>> owners,
            List<String> notes) {
        String id = t.entity.id();
        Set<String> keys = new HashSet<>();
        keys.add(Names.key(t.entity.label()));
        t.entity.aliases().forEach(a -> keys.add(Names.key(a)));
        List<String> aliases = new ArrayList<>();
        for (String alias : t.entity.aliases()) {
            if (SpreadsheetCells.isFormula(alias)) {
                notes.add(id + ": alias \"" + alias + "\" left out: it would be a spreadsheet formula");
            } else {
                aliases.add(alias);
            }
        }
        for (String surface : t.surfacesByCount()) {
            String key = Names.key(surface);
            if (!keys.add(key)) {
                continue;
            }
            Set<String> others = new TreeSet<>(owners.get(key));
            others.remove(id);
            if (SpreadsheetCells.isFormula(surface)) {
                notes.add(id + ": alias \"" + surface + "\" left out: it would be a spreadsheet formula");
            } else if (names.containsKey(key)) {
                notes.add(id + ": alias \"" + surface + "\" left out: it is a name of the gazetteer entity "
                        + names.get(key));
            } else if (!others.isEmpty()) {
                notes.add(id + ": alias \"" + surface + "\" left out: it is also seen for " + String.join(", ", others));
            } else {
                aliases.add(surface);
            }
        }
        return aliases;
    }

    private static ReviewRow row(Tally t, List<String> aliases) {
        Entity e = t.entity;
        Entity entity = new Entity(e.id(), e.kind(), e.label(), aliases, names(e.demonyms()), names(e.metonyms()),
                e.country(), e.wikidata(), e.source());
        List<String> rules = t.rules.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        return new ReviewRow(entity, t.count, t.articles.size(),
                Confidence.of(e.label(), rules, t.roleCue, t.articles.size()), t.surfacesByCount(),
                List.copyOf(t.examples), rules);
    }

    /** The names that a spreadsheet would not run as formulas (a demonym or metonym of an entity the pipeline found). */
    private static List<String> names(List<String> names) {
        return names.stream().filter(n -> !SpreadsheetCells.isFormula(n)).toList();
    }

    /** What has been seen of one entity so far. */
    private static final class Tally {
        final Entity entity;
        int count;
        boolean roleCue;
        final Set<String> articles = new LinkedHashSet<>();
        final Map<String, Integer> surfaces = new LinkedHashMap<>();
        final Map<String, Integer> rules = new LinkedHashMap<>();
        final Set<String> examples = new LinkedHashSet<>();

        Tally(Entity entity) {
            this.entity = entity;
        }

        void seen(String article, String surface, String rule, boolean cue, String sentence, int maxExamples) {
            count++;
            roleCue |= cue;
            articles.add(article);
            surfaces.merge(surface, 1, Integer::sum);
            rules.merge(rule, 1, Integer::sum);
            if (sentence != null && examples.size() < maxExamples) {
                examples.add(sentence.strip().replaceAll("\\s+", " "));
            }
        }

        /** The surface forms, most frequent first, then alphabetically. */
        List<String> surfacesByCount() {
            return surfaces.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
        }
    }
}
