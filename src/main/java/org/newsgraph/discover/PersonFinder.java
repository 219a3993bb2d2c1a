package org.newsgraph.discover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsgraph.discover.persons.Apposition;
import org.newsgraph.discover.persons.Credits;
import org.newsgraph.discover.persons.Cues;
import org.newsgraph.discover.persons.FullNames;
import org.newsgraph.discover.persons.ListLine;
import org.newsgraph.discover.persons.SpeakerLine;
import org.newsgraph.discover.persons.NameReader;
import org.newsgraph.discover.persons.NameSpan;
import org.newsgraph.discover.persons.Namesakes;
import org.newsgraph.discover.persons.PersonRules;
import org.newsgraph.discover.persons.PersonSpan;
import org.newsgraph.discover.persons.ShortNames;
import org.newsgraph.discover.persons.Surnames;
import org.newsgraph.discover.persons.TranscriptLabels;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon.CreditRole;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Found;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.SentenceRole;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Names;
import org.newsgraph.text.Sentence;

/**
 * Pipeline stage 4: finds people the gazetteer does not know, by the shape of the text: a name
 * after a title ("Defence Minister Hulusi Akar"), a name with a title in apposition ("Laurence
 * Broers, a research associate"), a name before a speech verb ("…, Lajčák said"), a name after
 * "according to", and the names of bylines and credit lines. Later mentions of a found person's
 * surname in the same article refer to the same person.
 *
 * <p>This class is the driver; the rules are named classes of {@link org.newsgraph.discover.persons}: the
 * credit rule ({@link Credits}) reads byline and credit lines, the rules of {@link PersonRules#BY_SHAPE}
 * judge every other name in order (the first that matches names the person and gives the rule recorded
 * for it), then the namesake rule, the merge of short names and the surname rule.
 *
 * <p>Needs: sentences and the gazetteer's mentions. Adds: mentions and entities of the people found,
 * the article's authors, contributors and editors, and the roles of its byline and credit lines (a
 * line's names end at a gazetteer mention, so "(Editing by Reuters)" is no credit line: the layout stage,
 * which reads the text alone, cannot tell these lines).
 *
 * <pre>{@code
 * PersonFinder.Discovery d = new PersonFinder(lexicon).find(sentences, mentions, kinds);
 * }</pre>
 */
public final class PersonFinder {
    /** How many sentences from the start a name line heading a transcript may stand ({@link TranscriptLabels#nameLine}). */
    private static final int NAME_LINES = 6;

    private final Lexicon lexicon;
    private final NameReader reader;
    private final Cues cues;
    private final Credits creditRule;
    private final Namesakes namesakes;
    private final TranscriptLabels labels;

    public PersonFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.reader = NameReader.of(lexicon);
        this.cues = Cues.of(lexicon);
        this.creditRule = new Credits(lexicon, reader);
        this.namesakes = new Namesakes(reader);
        this.labels = new TranscriptLabels(lexicon);
    }

    /**
     * What the finder found.
     *
     * @param mentions     every mention of the article (the gazetteer's and the new ones), in text order
     * @param found        the new person entities, with the rule that found each
     * @param credits      role to the person ids of the byline and credit lines
     * @param lines        index of each byline and credit sentence to its role ({@link SentenceRole#BYLINE} or
     *                     {@link SentenceRole#CREDIT})
     */
    public record Discovery(List<Mention> mentions, List<Found> found, Map<CreditRole, List<String>> credits,
            Map<Integer, SentenceRole> lines) {
        public Discovery {
            mentions = List.copyOf(mentions);
            found = List.copyOf(found);
            credits = Map.copyOf(credits);
            lines = Map.copyOf(lines);
        }

        /** The indexes of the byline and credit sentences, in text order. */
        public List<Integer> creditLines() {
            return lines.keySet().stream().sorted().toList();
        }

        /** The new person entities. */
        public List<Entity> persons() {
            return found.stream().map(Found::entity).toList();
        }
    }

    /**
     * Finds the people of one article. The mentions are kept sentence by sentence, so that the
     * cost follows the length of the article, not the product of its sentences and mentions.
     */
    public Discovery find(List<Sentence> sentences, List<Mention> known, Function<String, Kind> gazetteerKinds) {
        Map<String, Found> persons = new LinkedHashMap<>();
        Map<CreditRole, List<String>> credits = new LinkedHashMap<>();
        Map<Integer, SentenceRole> lines = new LinkedHashMap<>();
        // the mentions of each sentence (what is added to or removed from a sentence stays inside it),
        // then those inside no sentence
        List<List<Mention>> groups = SentenceView.bySentence(sentences, known);
        List<Quoted> quoted = new ArrayList<>();
        Function<String, Kind> kinds = id -> persons.containsKey(id) ? Kind.PERSON : gazetteerKinds.apply(id);
        Map<String, String> nameLines = new HashMap<>();
        for (int k = 0; k < Math.min(sentences.size(), NAME_LINES); k++) {
            String name = labels.nameLine(new SentenceView(sentences.get(k), groups.get(k), kinds));
            if (name != null) {
                nameLines.put(Names.fold(name.substring(name.lastIndexOf(' ') + 1)), name);
            }
        }
        for (int k = 0; k < sentences.size(); k++) {
            Sentence sentence = sentences.get(k);
            List<Mention> inside = groups.get(k);
            SentenceView view = new SentenceView(sentence, inside, kinds);
            List<PersonSpan> names = new ArrayList<>();
            labels.find(view, k > 0 && labels.honorificAlone(new SentenceView(sentences.get(k - 1), groups.get(k - 1),
                    kinds)), nameLines, persons, inside);
            if (creditRule.read(view, names, credits)) {
                lines.put(sentence.index(), creditRule.role(view));
            } else {
                byShape(view, names);
                // in a quotation, or a headline in Title Case ("… Official Results Show"), a name found by its
                // shape counts only when the article names the person elsewhere too
                // (a list line, "Elena Varga (Prime Minister)", is no headline; the author after "by" and a title,
                // "Statement by Ambassador Jane Roe", is a name there too)
                names.stream().filter(n -> view.quoted(n.start()) || headlineName(view, n))
                        .forEach(n -> quoted.add(new Quoted(n, view, inside)));
                names.removeIf(n -> view.quoted(n.start()) || headlineName(view, n));
                List<Mention> extended = new ArrayList<>();
                namesakes.find(view, names, extended, gazetteerKinds);
                for (Mention e : extended) {
                    inside.removeIf(m -> m.start() >= e.start() && m.end() <= e.end());
                    inside.add(e);
                    names.removeIf(n -> view.startOf(n.start()) < e.end() && view.endBefore(n.end()) > e.start());
                }
            }
            for (PersonSpan name : names) {
                add(view, name, persons, inside);
            }
        }
        for (Quoted q : quoted) {
            if (known(q.view(), q.name(), persons) || titledFullName(q)) {
                add(q.view(), q.name(), persons, q.mentions());
            }
        }
        ShortNames.merge(persons, groups, gazetteerKinds);
        FullNames.complete(sentences, persons, groups, kinds, reader);
        Surnames.add(sentences, persons, groups, kinds);
        List<Mention> all = new ArrayList<>();
        groups.forEach(all::addAll);
        all.sort(Comparator.comparingInt(Mention::start));
        return new Discovery(all, List.copyOf(persons.values()), credits, lines);
    }

    /** Whether {@code name} stands in a headline and was found neither as a list line's name nor as its author. */
    private boolean headlineName(SentenceView view, PersonSpan name) {
        return view.headline() && !name.rule().equals(ListLine.NAME) && !name.rule().equals(SpeakerLine.NAME)
                && !cues.authorBefore(view, name.start());
    }

    /** A name found inside a quotation, its sentence, and the mentions of that sentence. */
    private record Quoted(PersonSpan name, SentenceView view, List<Mention> mentions) {
    }

    /**
     * Whether a titled name inside a quotation has a word that is a person found outside quotations:
     * "“… Prime Minister Abiy Ahmed …”" after "Prime Minister Abiy" and "Prime Minister Ahmed" gives the
     * full name; a name known only from a quotation is not taken.
     */
    private static boolean known(SentenceView view, PersonSpan name, Map<String, Found> persons) {
        List<String> words = Names.tokens(view.text(name.start(), name.end())).stream()
                .map(t -> Names.fold(t.text())).toList();
        return persons.values().stream().map(f -> Names.key(f.entity().label()))
                .anyMatch(key -> !key.contains(" ") && words.contains(key)
                        || key.contains(" ") && words.contains(key.substring(key.lastIndexOf(' ') + 1)));
    }

    /**
     * Whether a name inside a quotation is a full name set off by commas after its title: "“The prime minister
     * of Ruritania, Jane Roe, told …”". A name right after a title ("“Ask the Prime Minister Jane Roe”") is not,
     * nor a headline's name or one word.
     */
    private static boolean titledFullName(Quoted q) {
        PersonSpan name = q.name();
        return q.view().quoted(name.start()) && !q.view().headline() && name.rule().equals(Apposition.NAME)
                && NameReader.words(q.view(), name.start(), name.end()) >= 2;
    }

    /**
     * Names known by their surroundings, judged by the rules of {@link PersonRules#BY_SHAPE} in order.
     * Inside a quotation only a title counts ("“President Jane Doe opened …”"), and the caller keeps such a
     * name only when the person is known from outside quotations or the name is full.
     */
    private void byShape(SentenceView view, List<PersonSpan> names) {
        for (int i = 0; i < view.size(); i++) {
            int past = reader.pastAddress(view, i);
            if (past > i) {
                i = past - 1;   // "Ambassador H.E. Jane Roe": the name starts after the address
                continue;
            }
            if (cues.roleAt(view, i) && i + 1 < view.size() && view.tokens().get(i + 1).isCapitalised()) {
                continue;   // "Journalist Jane Roe said": the noun is no part of the name
            }
            int end = reader.nameEnd(view, i);
            if (end == i || lexicon.organisationWords().contains(view.word(end)) || reader.insideLongerName(view, i)
                    || NameReader.beforeKnownSurname(view, end)) {
                continue;
            }
            NameSpan name = new NameSpan(view, i, end, NameReader.words(view, i, end), view.quoted(i));
            var rule = PersonRules.first(name, cues);
            if (rule.isPresent()) {
                names.add(new PersonSpan(i, end, rule.get().name(), rule.get().confidence(name)));
                i = end - 1;
            }
        }
    }

    /** A person entity for a name the gazetteer does not know; its id is made from the name. */
    public static Entity person(String name) {
        String id = Names.slug(name);
        return new Entity(id, Kind.PERSON, name, List.of(), List.of(), List.of(), null, null, null);
    }

    private static void add(SentenceView view, PersonSpan shape, Map<String, Found> persons, List<Mention> all) {
        String name = view.text(shape.start(), shape.end());
        String id = Names.slug(name);
        Found earlier = persons.get(id);
        if (earlier == null || earlier.confidence() < shape.confidence()) {
            persons.put(id, new Found(earlier != null ? earlier.entity() : person(name), shape.rule(), shape.confidence()));
        }
        all.removeIf(m -> m.start() >= view.startOf(shape.start()) && m.end() <= view.endBefore(shape.end()));
        all.add(new Mention(view.sentence().index(), view.startOf(shape.start()), view.endBefore(shape.end()), name, id,
                MatchType.LABEL, shape.rule()));
    }
}
