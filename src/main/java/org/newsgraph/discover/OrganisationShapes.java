package org.newsgraph.discover;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon.NationalBody;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Found;
import org.newsgraph.model.MatchType;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Names;
import org.newsgraph.text.Token;

/**
 * Organisations the gazetteer does not know, by their shape. A country's name or adjective before a
 * body word names that country's body — "the Azerbaijani Defence Ministry", "Russia's Foreign
 * Ministry" — with the same id whatever the wording ({@code azerbaijan-defence-ministry}). Capitalised
 * names headed by an organisation word ("National Security Council", "the Syrian Observatory for Human
 * Rights"; with "in" and a place after a word of {@code mission-words.csv}: "the U.N. Support Mission in
 * Libya"), an acronym or "X-led" ({@code led-words.csv}) before a group noun ("the M23 movement", "a
 * Saudi-led coalition") and a name before a noun for an armed group's members ("Al-Shabab militants") are
 * organisations.
 */
final class OrganisationShapes extends NameShapes {
    /** The rule of an organisation's name with a word that only restates what it is ("the NATO Alliance"). */
    static final String RESTATED = "organisation-restated";
    /** The rule file of the organisation words after which "in" and a place go on the name: "Mission in Libya". */
    static final String MISSION_WORDS = "mission-words.csv";
    /** The rule file of the words after "X-" that make "X-… coalition" an organisation: "Saudi-led". */
    static final String LED_WORDS = "led-words.csv";
    private static final double BODY = 0.85;

    /** Folded words of {@value #MISSION_WORDS}. */
    private final Set<String> missionWords;
    /** Words of land and water after a country's name ({@code land-heads.csv}): "of the Niger Delta" ends a name. */
    private final Set<String> landHeads;
    /** Folded words of {@value #LED_WORDS}. */
    private final Set<String> ledWords;
    /** Folded words of {@code regime-nouns.csv}: after a country's name, its government ("the U.S. Government"). */
    private final Set<String> regimes;
    OrganisationShapes(Lexicon lexicon, Gazetteer gazetteer) {
        super(lexicon, gazetteer);
        this.missionWords = lexicon.words(MISSION_WORDS);
        this.landHeads = lexicon.words("land-heads.csv");
        this.ledWords = lexicon.words(LED_WORDS);
        this.regimes = lexicon.words("regime-nouns.csv");
    }

    /** "the Azerbaijani Defence Ministry", "Russia's Foreign Ministry", "Armenian forces". */
    void bodies(SentenceView view, List<Span> spans) {
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
            spans.add(new Span(view.firstToken(m), end, id, f, "body-" + b.key()));
        }
    }

    /**
     * "Al-Shabab militants", "Boko Haram fighters": a name before a noun for an armed group's members
     * is the group, when its words are joined by a dash or it has two or more capitalised words
     * ("Islamist militants" is not a name).
     */
    void members(SentenceView view, List<Span> spans) {
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
     * "The M5-RFP coalition", "the SDF alliance": an acronym the gazetteer does not know before a
     * group noun is an organisation; so is "X-led" before one ("a Saudi-led coalition"), named with
     * the words as written.
     */
    void groups(SentenceView view, List<Span> spans) {
        for (int i = 0; i + 1 < view.size(); i++) {
            if (taken(spans, i)) {
                continue;
            }
            Mention leader = view.mentionAt(i);
            if (leader != null) {
                int k = view.endToken(leader);
                if (view.firstToken(leader) == i && view.kind(leader) == Kind.COUNTRY && view.word(k).equals("-")
                        && ledWords.contains(view.word(k + 1)) && lexicon.groupNouns().contains(view.word(k + 2))
                        && view.mentionAt(k + 2) == null) {
                    add(view, spans, i, k + 3, "organisation-led");
                    i = k + 2;
                }
                continue;
            }
            int end = acronymEnd(view, i);
            if (end > i && lexicon.groupNouns().contains(view.word(end)) && !view.tokens().get(end).isCapitalised()) {
                add(view, spans, i, end, Acronyms.ACRONYM_RULE);
                i = end;
            }
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

    /** "National Security Council", "Authority on Development": capitalised names headed by an organisation word. */
    /**
     * The end of capitalised words {@code [i, end)} before a title among them: "Pentagon Press Secretary"
     * is the Pentagon's press secretary, no organisation named "Pentagon Press Secretary", and in "State
     * Department Spokesman P.J. Crowley" the name after the title is its holder's, as in "House of
     * Representatives Speaker Jane Roe"; a title right after "of", "the" or "for" belongs to the name ("the
     * Office of the Spokesperson").
     */
    private int withoutTitle(SentenceView view, int i, int end) {
        for (int k = i + 1; k < end; k++) {
            var title = lexicon.titles().at(view.words(), k);
            if (Set.of("of", "the", "for").contains(view.word(k - 1))) {
                int after = title.isPresent() ? title.get().end() : -1;
                if (view.word(k - 1).equals("of") && after > 0 && after < view.size() && view.tokens().get(after).isWord()
                        && view.tokens().get(after).isCapitalised() && !view.word(after).equals("for")) {
                    return k - 1;   // "the Freedom Party of President Jane Roe": the party's name ends before "of"
                }
                if (title.isPresent()) {
                    return end;   // "the Office of the Spokesperson", "Office for the High Commissioner for …": a name
                }
                continue;   // "House of Representatives Speaker Jane Roe": a title may still follow the name
            }
            if (title.isPresent() && title.get().end() <= end) {
                return k;
            }
        }
        return end;
    }

    /** A number written as an ordinal: "1st", "82nd", "718th". */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("[0-9]+(st|nd|rd|th)");

    void organisations(SentenceView view, List<Span> spans) {
        for (int i = 0; i < view.size(); i++) {
            if (taken(spans, i) || view.quoted(i)) {
                continue;
            }
            if (i == 0 && view.word(1).equals("the") && !lexicon.organisationWords().contains(view.word(0))) {
                continue;   // "Follow the Foreign Office on Twitter": a sentence's first word before "the" is no name's
            }
            int end = coordinatedEnd(view, i, withoutTitle(view, i, capitalised(view, i)));
            if (end - i == 1 && ownedOrganisationWord(view, i)) {
                // "the Indian Army", "the African Union Commission": one organisation word after a country or body
                Mention owner = view.mentionAt(i - 1);
                boolean restated = view.kind(owner) == Kind.ORGANIZATION && lexicon.restatingWords().contains(view.word(i))
                        || view.kind(owner) == Kind.COUNTRY && regimes.contains(view.word(i).toLowerCase(java.util.Locale.ROOT))
                                && !view.word(end).equals("of");
                if (restated) {
                    // "the NATO Alliance", "the United States Government": the organisation or the country itself
                    spans.add(new Span(view.firstToken(owner), end, owner.entityId(), null, RESTATED));
                    continue;
                }
                String country = view.kind(owner) == Kind.COUNTRY ? owner.entityId() : null;
                end = placeTail(view, end);
                String name = view.text(view.firstToken(owner), end);
                String id = Names.slug(name);
                if (gazetteer.get(id).isEmpty()) {
                    spans.add(new Span(view.firstToken(owner), end, id, new Found(new Entity(id, Kind.ORGANIZATION, name,
                            List.of(), List.of(), List.of(), country, null, null), "organisation-shape",
                            ORGANISATION)));
                }
                continue;
            }
            if (end - i < 2 || !hasOrganisationWord(view, i, end) || view.headline()
                    || lexicon.notNames().contains(view.word(i)) || lexicon.titles().at(view.words(), i).isPresent()
                    // "DEPUTY PRESS SECRETARY": a rank before a title is no organisation's name either
                    || ranks.contains(view.word(i))
                            && lexicon.titles().at(view.words(), i + 1).isPresent()) {
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
            // "the Phnom Penh Municipal Court", "the Kyiv Regional Military Administration": a body of a city
            boolean local = owner != null && view.endToken(owner) == i && (view.kind(owner) == Kind.SETTLEMENT
                    || view.kind(owner) == Kind.REGION) && owner.matchType() != MatchType.METONYM
                    && !taken(spans, view.firstToken(owner));
            int start = owned || part || local ? view.firstToken(owner) : i;
            if (start == i && i > 0 && ORDINAL.matcher(view.word(i - 1)).matches() && !taken(spans, i - 1)
                    && view.mentionAt(i - 1) == null) {
                // "the 718th Engineer Company", "the 82nd Airborne Division": the unit's number is part of its name
                start = i - 1;
            }
            end = placeTail(view, end);
            String name = view.text(start, end);
            String id = Names.slug(name);
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
    /**
     * Whether a bracketed word in capitals follows the place: "the Movement for Unity and Jihad in West Africa
     * (MUJAO)" gives its whole name before its acronym.
     */
    private static boolean bracketedAfter(SentenceView view, Mention place) {
        if (place == null) {
            return false;
        }
        int after = view.endToken(place);
        String word = view.tokens().get(Math.min(after + 1, view.size() - 1)).text();
        return view.word(after).equals("(") && view.word(after + 2).equals(")") && word.length() >= 2
                && word.chars().allMatch(Character::isUpperCase);
    }

    private int placeTail(SentenceView view, int end) {
        String link = view.word(end);
        // "the Movement for the Emancipation of the Niger Delta": "the" may stand before the place after "of"
        int at = link.equals("of") && view.word(end + 1).equals("the") ? end + 2 : end + 1;
        Mention place = view.mentionAt(at);
        // "in" only after a mission or an office ("the U.N. Support Mission in Libya"), not "… Organization in Belem"
        boolean in = link.equals("in") && (missionWords.contains(view.word(end - 1)) || bracketedAfter(view, place));
        if ((link.equals("of") || in || link.equals("for")) && place != null
                && view.firstToken(place) == at && view.kind(place) != Kind.PERSON
                && view.kind(place) != Kind.ORGANIZATION && view.kind(place) != Kind.NAMED_EVENT
                && place.matchType() != MatchType.METONYM) {
            int after = view.endToken(place);
            if (view.tokens().get(after).isCapitalised() && landHeads.contains(view.word(after).toLowerCase(java.util.Locale.ROOT))) {
                after++;   // "… of the Niger Delta": the region a country's name and a word of land-heads.csv make
            }
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
                && lexicon.organisationWords().contains(view.word(i)) && !view.titleCase();
    }

    /**
     * The end of the first of two names joined by "and" in capitalised words {@code [start, end)}: "the House of
     * Commons and House of Lords", "the Senate and House of Representatives" are two bodies, for the words after
     * "and" start with an organisation word, and so are "the Royal Artillery and Royal Engineers", each ending in one;
     * "the Organization for Security and Co-operation in Europe" is one.
     */
    private int coordinatedEnd(SentenceView view, int start, int end) {
        for (int k = start + 1; k + 1 < end; k++) {
            int next = view.word(k + 1).equals("the") ? k + 2 : k + 1;   // "the Air National Guard and the National …"
            if (!view.word(k).equals("and") || next >= end || !view.tokens().get(next).isCapitalised()) {
                continue;
            }
            boolean secondOpens = lexicon.organisationWords().contains(view.word(next))
                    && (lexicon.organisationWords().contains(view.word(start)) || hasOrganisationWord(view, start, k));
            // "the Royal Artillery and Royal Engineers": each half ends in an organisation word
            boolean bothEnd = lexicon.organisationWords().contains(view.word(k - 1))
                    && lexicon.organisationWords().contains(view.word(end - 1));
            if (secondOpens || bothEnd) {
                return k;
            }
        }
        return end;
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
}
