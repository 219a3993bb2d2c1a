package org.newsgraph.discover;

import java.util.List;
import java.util.Optional;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon.PlaceHead;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Found;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Names;
import org.newsgraph.text.Token;

/**
 * Places the gazetteer does not know, by their shape: "the village of Sotk", "the Sea of Japan"
 * ({@code place-words.csv}); "Saada province", "the Rafah border crossing", "Zamfara state"
 * ({@code place-heads.csv}, not after an adjective of {@code not-place-names.csv}); "Camp Deroux",
 * "Mount Sinjar" ({@code place-leads.csv}); "the Niger Delta" ({@code land-heads.csv}); settlements before a distance from a place ("Awdhegle and
 * Mubarak, about 75 kilometers west of Mogadishu", {@code distance-words.csv}).
 */
final class PlaceShapes extends NameShapes {
    private static final double PLACE = 0.7;
    private static final double DISTANT_PLACE = 0.6;

    /** The endings of a word for a people or a region's adjective: "African", "Chinese", "Kurdish", "Arabic". */
    private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile(".*(an|ese|ish|ic)");

    /** Words of land and water after a country's name ({@code land-heads.csv}): "the Niger Delta". */
    private final java.util.Set<String> landHeads;

    PlaceShapes(Lexicon lexicon, Gazetteer gazetteer) {
        super(lexicon, gazetteer);
        this.landHeads = lexicon.words("land-heads.csv");
    }

    /** "Camp Deroux", "Mount Sinjar", "Lake Chad": a capitalised lead word and the capitalised words after it. */
    void placeLeads(SentenceView view, List<Span> spans) {
        for (int i = 0; i + 1 < view.size(); i++) {
            Token t = view.tokens().get(i);
            Optional<Phrases.Match<String>> lead = t.isWord() && t.isCapitalised() && view.mentionAt(i) == null
                    && !taken(spans, i) ? lexicon.placeLeads().at(view.words(), i) : Optional.empty();
            if (lead.isEmpty()) {
                continue;
            }
            int start = lead.get().end();
            int end = capitalisedWithMentions(view, start, MAX_WORDS);
            if (end == start || taken(spans, start) || lexicon.notNames().contains(view.word(start))
                    || adjectiveOrBody(view, start, end)) {
                continue;
            }
            Kind kind = Kind.parse(lead.get().value()).orElseThrow();
            spans.add(span(i, end, view.text(i, end), kind, "place-lead", PLACE));
            i = end - 1;
        }
    }

    /**
     * Whether the words {@code [start, end)} after a place's lead make no place: a demonym ("West African leaders"),
     * one word before a lower-case noun ("South Asian nations"), or an organisation's name ending in its word ("the
     * East Turkestan Islamic Movement").
     */
    private boolean adjectiveOrBody(SentenceView view, int start, int end) {
        for (int k = start; k < end; k++) {
            Mention m = view.mentionAt(k);
            if (m != null && m.matchType() == MatchType.DEMONYM) {
                return true;
            }
        }
        // "West African leaders", "South Asian nations": one word used as an adjective before a noun
        boolean adjective = end == start + 1 && end < view.size() && view.tokens().get(end).isWord()
                && !view.tokens().get(end).isCapitalised() && ADJECTIVE.matcher(view.word(start)).matches();
        return adjective || lexicon.organisationWords().contains(view.word(end - 1));
    }

    /**
     * "retook Awdhegle and Mubarak, about 75 kilometers west of Mogadishu": capitalised names right before
     * a distance and a direction from a place are settlements.
     */
    void distances(SentenceView view, List<Span> spans) {
        if (view.titleCase()) {
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
                if (!known(name)) {
                    spans.add(span(start, end, name, Kind.SETTLEMENT, "place-distance", DISTANT_PLACE));
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
    void places(SentenceView view, List<Span> spans) {
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
                spans.add(span(i, end, view.text(i, end), kind, "place-" + view.word(i), PLACE));
                i = end - 1;
                continue;
            }
            int end = capitalised(view, start);
            if (end == start || view.mentionAt(start) != null || namedBefore(view, i) && regionHeaded(view, end - 1)) {
                continue;
            }
            String name = view.text(start, end);
            if (!known(name)) {
                spans.add(span(start, end, name, kind, "place-" + view.word(i), PLACE));
            }
        }
    }

    /**
     * Whether a name the text gives itself stands right before the place word at token {@code word}: in "Kyauk
     * Taw village of Minbya Township" the village is Kyauk Taw and the name after "of", a region's by its head
     * word ({@link #regionHeaded}), only says where it is (not "the Kathmandu neighbourhood of Kalanki", whose
     * name after "of" is the neighbourhood's; not "the Ruritanian village of X", whose adjective is a
     * country's; nor a sentence's first word).
     */
    private boolean regionHeaded(SentenceView view, int last) {
        Optional<Phrases.Match<PlaceHead>> head = lexicon.placeHeads().at(view.words(), last);
        return head.isPresent() && head.get().end() == last + 1 && head.get().value().kind().equals("Region");
    }

    private static boolean namedBefore(SentenceView view, int word) {
        if (word < 2) {
            return false;
        }
        Token before = view.tokens().get(word - 1);
        Mention m = view.mentionAt(word - 1);
        return before.isWord() && before.isCapitalised()
                && (m == null || view.kind(m) == Kind.SETTLEMENT || view.kind(m) == Kind.REGION);
    }

    /**
     * "Saada province", "the Rafah border crossing", "the Debay Sima - Burre border point": capitalised
     * words right before a place head make a place, labelled with the head as written.
     */
    void placeHeads(SentenceView view, List<Span> spans) {
        if (view.titleCase()) {
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
            if (h.withHead() && bodyNamedAfter(view, end)) {
                i = head.get().end() - 1;
                continue;   // "the Prut Valley Farmers Council": the place names the body, which names itself
            }
            String name = view.text(start, end);
            String id = Names.slug(name);
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

    /** How many capitalised words a body's name may have after a place's name inside it. */
    private static final int BODY_AFTER_PLACE = 4;

    /**
     * Whether capitalised words from token {@code k}, no mention among them, end in a word of an organisation's
     * name ({@code organisation-words.csv}): "Farmers Council" after "the Prut Valley".
     */
    private boolean bodyNamedAfter(SentenceView view, int k) {
        for (int j = k; j < view.size() && j < k + BODY_AFTER_PLACE && view.mentionAt(j) == null
                && view.tokens().get(j).isWord() && view.tokens().get(j).isCapitalised(); j++) {
            if (lexicon.organisationWords().contains(view.word(j))
                    && !(j + 1 < view.size() && view.tokens().get(j + 1).isCapitalised())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Niger Delta", "the Senegal River": a country's name and a capitalised word of {@code land-heads.csv} right
     * after it name a region of their own, not the country (rule {@code place-land}).
     */
    void landHeads(SentenceView view, List<Span> spans) {
        if (view.titleCase()) {
            return;
        }
        for (int i = 1; i < view.size(); i++) {
            Mention country = view.mentionAt(i - 1);
            if (country == null || view.kind(country) != Kind.COUNTRY || country.matchType() == MatchType.DEMONYM
                    || !view.tokens().get(i).isCapitalised() || !landHeads.contains(view.word(i).toLowerCase(java.util.Locale.ROOT))
                    || view.mentionAt(i) != null || taken(spans, i) || taken(spans, view.firstToken(country))
                    || lexicon.placeLeads().endingAt(view.words(), view.firstToken(country)).isPresent()) {
                continue;   // "Lake Chad Basin": a lead's place, whole
            }
            spans.add(span(view.firstToken(country), i + 1, view.text(view.firstToken(country), i + 1), Kind.REGION,
                    "place-land", PLACE));
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
}
