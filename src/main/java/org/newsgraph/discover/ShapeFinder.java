package org.newsgraph.discover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Found;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Names;
import org.newsgraph.text.Sentence;

/**
 * Pipeline stage 4b: finds the named events, organisations and places the gazetteer does not know,
 * by the shape of the text. Over each sentence it runs, in this order, the rule families:
 * {@link EventNames} ("the Korean War"), the country bodies of {@link OrganisationShapes} ("the
 * Azerbaijani Defence Ministry"), {@link PlaceShapes} ("the village of Sotk", "Saada province", "Camp
 * Deroux", "… 75 kilometers west of Mogadishu"), the other {@link OrganisationShapes} ("National Security
 * Council", "the M23 movement", "Al-Shabab militants") and {@link Acronyms} ("the Rapid Support Forces
 * (RSF)", "AMISOM confirmed …"). Earlier spans take their tokens first; a span replaces the mentions
 * inside it ("Jeddah" inside "the Jeddah Declaration …"). Then an acronym standing alone is merged with
 * the organisation it stands for, and groups found once are looked for again in the whole article.
 *
 * <p>Needs: sentences and mentions. Adds: mentions and the entities found, each with rule and confidence.
 *
 * <pre>{@code
 * ShapeFinder.Result r = new ShapeFinder(lexicon, gazetteer).find(sentences, mentions, kinds);
 * }</pre>
 */
public final class ShapeFinder {
    /** Rules whose names are looked for again in the rest of the article. */
    private static final Set<String> REPEATED = Set.of(Acronyms.ACRONYM_RULE, "organisation-members");

    private final EventNames events;
    private final PlaceShapes places;
    private final OrganisationShapes organisations;
    private final OrganisationAppositions appositions;
    private final Acronyms acronyms;

    public ShapeFinder(Lexicon lexicon, Gazetteer gazetteer) {
        this.events = new EventNames(lexicon, gazetteer);
        this.places = new PlaceShapes(lexicon, gazetteer);
        this.organisations = new OrganisationShapes(lexicon, gazetteer);
        this.appositions = new OrganisationAppositions(lexicon, gazetteer);
        this.acronyms = new Acronyms(lexicon, gazetteer);
    }

    /**
     * What the finder found.
     *
     * @param mentions every mention of the article, in text order
     * @param found    the new entities
     */
    public record Result(List<Mention> mentions, List<Found> found) {
        public Result {
            mentions = List.copyOf(mentions);
            found = List.copyOf(found);
        }
    }

    /** Finds the organisations and places of one article. */
    public Result find(List<Sentence> sentences, List<Mention> known, Function<String, Kind> kinds) {
        // the mentions sentence by sentence (a span replaces mentions of its own sentence only): linear cost
        List<List<Mention>> groups = SentenceView.bySentence(sentences, known);
        Map<String, Found> found = new LinkedHashMap<>();
        Map<String, String> acronymIds = new HashMap<>();
        for (int k = 0; k < sentences.size(); k++) {
            Sentence sentence = sentences.get(k);
            List<Mention> inside = groups.get(k);
            SentenceView view = new SentenceView(sentence, inside, kinds);
            List<NameShapes.Span> spans = new ArrayList<>();
            events.events(view, spans);
            organisations.bodies(view, spans);
            places.places(view, spans);
            places.landHeads(view, spans);
            places.placeHeads(view, spans);
            places.placeLeads(view, spans);
            places.distances(view, spans);
            organisations.groups(view, spans);
            organisations.members(view, spans);
            organisations.organisations(view, spans);
            appositions.appositions(view, spans);
            appositions.named(view, spans);   // "the Barcelona newspaper La Vanguardia"
            appositions.selfNamed(view, spans);   // "rebels calling themselves Ninjas"
            acronyms.acronyms(view, spans, acronymIds);
            for (NameShapes.Span span : spans) {
                int start = view.startOf(span.start());
                int end = view.endBefore(span.end());
                inside.removeIf(m -> m.start() >= start && m.end() <= end);
                inside.add(new Mention(sentence.index(), start, end, view.text(span.start(), span.end()), span.id(),
                        MatchType.LABEL, span.rule()));
                if (span.found() != null) {
                    found.merge(span.id(), span.found(), (a, b) -> a.confidence() >= b.confidence() ? a : b);
                }
            }
        }
        List<Mention> all = new ArrayList<>();
        groups.forEach(all::addAll);
        Acronyms.mergeAcronyms(all, found);
        repeats(sentences, all, found, kinds);
        all.sort(Comparator.comparingInt(Mention::start));
        return new Result(all, List.copyOf(found.values()));
    }

    /**
     * Later mentions of a group found by its shape once ("Al-Shabab militants … al-Shabab says"):
     * the same words elsewhere in the article, where no other mention stands.
     */
    private static void repeats(List<Sentence> sentences, List<Mention> all, Map<String, Found> found,
            Function<String, Kind> kinds) {
        List<Found> groups = found.values().stream().filter(f -> REPEATED.contains(f.rule())).toList();
        if (groups.isEmpty()) {
            return;
        }
        List<List<Mention>> bySentence = SentenceView.bySentence(sentences, all);
        for (int k = 0; k < sentences.size(); k++) {
            Sentence sentence = sentences.get(k);
            SentenceView view = new SentenceView(sentence, bySentence.get(k), kinds);
            for (Found g : groups) {
                List<String> words = Names.tokens(g.entity().label()).stream().map(t -> Names.fold(t.text())).toList();
                for (int i = 0; i + words.size() <= view.size(); i++) {
                    if (matchesAt(view, i, words)) {
                        all.add(new Mention(sentence.index(), view.startOf(i), view.endBefore(i + words.size()),
                                view.text(i, i + words.size()), g.entity().id(), MatchType.LABEL, g.rule()));
                        i += words.size() - 1;
                    }
                }
            }
        }
    }

    private static boolean matchesAt(SentenceView view, int i, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (view.mentionAt(i + k) != null || !view.word(i + k).equals(words.get(k))) {
                return false;
            }
        }
        boolean before = i > 0 && view.tokens().get(i - 1).end() == view.tokens().get(i).start()
                && view.tokens().get(i - 1).isWord();
        int end = i + words.size();
        boolean after = end < view.size() && view.tokens().get(end).start() == view.tokens().get(end - 1).end()
                && (view.tokens().get(end).isWord() || view.word(end).equals("-"));
        return !before && !after && view.tokens().get(i + words.size() - 1).isCapitalised();
    }
}
