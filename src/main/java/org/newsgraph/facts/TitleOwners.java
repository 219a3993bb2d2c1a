package org.newsgraph.facts;

import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * Where a title is held, read from the words around it for the position rules ({@link PositionRules}):
 * a country, demonym or organisation before it ("Russian President", "the EU's special representative"),
 * a body's head word ("Police spokeswoman"), "the country's" for the country the sentence named, one named
 * after it by "of", "for" or "to" ("the president of Chile", "Special Envoy for Sudan"), after the holder's
 * name ("President Jane Roe of Chile"), or the country of a possessor ("Maduro's Minister of Interior").
 *
 * <pre>{@code
 * String of = new TitleOwners(lexicon).bodyBefore(view, titleStart, discourse);
 * }</pre>
 */
final class TitleOwners {
    /**
     * The words that join a title to the country or organisation it is held at, before the holder's
     * name: "Envoy to", "Envoy for", "the president of Chile, Elena Varga".
     */
    private static final Set<String> OWNER_LINKS = Set.of("to", "for", "of");
    /** How many lower-case words may stand between "the country's" and the title ("the country's outgoing president"). */
    private static final int MODIFIERS = 2;

    private final Set<String> heads;
    private final Set<String> modifiers;
    /** Words of {@code regime-nouns.csv}: "the Ethiopian government spokesman" speaks for Ethiopia. */
    private final Set<String> regimes;
    /** Nouns for a body that a word describes before its name ({@code group-nouns.csv}): "the rebel group the Front". */
    private final Set<String> groupNouns;

    TitleOwners(Lexicon lexicon) {
        this.groupNouns = lexicon.groupNouns();
        this.heads = lexicon.words("organisation-heads.csv");
        this.modifiers = lexicon.words("title-modifiers.csv");
        this.regimes = lexicon.words("regime-nouns.csv");
    }

    /**
     * As {@link #ownerBefore}, past the words of {@code title-modifiers.csv} before the title: "Mali's former
     * Prime Minister", "the EU's outgoing special representative"; and past those of {@code regime-nouns.csv}: "the
     * Ethiopian government spokesman" speaks for Ethiopia.
     */
    String ownerBeforeModified(SentenceView view, int title) {
        int k = title;
        while (k > 0 && (modifiers.contains(view.word(k - 1)) || regimes.contains(view.word(k - 1)))
                && view.mentionAt(k - 1) == null) {
            k--;
        }
        if (view.word(k - 1).equals("-") && view.word(k - 2).equals("ex")) {
            k -= 2;   // "the National Assembly's ex-president Jane Roe"
        }
        return ownerBefore(view, k);
    }

    /**
     * "the country's outgoing president, Jane Roe": the country the sentence named before, when "the
     * country's" stands before the title past a few lower-case words; else null.
     */
    static String countrysPossessive(SentenceView view, int title) {
        int k = title - 1;
        for (int n = 0; n < MODIFIERS && k > 0 && view.tokens().get(k).isWord()
                && !view.tokens().get(k).isCapitalised() && view.mentionAt(k) == null && !view.word(k).equals("s"); n++) {
            k--;
        }
        if (!(view.possessiveAt(k - 1) && view.word(k - 2).equals("country") && view.word(k - 3).equals("the"))) {
            return null;
        }
        String country = null;
        for (int j = 0; j < k - 3; j++) {
            Mention m = view.mentionAt(j);
            if (m != null && view.kind(m) == Kind.COUNTRY) {
                country = m.entityId();
            }
        }
        return country;
    }

    /** {@code country} when the sentence names it ("France will …, President Emmanuel Macron said"). */
    static String countryNamedIn(SentenceView view, String country) {
        return country != null && view.mentions().stream().anyMatch(m -> m.entityId().equals(country))
                ? country : null;
    }

    static int possessiveStart(SentenceView view, int i) {
        return view.possessiveAt(i - 2) ? i - 2 : i;
    }

    /** Nouns for what a news outlet is, between its name and a title: "the Herald newspaper editor Jane Roe". */
    private static final Set<String> MEDIA_NOUNS = Set.of("newspaper", "daily", "weekly", "magazine",
            "agency", "broadcaster", "channel", "website", "radio", "television");

    /**
     * "Russian President", "the EU's special representative", "Kremlin spokesman", "Kampala Mayor", "Yemen Post
     * newspaper editor".
     */
    static String ownerBefore(SentenceView view, int title) {
        int at = possessiveStart(view, title);
        if (at == title && view.mentionAt(title - 1) == null && MEDIA_NOUNS.contains(view.word(title - 1))
                && !view.tokens().get(title - 1).isCapitalised()) {
            Mention outlet = view.mentionAt(title - 2);   // "Yemen Post newspaper editor Jane Roe"
            return outlet != null && view.kind(outlet) == Kind.ORGANIZATION ? outlet.entityId() : null;
        }
        Mention m = view.mentionAt(at - 1);
        return m != null && (view.kind(m) == Kind.COUNTRY || view.kind(m) == Kind.ORGANIZATION
                || view.kind(m) == Kind.SETTLEMENT || view.kind(m) == Kind.REGION) ? m.entityId() : null;
    }

    /**
     * "Police spokeswoman Jane Roe", "Ruritanian army spokesman John Doe": the organisation the article
     * names with the head word ({@code organisation-heads.csv}) right before the title, else the country of a
     * demonym before that word; else null.
     */
    String bodyBefore(SentenceView view, int title, Discourse discourse) {
        String word = view.word(title - 1).toLowerCase(java.util.Locale.ROOT);
        if (!heads.contains(word) || view.mentionAt(title - 1) != null) {
            return null;
        }
        String body = discourse.organisationAnywhere(word);
        Mention country = view.mentionAt(title - 2);
        return body != null ? body : country != null && view.kind(country) == Kind.COUNTRY ? country.entityId() : null;
    }

    /**
     * The country, organisation or region a title is held at, named right after it and before the
     * holder's name: "Permanent Representative to the United Nations Kevin Marlow", "Special Envoy
     * for the Horn of Africa Mike Hammond", "the president of Chile, Elena Varga"; null when there is none.
     */
    static Mention ownerNamedAfter(SentenceView view, int end) {
        if (!OWNER_LINKS.contains(view.word(end))) {
            return null;
        }
        int k = view.word(end + 1).equals("the") && view.mentionAt(end + 1) == null ? end + 2 : end + 1;
        int named = k;
        while (named < k + 2 && view.mentionAt(named) == null && view.tokens().get(named).isWord()
                && !view.tokens().get(named).isCapitalised()) {
            named++;   // "Chairman of the opposition Freedom Party Jane Roe"
        }
        if (view.mentionAt(named) != null && view.kind(view.mentionAt(named)) == Kind.ORGANIZATION) {
            k = named;
        }
        Mention m = view.mentionAt(k);
        Mention owned = m == null ? null : view.mentionAt(view.endToken(m) + 2);
        if (owned != null && view.kind(owned) == Kind.ORGANIZATION && possessiveStart(view, view.firstToken(owned))
                == view.endToken(m)) {
            return owned;   // "the head of Ruritania's Election Commission, Jane Roe"
        }
        return m != null && view.firstToken(m) == k && !view.quoted(k)
                && (view.kind(m) == Kind.COUNTRY || view.kind(m) == Kind.ORGANIZATION || view.kind(m) == Kind.REGION)
                ? m : null;
    }

    /**
     * "President Elena Varga of Chile": the country or organisation named by "of" right after the
     * holder's name, not a possessive ("of Chile's ruling party"); else null.
     */
    static String ownerAfterName(SentenceView view, int end) {
        if (!view.word(end).equals("of")) {
            return null;
        }
        int k = view.word(end + 1).equals("the") ? end + 2 : end + 1;
        Mention m = view.mentionAt(k);
        boolean possessive = m != null && (view.word(view.endToken(m)).equals("'") || view.word(view.endToken(m)).equals("’"));
        return m != null && view.firstToken(m) == k && !possessive
                && (view.kind(m) == Kind.COUNTRY || view.kind(m) == Kind.ORGANIZATION) ? m.entityId() : null;
    }

    /** "Maduro's Minister of Interior": the country of the person whose possessive precedes the title; else null. */
    static String possessorsCountry(SentenceView view, int title, Discourse discourse) {
        int k = possessiveStart(view, title);
        Mention m = k < title ? view.mentionAt(k - 1) : null;
        return m != null && view.kind(m) == Kind.PERSON ? discourse.article().countryOf().apply(m.entityId()) : null;
    }

    /**
     * "… of the European Council", "… for the Kremlin", "… of X at the Chatham House", "… for the rebel group the
     * Front".
     */
    String ownerAfter(SentenceView view, int j) {
        String owner = null;
        for (int k = j; k < Math.min(view.size(), j + 12); k++) {
            String w = view.word(k);
            if (w.equals(",") || w.equals(".") || w.equals(")") || view.quoted(k)) {
                break;
            }
            if (w.equals("of") || w.equals("for") || w.equals("at")) {
                int m = view.word(k + 1).equals("the") ? k + 2 : k + 1;
                if (m + 1 < view.size() && view.mentionAt(m) == null && !view.tokens().get(m).isCapitalised()
                        && groupNouns.contains(view.word(m + 1))) {
                    // "a spokesman for the rebel group the Front", "for the militant group Front"
                    m = view.word(m + 2).equals("the") ? m + 3 : m + 2;
                }
                Mention found = view.mentionAt(m);
                if (found != null && (view.kind(found) == Kind.COUNTRY || view.kind(found) == Kind.ORGANIZATION)) {
                    owner = found.entityId();
                    k = view.endToken(found) - 1;
                }
            }
        }
        return owner;
    }
}
