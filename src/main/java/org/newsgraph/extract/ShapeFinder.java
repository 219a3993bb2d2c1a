package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Lexicon.NationalBody;
import org.newsgraph.lexicon.Lexicon.PlaceHead;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.recognize.MatchType;
import org.newsgraph.recognize.Mention;
import org.newsgraph.recognize.Names;
import org.newsgraph.recognize.Token;
import org.newsgraph.text.Sentence;

/**
 * Pipeline stage 4b: finds organisations and places the gazetteer does not know, by the shape
 * of the text. A country's name or adjective before a body word names that country's body — "the
 * Azerbaijani Defence Ministry", "Russia's Foreign Ministry", "Armenian forces" — with the same id
 * whatever the wording ({@code azerbaijan-defence-ministry}), so it is one entity across articles and
 * is the gazetteer's entity when the gazetteer has that id. Capitalised names ending in an
 * organisation word ("National Security Council") are organisations, and so are an acronym or an
 * "X-led" before a group noun ("the M23 movement", "a Saudi-led coalition"); a capitalised name after
 * "the village of" and the like, or before "province", "border crossing" and the like, is a place.
 *
 * <p>Needs: sentences and mentions. Adds: mentions and the entities found, each with rule and confidence.
 *
 * <pre>{@code
 * ShapeFinder.Result r = new ShapeFinder(lexicon, gazetteer).find(sentences, mentions, kinds);
 * }</pre>
 */
public final class ShapeFinder {
    private static final double BODY = 0.85;
    /** Rules whose names are looked for again in the rest of the article. */
    private static final java.util.Set<String> REPEATED = java.util.Set.of("organisation-acronym",
            "organisation-members");
    private static final double PLACE = 0.7;
    private static final double ORGANISATION = 0.6;
    private static final double ACRONYM = 0.5;
    private static final double EVENT = 0.7;
    /** Organisation words after which "in" and a place go on the name: "Mission in Libya". */
    private static final java.util.Set<String> IN_NAMES = java.util.Set.of("mission", "office", "missions", "offices");
    private static final double DISTANT_PLACE = 0.6;
    /** Most words in an event's name: "the Jeddah Declaration of Commitment to Protect the Civilians of Sudan". */
    private static final int MAX_EVENT_WORDS = 12;
    /** Small words that may stand inside an event's name after its head word. */
    private static final java.util.Set<String> EVENT_CONNECTORS = java.util.Set.of("of", "for", "and", "on", "the", "to",
            "in");
    private static final int MAX_WORDS = 6;
    /** Small words that may stand inside a capitalised name: "Authority on Development". */
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("of", "for", "and", "on", "the");
    /** Lower-case particles inside a place's name before its head: "Bab al-Hawa border crossing". */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("al", "el", "ad", "as", "ash", "de", "du",
            "la", "le");

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    public ShapeFinder(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
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

    private record Span(int start, int end, String id, Found found) {
    }

    /** Finds the organisations and places of one article. */
    public Result find(List<Sentence> sentences, List<Mention> known, Function<String, Kind> kinds) {
        List<Mention> all = new ArrayList<>(known);
        Map<String, Found> found = new LinkedHashMap<>();
        Map<String, String> acronymIds = new java.util.HashMap<>();
        for (Sentence sentence : sentences) {
            List<Mention> inside = all.stream().filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end())
                    .toList();
            SentenceView view = new SentenceView(sentence, inside, kinds);
            List<Span> spans = new ArrayList<>();
            events(view, spans);
            bodies(view, spans);
            places(view, spans);
            placeHeads(view, spans);
            placeLeads(view, spans);
            distances(view, spans);
            groups(view, spans);
            members(view, spans);
            organisations(view, spans);
            acronyms(view, spans, acronymIds);
            for (Span span : spans) {
                int start = view.startOf(span.start());
                int end = view.endBefore(span.end());
                all.removeIf(m -> m.start() >= start && m.end() <= end);
                all.add(new Mention(sentence.index(), start, end, view.text(span.start(), span.end()), span.id(),
                        MatchType.LABEL));
                if (span.found() != null) {
                    found.merge(span.id(), span.found(), (a, b) -> a.confidence() >= b.confidence() ? a : b);
                }
            }
        }
        mergeAcronyms(all, found);
        repeats(sentences, all, found, kinds);
        all.sort(Comparator.comparingInt(Mention::start));
        return new Result(all, List.copyOf(found.values()));
    }

    /** "the Azerbaijani Defence Ministry", "Russia's Foreign Ministry", "Armenian forces". */
    private void bodies(SentenceView view, List<Span> spans) {
        for (Mention m : view.mentions()) {
            if (view.kind(m) != Kind.COUNTRY || m.matchType() == MatchType.METONYM) {
                continue;
            }
            int j = view.endToken(m);
            if ((view.word(j).equals("'") || view.word(j).equals("’")) && view.word(j + 1).equals("s")) {
                j += 2;
            }
            Optional<Phrases.Match<NationalBody>> body = lexicon.bodies().at(view.words(), j);
            if (body.isEmpty() || view.mentionAt(j) != null || view.quoted(j)) {
                continue;
            }
            NationalBody b = body.get().value();
            int end = body.get().end();
            if (b.ministry()) {
                if (!view.word(end).equals("ministry")) {
                    continue;
                }
                end++;
            }
            Entity country = gazetteer.get(m.entityId()).orElseThrow();
            String id = country.id() + "-" + b.key();
            String label = b.label() + " of " + country.label();
            String surface = view.text(view.firstToken(m), end);
            // the words of the text ("Sudanese Armed Forces") are a name of the body too
            List<String> aliases = Names.key(surface).equals(Names.key(label)) ? List.of() : List.of(surface);
            Found f = gazetteer.get(id).isPresent() ? null : new Found(new Entity(id, Kind.ORGANIZATION, label,
                    aliases, List.of(), List.of(), country.id(), null, null), "body-" + b.key(), BODY);
            spans.add(new Span(view.firstToken(m), end, id, f));
        }
    }

    /**
     * Named events: capitalised words (names of places and countries included) before a capitalised event
     * word — "the Korean War", "the Luanda Mini-Summit on Peace and Security", "World War II" — or an event
     * word that leads — "the Battle of Mosul", "Operation Iron Swords". The names inside are part of the
     * event's name, not mentions of their own. Not in headlines ("ECOWAS to Hold Talks with Military
     * Junta"), whose words are capitalised whatever they are: lines without a full stop.
     */
    private void events(SentenceView view, List<Span> spans) {
        String text = view.sentence().text().strip();
        if (text.isEmpty() || ".!?\"”’)".indexOf(text.charAt(text.length() - 1)) < 0) {
            return;
        }
        for (int i = 0; i < view.size(); i++) {
            Token t = view.tokens().get(i);
            Optional<Phrases.Match<Lexicon.EventLead>> word = t.isWord() && t.isCapitalised()
                    ? lexicon.eventWords().at(view.words(), i) : Optional.empty();
            if (word.isEmpty() || taken(spans, i)) {
                continue;
            }
            int after = word.get().end();
            if (romanNumeral(view, after)) {
                after++;
            }
            boolean goesOn = after < view.size() && view.tokens().get(after).isWord()
                    && view.tokens().get(after).isCapitalised();
            Lexicon.EventLead lead = word.get().value();
            if (goesOn && lead != Lexicon.EventLead.NAME) {
                // "the International Crisis Group": the name goes on, it is not the event word's
                continue;
            }
            int start = goesOn ? i : eventNameBefore(view, i);
            int end;
            if (start < i) {
                end = eventTail(view, after);
            } else if (lead == Lexicon.EventLead.OF && view.word(after).equals("of")) {
                end = eventTail(view, after);
            } else if (lead == Lexicon.EventLead.NAME) {
                end = capitalisedWithMentions(view, after, MAX_WORDS);
            } else {
                continue;
            }
            if (end <= after && start == i) {
                continue;
            }
            String name = view.text(start, end);
            String id = PersonFinder.slug(name);
            if (gazetteer.get(id).isEmpty()) {
                spans.add(new Span(start, end, id, new Found(new Entity(id, Kind.NAMED_EVENT, name, List.of(),
                        List.of(), List.of(), null, null, null), "event-name", EVENT)));
            } else {
                spans.add(new Span(start, end, id, null));
            }
            i = end - 1;
        }
    }

    /**
     * The start of the name before an event word at {@code end}: capitalised words, names the gazetteer
     * knows, years and ordinals, joined by dashes ("Mini-Summit", "Six-Day"); {@code end} when none.
     */
    private int eventNameBefore(SentenceView view, int end) {
        int start = end;
        int words = 0;
        for (int k = end - 1; k >= 0 && words < MAX_WORDS; k--) {
            Token t = view.tokens().get(k);
            boolean name = t.isWord() && (t.isCapitalised() || view.mentionAt(k) != null)
                    && !lexicon.notNames().contains(view.word(k)) && lexicon.titles().at(view.words(), k).isEmpty()
                    && lexicon.dates().at(view.words(), k).isEmpty()
                    || SentenceView.digits(t.text(), 4, 4);
            if (name) {
                start = k;
                words++;
            } else if (!(t.text().equals("-") && k > 0 && tight(view, k - 1, k + 1))) {
                break;
            }
        }
        return view.tokens().get(start).isWord() ? start : start + 1;
    }

    /** The end of "of Commitment to Protect the Civilians of Sudan" after an event's head word at {@code i}. */
    private int eventTail(SentenceView view, int i) {
        if (!EVENT_CONNECTORS.contains(view.word(i)) || view.word(i).equals("the") || view.word(i).equals("and")) {
            return i;
        }
        int end = i;
        int words = 0;
        for (int k = i; k < view.size() && words < MAX_EVENT_WORDS; k++) {
            Token t = view.tokens().get(k);
            if (t.isWord() && (t.isCapitalised() || view.mentionAt(k) != null)) {
                words++;
                end = k + 1;
            } else if (t.text().equals("-") && words > 0 && tight(view, k - 1, k + 1)) {
                continue;
            } else if (t.text().equals(",") && words > 0 && listGoesOn(view, k)) {
                // "the Treaty of Friendship, Cooperation, and Mutual Assistance"
                continue;
            } else if (!(EVENT_CONNECTORS.contains(t.text()) && k + 1 < view.size()
                    && (view.tokens().get(k + 1).isCapitalised() || view.word(k + 1).equals("the")
                            && k + 2 < view.size() && view.tokens().get(k + 2).isCapitalised()))) {
                break;
            }
        }
        return end;
    }

    /**
     * Whether the comma at token {@code k} continues a list of capitalised words closed by "and":
     * ", Cooperation, and Mutual Assistance" (but not ", Kim said").
     */
    private static boolean listGoesOn(SentenceView view, int k) {
        int j = k + 1;
        while (j < view.size()) {
            int words = 0;
            if (view.word(j).equals("and")) {
                j++;
            }
            while (j < view.size() && view.tokens().get(j).isWord() && view.tokens().get(j).isCapitalised()) {
                j++;
                words++;
            }
            if (words == 0) {
                return false;
            }
            if (view.word(j - words - 1).equals("and")) {
                return true;
            }
            if (j >= view.size() || !view.word(j).equals(",") && !view.word(j).equals("and")) {
                return false;
            }
            if (view.word(j).equals(",")) {
                j++;
            }
        }
        return false;
    }

    /** The end of capitalised words, gazetteer names among them, from token {@code i}: "Iron Swords". */
    private int capitalisedWithMentions(SentenceView view, int i, int max) {
        int end = i;
        for (int k = i; k < view.size() && k - i < max; k++) {
            Token t = view.tokens().get(k);
            if (!(t.isWord() && (t.isCapitalised() || view.mentionAt(k) != null))) {
                break;
            }
            end = k + 1;
        }
        return end;
    }

    private static boolean romanNumeral(SentenceView view, int i) {
        return i < view.size() && view.tokens().get(i).text().matches("I{1,3}|IV|V|VI{1,3}");
    }

    /** "Camp Deroux", "Mount Sinjar", "Lake Chad": a capitalised lead word and the capitalised words after it. */
    private void placeLeads(SentenceView view, List<Span> spans) {
        for (int i = 0; i + 1 < view.size(); i++) {
            Token t = view.tokens().get(i);
            Optional<Phrases.Match<String>> lead = t.isWord() && t.isCapitalised() && view.mentionAt(i) == null
                    && !taken(spans, i) ? lexicon.placeLeads().at(view.words(), i) : Optional.empty();
            if (lead.isEmpty()) {
                continue;
            }
            int start = lead.get().end();
            int end = capitalisedWithMentions(view, start, MAX_WORDS);
            if (end == start || taken(spans, start) || lexicon.notNames().contains(view.word(start))) {
                continue;
            }
            String name = view.text(i, end);
            String id = PersonFinder.slug(name);
            Kind kind = Kind.parse(lead.get().value()).orElseThrow();
            spans.add(new Span(i, end, id, gazetteer.get(id).isPresent() ? null : new Found(new Entity(id, kind, name,
                    List.of(), List.of(), List.of(), null, null, null), "place-lead", PLACE)));
            i = end - 1;
        }
    }

    /**
     * "retook Awdhegle and Mubarak, about 75 kilometers west of Mogadishu": capitalised names right before
     * a distance and a direction from a place are settlements.
     */
    private void distances(SentenceView view, List<Span> spans) {
        if (PersonFinder.titleCase(view)) {
            return;
        }
        for (int i = 1; i + 3 < view.size(); i++) {
            if (!SentenceView.digits(view.word(i), 1, 4) || distance(view, i + 1) != Lexicon.DistanceRole.UNIT
                    || distance(view, i + 2) != Lexicon.DistanceRole.DIRECTION || !view.word(i + 3).equals("of")) {
                continue;
            }
            int k = i - 1;
            if (distance(view, k) == Lexicon.DistanceRole.APPROXIMATELY) {
                k--;
            }
            if (k < 1 || !view.word(k).equals(",")) {
                continue;
            }
            int end = k;
            while (end > 0) {
                int start = nameBefore(view, end);
                if (start == end || taken(spans, start)) {
                    break;
                }
                String name = view.text(start, end);
                String id = PersonFinder.slug(name);
                if (gazetteer.get(id).isEmpty()) {
                    spans.add(new Span(start, end, id, new Found(new Entity(id, Kind.SETTLEMENT, name, List.of(),
                            List.of(), List.of(), null, null, null), "place-distance", DISTANT_PLACE)));
                }
                // "Awdhegle and Mubarak", "Awdhegle, Mubarak and Jilib"
                if (start > 1 && (view.word(start - 1).equals("and") || view.word(start - 1).equals(","))) {
                    end = start - 1;
                } else {
                    break;
                }
            }
        }
    }

    private Lexicon.DistanceRole distance(SentenceView view, int i) {
        return lexicon.distanceWords().get(view.word(i));
    }

    /**
     * "the village of Sotk", "the province of Syunik": the name after "of" is the place; "the Sea of
     * Japan", "the Gulf of Aden": the capitalised word and the name are the place's name, with the
     * places and countries inside it.
     */
    private void places(SentenceView view, List<Span> spans) {
        for (int i = 0; i + 2 < view.size(); i++) {
            Optional<Phrases.Match<PlaceHead>> word = lexicon.placeWords().at(view.words(), i);
            if (word.isEmpty() || !view.word(word.get().end()).equals("of") || taken(spans, i) || view.quoted(i)) {
                continue;
            }
            PlaceHead w = word.get().value();
            int start = word.get().end() + 1;
            Kind kind = Kind.parse(w.kind()).orElseThrow();
            if (w.withHead()) {
                int end = capitalisedWithMentions(view, start, MAX_WORDS);
                if (end == start || !view.tokens().get(i).isCapitalised() || view.mentionAt(i) != null) {
                    continue;
                }
                String name = view.text(i, end);
                String id = PersonFinder.slug(name);
                spans.add(new Span(i, end, id, gazetteer.get(id).isPresent() ? null : new Found(new Entity(id, kind,
                        name, List.of(), List.of(), List.of(), null, null, null), "place-" + view.word(i), PLACE)));
                i = end - 1;
                continue;
            }
            int end = capitalised(view, start);
            if (end == start || view.mentionAt(start) != null) {
                continue;
            }
            String name = view.text(start, end);
            String id = PersonFinder.slug(name);
            if (gazetteer.get(id).isPresent()) {
                continue;
            }
            spans.add(new Span(start, end, id, new Found(new Entity(id, kind, name, List.of(), List.of(), List.of(),
                    null, null, null), "place-" + view.word(i), PLACE)));
        }
    }

    /**
     * "Saada province", "the Rafah border crossing", "the Debay Sima - Burre border point": capitalised
     * words right before a place head make a place, labelled with the head as written.
     */
    private void placeHeads(SentenceView view, List<Span> spans) {
        if (PersonFinder.titleCase(view)) {
            // "Ethiopia, Eritrea Reopen Border Crossing": capitals in a headline say nothing
            return;
        }
        for (int i = 1; i < view.size(); i++) {
            Optional<Phrases.Match<PlaceHead>> head = lexicon.placeHeads().at(view.words(), i);
            if (head.isEmpty() || taken(spans, i)) {
                continue;
            }
            PlaceHead h = head.get().value();
            int start = nameBefore(view, i);
            if (start == i || taken(spans, start) || !h.withHead() && view.tokens().get(i).isCapitalised()
                    || adjectiveIn(view, start, i)) {
                continue;
            }
            int end = h.withHead() ? head.get().end() : i;
            String name = view.text(start, end);
            String id = PersonFinder.slug(name);
            if (gazetteer.get(id).isEmpty()) {
                Kind kind = Kind.parse(h.kind()).orElseThrow();
                // "Lower Shabelle region" is also called "Lower Shabelle"
                List<String> aliases = h.withHead() ? List.of(view.text(start, i)) : List.of();
                spans.add(new Span(start, end, id, new Found(new Entity(id, kind, name, aliases, List.of(),
                        List.of(), null, null, null), "place-head", PLACE)));
            }
            i = head.get().end() - 1;
        }
    }

    /** Whether a word of the name is an adjective that names no place: "the Jewish state", "a Gulf state". */
    private boolean adjectiveIn(SentenceView view, int start, int end) {
        for (int k = start; k < end; k++) {
            if (lexicon.notPlaceNames().contains(view.word(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The start of the capitalised words (joined by dashes: "Debay Sima - Burre") that end just before
     * token {@code end}, or {@code end} when there are none. Words that start sentences ("The"), dates,
     * titles, organisation words and the gazetteer's names are never part of it.
     */
    private int nameBefore(SentenceView view, int end) {
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
            } else if (words > 0 && PARTICLES.contains(t.text()) && start == k + 2 && view.word(k + 1).equals("-")
                    && tight(view, k, start)) {
                // "al-Shabab": a particle joined to the name by a dash starts it
                start = k;
            } else if (!(words > 0 && (view.word(k).equals("-") || PARTICLES.contains(t.text())) && k > 0)) {
                break;
            }
        }
        return start;
    }

    /** Whether tokens {@code from} to {@code to} are written without spaces between them ("al-Shabab"). */
    private static boolean tight(SentenceView view, int from, int to) {
        for (int k = from; k < to; k++) {
            if (view.tokens().get(k).end() != view.tokens().get(k + 1).start()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Al-Shabab militants", "Boko Haram fighters": a name before a noun for an armed group's members
     * is the group, when its words are joined by a dash or it has two or more capitalised words
     * ("Islamist militants" is not a name).
     */
    private void members(SentenceView view, List<Span> spans) {
        for (int i = 1; i < view.size(); i++) {
            if (!lexicon.memberNouns().contains(view.word(i)) || view.tokens().get(i).isCapitalised() || taken(spans, i)) {
                continue;
            }
            int start = nameBefore(view, i);
            if (start == i || taken(spans, start)) {
                continue;
            }
            long capitals = view.tokens().subList(start, i).stream().filter(t -> t.isWord() && t.isCapitalised()).count();
            boolean dashed = view.tokens().subList(start, i).stream().anyMatch(t -> t.text().equals("-"));
            if (capitals >= 2 || dashed) {
                add(view, spans, start, i, "organisation-members");
            }
        }
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
        for (Sentence sentence : sentences) {
            List<Mention> inside = all.stream().filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end())
                    .toList();
            SentenceView view = new SentenceView(sentence, inside, kinds);
            for (Found g : groups) {
                List<String> words = Names.tokens(g.entity().label()).stream().map(t -> Names.fold(t.text())).toList();
                for (int i = 0; i + words.size() <= view.size(); i++) {
                    if (matchesAt(view, i, words)) {
                        all.add(new Mention(sentence.index(), view.startOf(i), view.endBefore(i + words.size()),
                                view.text(i, i + words.size()), g.entity().id(), MatchType.LABEL));
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

    /**
     * "The M5-RFP coalition", "the SDF alliance": an acronym the gazetteer does not know before a
     * group noun is an organisation; so is "X-led" before one ("a Saudi-led coalition"), named with
     * the words as written.
     */
    private void groups(SentenceView view, List<Span> spans) {
        for (int i = 0; i + 1 < view.size(); i++) {
            if (taken(spans, i)) {
                continue;
            }
            Mention leader = view.mentionAt(i);
            if (leader != null) {
                int k = view.endToken(leader);
                if (view.firstToken(leader) == i && view.kind(leader) == Kind.COUNTRY && view.word(k).equals("-")
                        && view.word(k + 1).equals("led") && lexicon.groupNouns().contains(view.word(k + 2))
                        && view.mentionAt(k + 2) == null) {
                    add(view, spans, i, k + 3, "organisation-led");
                    i = k + 2;
                }
                continue;
            }
            int end = acronymEnd(view, i);
            if (end > i && lexicon.groupNouns().contains(view.word(end)) && !view.tokens().get(end).isCapitalised()) {
                add(view, spans, i, end, "organisation-acronym");
                i = end;
            }
        }
    }

    private void add(SentenceView view, List<Span> spans, int start, int end, String rule) {
        add(view, spans, start, end, rule, ORGANISATION);
    }

    private void add(SentenceView view, List<Span> spans, int start, int end, String rule, double confidence) {
        String name = view.text(start, end);
        String id = PersonFinder.slug(name);
        if (gazetteer.get(id).isEmpty()) {
            spans.add(new Span(start, end, id, new Found(new Entity(id, Kind.ORGANIZATION, name, List.of(), List.of(),
                    List.of(), null, null, null), rule, confidence)));
        }
    }

    /**
     * The end of an acronym starting at token {@code i} ("SDF", "M5-RFP": capitals and digits, parts
     * joined by dashes without spaces, at least two capitals), or {@code i} when none starts there.
     */
    private static int acronymEnd(SentenceView view, int i) {
        List<Token> tokens = view.tokens();
        int j = i;
        int capitals = 0;
        while (j < tokens.size() && view.mentionAt(j) == null && SentenceView.capitalsOrDigits(tokens.get(j).text())) {
            capitals += (int) tokens.get(j).text().chars().filter(Character::isUpperCase).count();
            j++;
            boolean dash = j + 1 < tokens.size() && tokens.get(j).text().equals("-")
                    && tokens.get(j).start() == tokens.get(j - 1).end() && tokens.get(j + 1).start() == tokens.get(j).end();
            if (!dash) {
                break;
            }
            j++;
        }
        return capitals >= 2 && j > i && tokens.get(j - 1).isWord() && tokens.get(i).isCapitalised() ? j : i;
    }

    /**
     * Acronyms no gazetteer row or other rule explains. After a name, in brackets ("the Rapid Support
     * Forces (RSF)") or after ", or" ("the Revolutionary Armed Forces of Colombia, or FARC"), the acronym is another name of that organisation, in the rest of the article too;
     * a known acronym in brackets after an unknown long form ("the Intergovernmental Authority for
     * Development (IGAD)") makes the long form a name of the known organisation. An acronym standing
     * alone ("AMISOM confirmed …") is an organisation of its own: three to seven capitals, not a word of
     * {@code not-acronyms.csv} ("GMT", "COVID"), not a roman numeral, and not in a sentence written in capitals.
     */
    private void acronyms(SentenceView view, List<Span> spans, Map<String, String> acronymIds) {
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
                        spans.set(before, new Span(s.start(), s.end(), known.entityId(), null));
                    }
                }
                continue;
            }
            String word = view.tokens().get(i).text();
            if (taken(spans, i) || !acronym(word) || joined(view, i)) {
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
                if (id != null) {
                    acronymIds.put(key, id);
                    spans.add(new Span(i, i + 1, id, null));
                    if (before >= 0 && spans.get(before).found() != null) {
                        // the acronym is a name of the found organisation in other articles too
                        Span s = spans.get(before);
                        Entity e = s.found().entity();
                        List<String> aliases = new ArrayList<>(e.aliases());
                        aliases.add(word);
                        spans.set(before, new Span(s.start(), s.end(), s.id(), new Found(new Entity(e.id(), e.kind(),
                                e.label(), aliases, e.demonyms(), e.metonyms(), e.country(), e.wikidata(), e.source(),
                                e.coordinates()), s.found().rule(), s.found().confidence())));
                    }
                    continue;
                }
            }
            if (acronymIds.containsKey(key)) {
                spans.add(new Span(i, i + 1, acronymIds.get(key), null));
            } else if (word.length() >= 3 && !lexicon.notAcronyms().contains(key)) {
                add(view, spans, i, i + 1, "organisation-acronym-alone", ACRONYM);
            }
        }
    }

    /**
     * "AMISOM" standing alone and "the African Union Mission in Somalia" in the same article are one
     * organisation when the acronym's letters start the name's words in order (words may be skipped):
     * the acronym becomes an alias of the name.
     */
    private static void mergeAcronyms(List<Mention> all, Map<String, Found> found) {
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
            Entity e = full.get().entity();
            List<String> aliases = new ArrayList<>(e.aliases());
            aliases.add(letters);
            found.remove(acronym.entity().id());
            found.put(e.id(), new Found(new Entity(e.id(), e.kind(), e.label(), aliases, e.demonyms(), e.metonyms(),
                    e.country(), e.wikidata(), e.source(), e.coordinates()), full.get().rule(), full.get().confidence()));
            all.replaceAll(m -> m.entityId().equals(acronym.entity().id())
                    ? new Mention(m.sentence(), m.start(), m.end(), m.surface(), e.id(), m.matchType()) : m);
        }
    }

    /** Whether an acronym stands for a name: "AMISOM" for "African Union Mission in Somalia". */
    static boolean expands(String acronym, String name) {
        List<String> words = Names.tokens(name).stream().filter(Token::isWord)
                .map(t -> t.text().toUpperCase(java.util.Locale.ROOT)).toList();
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
        for (int k = 0; k < spans.size(); k++) {
            if (spans.get(k).end() == end) {
                return k;
            }
        }
        return -1;
    }

    /** "National Security Council", "Authority on Development": capitalised names headed by an organisation word. */
    private void organisations(SentenceView view, List<Span> spans) {
        for (int i = 0; i < view.size(); i++) {
            if (taken(spans, i) || view.quoted(i)) {
                continue;
            }
            int end = capitalised(view, i);
            if (end - i == 1 && ownedOrganisationWord(view, i)) {
                // "the Indian Army", "the African Union Commission": one organisation word after a country or body
                Mention owner = view.mentionAt(i - 1);
                String country = view.kind(owner) == Kind.COUNTRY ? owner.entityId() : null;
                end = placeTail(view, end);
                String name = view.text(view.firstToken(owner), end);
                String id = PersonFinder.slug(name);
                if (gazetteer.get(id).isEmpty()) {
                    spans.add(new Span(view.firstToken(owner), end, id, new Found(new Entity(id, Kind.ORGANIZATION, name,
                            List.of(), List.of(), List.of(), country, null, null), "organisation-shape",
                            ORGANISATION)));
                }
                continue;
            }
            if (end - i < 2 || !hasOrganisationWord(view, i, end)
                    || lexicon.notNames().contains(view.word(i)) || lexicon.titles().at(view.words(), i).isPresent()) {
                continue;
            }
            if (bareBody(view, i, end)) {
                i = end - 1;
                continue;
            }
            // "the South Korean Unification Ministry", "Kenyan Defense Forces": the country's adjective is part of the name
            Mention owner = i > 0 ? view.mentionAt(i - 1) : null;
            boolean owned = owner != null && view.endToken(owner) == i && view.kind(owner) == Kind.COUNTRY
                    && owner.matchType() != MatchType.METONYM && !taken(spans, view.firstToken(owner));
            // "the U.N. Support Mission in Libya", "the African Union Mission in Somalia": a body of an organisation
            boolean part = owner != null && view.endToken(owner) == i && view.kind(owner) == Kind.ORGANIZATION
                    && !taken(spans, view.firstToken(owner));
            int start = owned || part ? view.firstToken(owner) : i;
            end = placeTail(view, end);
            String name = view.text(start, end);
            String id = PersonFinder.slug(name);
            if (gazetteer.get(id).isEmpty()) {
                spans.add(new Span(start, end, id, new Found(new Entity(id, Kind.ORGANIZATION, name, List.of(), List.of(),
                        List.of(), owned ? owner.entityId() : null, null, null), "organisation-shape", ORGANISATION)));
            }
            i = end - 1;
        }
    }

    /**
     * The end of an organisation's name that goes on with "of", "in" or "for" and a place or country:
     * "the Revolutionary Armed Forces of Colombia", "the U.N. Support Mission in Libya".
     */
    private static int placeTail(SentenceView view, int end) {
        String link = view.word(end);
        Mention place = view.mentionAt(end + 1);
        // "in" only after a mission or an office ("the U.N. Support Mission in Libya"), not "… Organization in Belem"
        boolean in = link.equals("in") && IN_NAMES.contains(view.word(end - 1));
        if ((link.equals("of") || in || link.equals("for")) && place != null
                && view.firstToken(place) == end + 1 && view.kind(place) != Kind.PERSON
                && view.kind(place) != Kind.ORGANIZATION && view.kind(place) != Kind.NAMED_EVENT
                && place.matchType() != MatchType.METONYM) {
            int after = view.endToken(place);
            // not "the Support Mission in Libya's east": the place must end the name
            boolean possessive = view.word(after).equals("'") || view.word(after).equals("’");
            return possessive ? end : after;
        }
        return end;
    }

    /**
     * A capitalised organisation word right after a country's name or adjective or an organisation's
     * name: "Indian Army", "Kenyan Police", "African Union Commission".
     */
    private boolean ownedOrganisationWord(SentenceView view, int i) {
        Mention owner = i > 0 ? view.mentionAt(i - 1) : null;
        return owner != null && view.endToken(owner) == i
                && (view.kind(owner) == Kind.COUNTRY || view.kind(owner) == Kind.ORGANIZATION)
                && owner.matchType() != MatchType.METONYM && view.tokens().get(i).isCapitalised()
                && lexicon.organisationWords().contains(view.word(i)) && !PersonFinder.titleCase(view);
    }

    /**
     * An organisation word heads the name: "… Council", "… Authority on Development", or starts it before
     * a small word: "Observatory for Human Rights", "Office of the Spokesperson".
     */
    private boolean hasOrganisationWord(SentenceView view, int start, int end) {
        if (lexicon.organisationWords().contains(view.word(start)) && start + 1 < end
                && CONNECTORS.contains(view.word(start + 1))) {
            return true;
        }
        for (int k = start + 1; k < end; k++) {
            if (lexicon.organisationWords().contains(view.word(k)) && view.tokens().get(k).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    /** "the Foreign Ministry" with no country: some country's body, not one organisation of its own. */
    private boolean bareBody(SentenceView view, int start, int end) {
        return lexicon.bodies().at(view.words(), start)
                .filter(b -> b.end() == end || b.end() == end - 1 && view.word(end - 1).equals("ministry"))
                .isPresent();
    }

    private static boolean taken(List<Span> spans, int i) {
        return spans.stream().anyMatch(s -> i >= s.start() && i < s.end());
    }

    /** The end of a run of capitalised words (with "of", "for", "and", "on", "the" inside) that no mention covers. */
    private int capitalised(SentenceView view, int i) {
        int end = i;
        int words = 0;
        for (int k = i; k < view.size() && words < MAX_WORDS; k++) {
            Token t = view.tokens().get(k);
            if (view.mentionAt(k) != null || !t.isWord()) {
                break;
            }
            if (t.isCapitalised()) {
                words++;
                end = k + 1;
            } else if (!(words > 0 && CONNECTORS.contains(t.text()) && k + 1 < view.size()
                    && (view.tokens().get(k + 1).isCapitalised() || view.word(k + 1).equals("the")
                            && k + 2 < view.size() && view.tokens().get(k + 2).isCapitalised()))) {
                // "Office of the Spokesperson": "of the" may stand inside a name
                break;
            }
        }
        return end;
    }
}
