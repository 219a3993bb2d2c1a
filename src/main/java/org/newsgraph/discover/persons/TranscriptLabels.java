package org.newsgraph.discover.persons;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Found;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Names;

/**
 * The speaker of a transcript line: "MR MILLER: …", "MS. JEAN-PIERRE: …" name a person by an honorific
 * or title of {@code transcript-honorifics.csv} and a surname in capitals, often the only place the
 * article names the speaker outside a Title Case headline (where names count only when the article names
 * the person elsewhere). The surname becomes a person ("Miller"), which the full name of the headline or
 * the first lines then joins ({@code ShortNames}). A label whose name the gazetteer or an earlier rule
 * already gave is left alone; a line that does not open with an honorific and a name before a colon is
 * no label ("Note: …", "Washington: …").
 *
 * <pre>{@code
 * new TranscriptLabels(lexicon).find(view, persons, mentions);
 * }</pre>
 */
public final class TranscriptLabels {
    /** The rule's id. */
    public static final String NAME = "person-transcript-label";
    /** The most words a label's name has, initials aside ("PRESS SECRETARY JOHN F. KIRBY"). */
    private static final int NAME_WORDS = 3;
    /** The longest label, in tokens before its colon. */
    private static final int LABEL = 8;

    private final Lexicon lexicon;
    private final Set<String> honorifics;

    public TranscriptLabels(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.honorifics = lexicon.words("transcript-honorifics.csv");
    }

    /**
     * Adds the person the label of sentence {@code view} names to {@code persons}, with its mention in
     * {@code mentions}; {@code afterHonorific} when the sentence before was the label's honorific alone
     * ("MS." split off by the sentence splitter).
     */
    public void find(SentenceView view, boolean afterHonorific, Map<String, Found> persons, List<Mention> mentions) {
        find(view, afterHonorific, Map.of(), persons, mentions);
    }

    /**
     * As {@link #find(SentenceView, boolean, Map, List)}, with the full names of the article's name lines
     * by their folded surname ({@link #nameLine}): a label "MS. HARF" is the "Marie Harf" of the line
     * that heads the transcript.
     */
    public void find(SentenceView view, boolean afterHonorific, Map<String, String> fullNames,
            Map<String, Found> persons, List<Mention> mentions) {
        int from = view.afterEllipsis();   // "… MR. KIRBY:" opens an excerpt
        int colon = from + 1;
        while (colon < Math.min(view.size(), from + LABEL) && !view.word(colon).equals(":")) {
            colon++;
        }
        if (colon >= view.size() - 1 || !view.word(colon).equals(":")) {
            return;
        }
        // the name: up to two words in capitals before the colon ("JEAN-PIERRE" is one)
        int first = colon;
        int words = 0;
        while (first > from && words < NAME_WORDS && SentenceView.capitalsOrDigits(view.tokens().get(first - 1).text())
                && !honorifics.contains(view.word(first - 1)) && lexicon.titles().endingAt(view.words(), first).isEmpty()) {
            first--;
            words++;
            if (first > 1 && view.word(first - 1).equals("-")) {
                first -= 2;
            }
            if (first > 2 && view.word(first - 1).equals(".") && view.tokens().get(first - 2).text().length() == 1
                    && Character.isUpperCase(view.tokens().get(first - 2).text().charAt(0))) {
                first -= 2;   // a middle initial: "JOHN F. KIRBY"
            }
        }
        if (first == colon || first == from && !afterHonorific || !honorificsOrTitles(view, from, first)) {
            return;
        }
        for (int i = first; i < colon; i++) {
            if (view.mentionAt(i) != null) {
                return;   // a person the gazetteer or an earlier rule knows
            }
        }
        String name = fullNames.getOrDefault(Names.fold(view.text(first, colon)), titleCase(view.text(first, colon)));
        String id = Names.slug(name);
        persons.putIfAbsent(id, new Found(new Entity(id, Kind.PERSON, name, List.of(), List.of(), List.of(), null, null, null),
                NAME, PersonRule.POSSIBLE));
        mentions.add(new Mention(view.sentence().index(), view.startOf(first), view.endBefore(colon),
                view.text(first, colon), id, MatchType.ALIAS, NAME));
    }

    /**
     * The full name a line of its own gives, or null: two or three capitalised words and nothing else
     * ("Marie Harf" above a briefing's transcript), no word of them known as an entity or a title.
     */
    public String nameLine(SentenceView view) {
        if (view.size() < 2 || view.size() > 3 || !view.mentions().isEmpty()) {
            return null;
        }
        for (int k = 0; k < view.size(); k++) {
            String t = view.tokens().get(k).text();
            if (!view.tokens().get(k).isWord() || !view.tokens().get(k).isCapitalised()
                    || SentenceView.capitalsOrDigits(t) || lexicon.titles().at(view.words(), k).isPresent()
                    || honorifics.contains(view.word(k))) {
                return null;
            }
        }
        return view.text(0, view.size());
    }

    /** Whether tokens {@code [0, end)} are honorifics and titles in capitals ("MR.", "DEPUTY PRESS SECRETARY"). */
    private boolean honorificsOrTitles(SentenceView view, int from, int end) {
        int k = from;
        while (k < end) {
            var title = lexicon.titles().at(view.words(), k);
            if (honorifics.contains(view.word(k)) && view.tokens().get(k).isCapitalised()) {
                k += view.word(k + 1).equals(".") ? 2 : 1;
            } else if (title.isPresent() && title.get().end() <= end) {
                k = title.get().end();
            } else {
                return false;
            }
        }
        return true;
    }

    /** Whether sentence {@code view} is an honorific alone ("MS."): the start of a label split off. */
    public boolean honorificAlone(SentenceView view) {
        int from = view.afterEllipsis();   // "… MS."
        return view.size() == from + 2 && honorifics.contains(view.word(from))
                && view.tokens().get(from).isCapitalised() && view.word(from + 1).equals(".");
    }

    /** "JEAN-PIERRE" as "Jean-Pierre", "MILLER" as "Miller". */
    private static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder(capitals.length());
        boolean start = true;
        for (int i = 0; i < capitals.length(); i++) {
            char c = capitals.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString().toLowerCase(Locale.ROOT).equals(out.toString()) ? capitals : out.toString();
    }
}
