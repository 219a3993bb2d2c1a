package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.discover.persons.Seats;
import org.newsgraph.discover.persons.WordsOfAddress;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.model.Facts.Position;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Names;

/**
 * The position rules: a title before a name ("Russian President Vladimir Putin", rule
 * {@code title-before-name}), with its owner from a country or organisation before it, else the
 * person's country when the sentence names it; a title apposed after a name ("Charles Michel,
 * president of the European Council", rule {@code name-comma-title}), with its owner from "of",
 * "for" or "at" after it or a possessive before it; and a counterpart title
 * ({@code counterpart-titles.csv}: "his Russian counterpart Sergei Shoigu", rule {@code counterpart})
 * taking the title named last in the article; a title after a verb of holding it ({@code office-verbs.csv}:
 * "Jane Roe was sworn in as president", rule {@code office-verb-title}). No position from a title inside
 * quotation marks.
 *
 * <pre>{@code
 * List<Position> found = new PositionRules(lexicon).find(view, start, discourse);
 * }</pre>
 */
final class PositionRules {
    /** The articles before a title in apposition ("Jane Roe, the French ambassador"). */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** How far after a title in a list the next holder's name may stand ("Chairman of the Joint Staff Adm. Roe"). */
    private static final int NEXT_HOLDER = 10;
    private final Lexicon lexicon;
    private final Set<String> counterparts;
    private final Set<String> rankWords;
    /** Titles whose place before them is their beat ({@code beat-titles.csv}: "West Africa Correspondent"). */
    private final Set<String> beats;
    private final Set<String> ranks;
    private final TitleOwners owners;
    private final Set<String> honorifics;
    private final WordsOfAddress address;
    private final Seats seats;
    /** The words that open a heading naming its author after "by" ({@code authored-headings.csv}). */
    private final Phrases<String> headings = new Phrases<>();
    private final Phrases<String> officeVerbs = new Phrases<>();
    /** Verbs of being before a title ({@code copular-verbs.csv}): "Jane Roe is the president of …". */
    private final Phrases<String> copulas = new Phrases<>();
    private final Set<String> actorPronouns;

    PositionRules(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.counterparts = lexicon.words("counterpart-titles.csv");
        this.rankWords = lexicon.words("title-ranks.csv");
        this.beats = lexicon.words("beat-titles.csv");
        this.ranks = lexicon.words("military-ranks.csv");
        this.owners = new TitleOwners(lexicon);
        this.honorifics = lexicon.words("name-honorifics.csv");
        this.address = new WordsOfAddress(honorifics);
        this.seats = new Seats(lexicon);
        lexicon.words("authored-headings.csv").forEach(w -> headings.add(w, w));
        lexicon.words("office-verbs.csv").forEach(w -> officeVerbs.add(w, w));
        lexicon.words("copular-verbs.csv").forEach(w -> copulas.add(w, w));
        this.actorPronouns = lexicon.words("actor-pronouns.csv");
    }

    /**
     * The token after the place a title is held at, when "to" or "in" and a country or place follow the title at
     * {@code k} ("the Ambassador of Ruritania to Borduria, Jane Roe", "the Ruritanian ambassador in Borduria, Jane
     * Roe"): the post, not the owner; {@code k} itself otherwise.
     */
    private static int posting(SentenceView view, int k) {
        if (!view.word(k).equals("to") && !view.word(k).equals("in")) {
            return k;
        }
        int at = view.word(k + 1).equals("the") ? k + 2 : k + 1;
        Mention place = view.mentionAt(at);
        boolean post = place != null && view.firstToken(place) == at
                && (view.kind(place) == Kind.COUNTRY || view.isPlace(place));
        return post ? view.endToken(place) : k;
    }

    /** The positions sentence {@code view} states from token {@code start}; each is recorded in {@code discourse}. */
    List<Position> find(SentenceView view, int start, Discourse discourse) {
        List<Position> found = new ArrayList<>();
        seats(view, start, discourse, found);
        int lastHolderEnd = -1;   // where the name of the last title's holder ends, and the owner named before its title
        String lastOwner = null;
        for (Phrases.Match<String> matched : lexicon.titles().all(view.words(), start, view.size())) {
            Phrases.Match<String> t = ranked(view, matched, start);
            if (view.quoted(t.start())) {
                continue;
            }
            if (ranks.contains(Names.fold(t.value()))) {
                continue;   // a military rank ("Lieutenant General") is no position
            }
            int portfolio = portfolioEnd(view, t.start(), t.end());
            String title = portfolio > t.end() ? t.value() + " " + Names.titleCase(view.text(t.end(), portfolio)) : t.value();
            boolean counterpart = counterparts.contains(Names.fold(title));
            Mention named = counterpart || portfolio > t.end() ? null : TitleOwners.ownerNamedAfter(view, t.end());
            int j = posting(view, named == null ? portfolio : view.endToken(named));
            if (view.word(j).equals(",") || view.word(j).equals(":")) {
                j++;
            }
            // "Junta leader Captain Jane Roe", "Foreign Minister Dr. Jane Roe", "Ambassador H.E. Jane Roe": a rank or
            // address between
            for (int rank = 0; rank < 3 && view.mentionAt(j) == null; rank++) {
                int past = ranks.contains(view.word(j)) ? j + 1 : address.startingAt(view, j);
                if (past == j) {
                    break;
                }
                j = past;
            }
            Mention after = view.mentionAt(j);
            if (named != null && after != null && view.kind(after) != Kind.PERSON && view.firstToken(after) == j) {
                // "the chair of ECOWAS, Ruritanian President Jane Roe": the apposition's holder, with a title of her own
                Mention head = discourse.agents().head(view, after);
                boolean titled = lexicon.titles().endingAt(view.words(), view.firstToken(head)).isPresent();
                after = view.kind(head) == Kind.PERSON && titled ? head : after;
                j = view.firstToken(after);
            }
            if (after != null && view.kind(after) == Kind.PERSON && view.firstToken(after) == j) {
                String of = named != null ? named.entityId() : owners.ownerBeforeModified(view, t.start());
                String before = of;   // an owner named before the title is shared by a title after "and"
                if (of == null) {
                    of = owners.bodyBefore(view, t.start(), discourse);
                }
                if (of == null) {
                    of = TitleOwners.countrysPossessive(view, t.start());   // "the country's outgoing president, Jane Roe"
                }
                if (of == null && view.word(t.start() - 1).equals("and") && lastHolderEnd == t.start() - 1) {
                    of = lastOwner;   // "Ruritania's President Jane Roe and Prime Minister John Doe"
                }
                if (of == null) {
                    of = TitleOwners.ownerAfterName(view, view.endToken(after));
                }
                if (of == null) {
                    of = TitleOwners.possessorsCountry(view, t.start(), discourse);
                }
                if (of == null) {
                    of = TitleOwners.countryNamedIn(view, discourse.article().countryOf().apply(after.entityId()));
                }
                if (of == null) {
                    of = headingOwner(view, t.start());   // "UK Statement by Ambassador Jane Roe at the UN"
                }
                String rule = "title-before-name";
                if (counterpart) {
                    if (discourse.lastTitle() == null) {
                        continue;
                    }
                    title = discourse.lastTitle();
                    rule = "counterpart";
                }
                add(found, discourse, new Position(after.entityId(), title, of,
                        view.evidence(startOf(view, t.start()), view.endToken(after), rule)));
                // "… and OSCE Chairman-in-Office Jane Roe": the second title's owner stands between "and" and it
                Mention secondOwner = view.mentionAt(t.start() - 1);
                int and = secondOwner != null && view.endToken(secondOwner) == t.start() && of != null
                        && of.equals(secondOwner.entityId()) ? view.firstToken(secondOwner) - 1 : t.start() - 1;
                var first = view.word(and).equals("and") && !counterpart
                        ? lexicon.titles().endingAt(view.words(), and) : java.util.Optional.<Phrases.Match<String>>empty();
                String firstOf = first.isPresent() ? TitleOwners.ownerBefore(view, ranked(view, first.get(), start).start())
                        : null;
                if (firstOf != null && !formerBefore(view, ranked(view, first.get(), start).start())) {
                    // "Ruritanian Deputy Prime Minister and Minister of Foreign Affairs Jane Roe": both titles are
                    // hers; not "the Secretary and President Jane Roe", where the first is someone else's, nor "former
                    // AU Chairman and Tanzanian President Jane Roe", an office she no longer holds
                    Phrases.Match<String> both = ranked(view, first.get(), start);
                    add(found, discourse, new Position(after.entityId(), both.value(), and < t.start() - 1 ? firstOf : of,
                            view.evidence(both.start(), view.endToken(after), rule)));
                }
                lastHolderEnd = view.endToken(after);
                lastOwner = named == null ? before : null;
                continue;
            }
            Mention listed = counterpart ? null : personBeforeBracket(view, t.start());
            if (listed != null) {
                String of = TitleOwners.ownerBefore(view, t.start());
                if (of == null) {
                    of = owners.ownerAfter(view, t.end());
                }
                if (of == null) {
                    of = lineOwner(view);
                }
                add(found, discourse, new Position(listed.entityId(), title, of,
                        view.evidence(view.firstToken(listed), t.end(), "name-bracket-title")));
                continue;
            }
            Mention bracketed = counterpart ? null : holderInBracket(view, portfolio);
            if (bracketed != null) {
                // a parliament's record: "The Secretary of State for Foreign Affairs (Mr. Jane Roe)"
                add(found, discourse, new Position(bracketed.entityId(), title, TitleOwners.ownerBefore(view, t.start()),
                        view.evidence(t.start(), view.endToken(bracketed) + 1, "title-bracket-name")));
                continue;
            }
            Mention held = heldAs(view, t.start());
            // "Jane Roe, the president's chief of staff": a title before a possessive is its owner's, not hers
            Mention before = held != null ? held : view.possessiveAt(t.end()) ? null
                    : personBefore(view, possessiveOwnerStart(view, t.start()));
            Phrases.Match<String> copula = before == null && !counterpart ? copulaBefore(view, start, t.start()) : null;
            String subject = copula == null ? null
                    : discourse.agents().subjectOf(view, copula.start(), copula.end(), start, false);
            if ((before != null || subject != null && discourse.kind(subject) == Kind.PERSON) && !counterpart
                    && !heldByNext(view, t.end())) {
                String of = portfolio > t.end() ? bodyAfterComma(view, portfolio) : owners.ownerAfter(view, t.end());
                if (of == null) {
                    of = TitleOwners.ownerBefore(view, t.start());
                }
                add(found, discourse, before != null
                        ? new Position(before.entityId(), title, of, view.evidence(view.firstToken(before), t.end(),
                                held != null ? "office-verb-title" : "name-comma-title"))
                        : new Position(subject, title, of, view.evidence(copula.start(), t.end(), "copula-title")));
            }
        }
        return found;
    }

    /**
     * The title with the rank before it ({@code title-ranks.csv}): "Deputy Secretary of State",
     * "Acting Foreign Minister"; the title as found when no rank stands before it.
     */
    private Phrases.Match<String> ranked(SentenceView view, Phrases.Match<String> title, int start) {
        Phrases.Match<String> ranked = title;
        for (int k = title.start() - 1; k >= start && !view.quoted(k) && (view.tokens().get(k).isCapitalised()
                || !view.tokens().get(title.start()).isCapitalised()) && rankWords.contains(view.word(k)); k--) {
            String rank = view.word(k);
            ranked = new Phrases.Match<>(Character.toUpperCase(rank.charAt(0)) + rank.substring(1).toLowerCase(Locale.ROOT)
                    + " " + ranked.value(), k, title.end());
        }
        // "VOA's West Africa correspondent Jane Roe": a reporter's beat is part of the title, and no owner
        Mention beat = view.mentionAt(title.start() - 1);
        if (ranked == title && beat != null && view.isPlace(beat) && beats.contains(Names.fold(title.value()))
                && view.firstToken(beat) >= start) {
            return new Phrases.Match<>(view.text(view.firstToken(beat), title.start()) + " " + title.value(),
                    view.firstToken(beat), title.end());
        }
        // "deputy White House press secretary": the rank before the office's name is the title's
        Mention office = view.mentionAt(title.start() - 1);
        if (ranked == title && office != null && view.kind(office) != Kind.PERSON) {
            int k = view.firstToken(office) - 1;
            if (k >= start && !view.quoted(k) && rankWords.contains(view.word(k))) {
                String rank = view.word(k);
                return new Phrases.Match<>(Character.toUpperCase(rank.charAt(0)) + rank.substring(1).toLowerCase(Locale.ROOT)
                        + " " + title.value(), title.start(), title.end());
            }
        }
        return ranked;
    }

    /**
     * The end of a title's portfolio named after "for" before the holder's name: "Assistant Secretary of
     * State for European Affairs Jane Roe" (capitalised words, "and" and "of" between them, no entity), after
     * "of" before the name or a comma and the name ("Deputy Commissioner of Police, Jane Roe"), or after
     * it, the title apposed to the name and ending its clause: "said Jane Roe, Treasury Under Secretary for
     * Terrorism and Financial Intelligence.", or after "for" before the name in brackets ("The Secretary of State
     * for Foreign Affairs (Mr. Jane Roe)"); {@code end} when there is none.
     */
    private int portfolioEnd(SentenceView view, int start, int end) {
        boolean of = view.word(end).equals("of");
        if (!view.word(end).equals("for") && !of) {
            return end;
        }
        int k = end + 1;
        if (!of && view.word(k).equals("the") && view.mentionAt(k + 1) != null && regionAt(view, k + 1)) {
            k++;   // "Minister for the Middle East Jane Roe"
        }
        while (k < view.size() && !view.quoted(k)) {
            if (view.mentionAt(k) != null) {
                if (of || !regionAt(view, k)) {
                    break;
                }
                k = view.endToken(view.mentionAt(k));   // "Minister for Europe Jane Roe": a region is a portfolio
            } else if (addressedAfter(view, k) > k) {
                break;   // "Minister for Europe Sir Jane Roe": the word of address opens the holder's name
            } else if (k == end + 1 && lexicon.titles().at(view.words(), k).isPresent()) {
                break;   // "a spokesperson for President Jane Roe": another's title, no portfolio
            } else if (view.tokens().get(k).isCapitalised() || Set.of("and", "of").contains(view.word(k))) {
                k++;
            } else {
                k = affairsEnd(view, k);   // "a minister of state for presidential affairs,"
                break;
            }
        }
        int at = addressedAfter(view, of && view.word(k).equals(",") ? k + 1 : k);   // "Deputy Commissioner of Police, Jane Roe"
        Mention holder = view.mentionAt(at);
        boolean named = holder != null && view.kind(holder) == Kind.PERSON && view.firstToken(holder) == at;
        // "…, Jane Roe, Under Secretary for Arms Control.", "By Jane Roe, Director of Public Relations, U.S. Department
        // of State"
        boolean apposed = CLAUSE_ENDS.contains(view.word(k)) && apposedToPerson(view, start);
        boolean bracketed = !of && holderInBracket(view, k) != null;
        return (named || apposed || bracketed) && k > end + 1
                && (view.tokens().get(k - 1).isCapitalised() || view.word(k - 1).equals(AFFAIRS)) ? k : end;
    }

    /** The word that ends a portfolio written in lower case: "for presidential affairs", "for foreign affairs". */
    private static final String AFFAIRS = "affairs";
    /** How many words of a portfolio in lower case may stand before "affairs". */
    private static final int AFFAIRS_WORDS = 3;

    /**
     * The end of a portfolio in lower case from token {@code k}: up to {@link #AFFAIRS_WORDS} words and "affairs"
     * ("for presidential affairs", "for political and military affairs"); else {@code k}.
     */
    private static int affairsEnd(SentenceView view, int k) {
        for (int j = k; j < view.size() && j <= k + AFFAIRS_WORDS && view.tokens().get(j).isWord(); j++) {
            if (view.word(j).equals(AFFAIRS)) {
                return j + 1;
            }
        }
        return k;
    }

    /**
     * Whether a mention of a place that is no state starts at token {@code k}: a continent or a region, which a
     * minister's portfolio may name ("Minister for Africa"), where a country after "for" is the post's owner or
     * its posting.
     */
    private static boolean regionAt(SentenceView view, int k) {
        Mention m = view.mentionAt(k);
        return m != null && view.firstToken(m) == k && view.kind(m) == Kind.REGION;
    }

    /**
     * A member of parliament's seat before the member's name in brackets: "the hon. Member for Leeds North (Jane
     * Roe)" holds "Member for Leeds North" (rule {@code seat-bracket-name}); the parliament is not named.
     */
    private void seats(SentenceView view, int start, Discourse discourse, List<Position> found) {
        for (int k = start + 1; k < view.size(); k++) {
            int seat = seats.start(view, k);
            if (seat < start || view.quoted(k)) {
                continue;
            }
            Mention m = Transcripts.addressedPerson(view, k + 1, honorifics);
            if (m != null && view.word(view.endToken(m)).equals(")")) {
                String title = "Member " + view.text(seat + 1, k);
                add(found, discourse, new Position(m.entityId(), title, null,
                        view.evidence(seat, view.endToken(m) + 1, "seat-bracket-name")));
            }
        }
    }

    /**
     * Where the person named after a word of address at token {@code k} starts ("Sir", "Dr." and "H.E." in
     * {@code name-honorifics.csv}), else {@code k}.
     */
    private int addressedAfter(SentenceView view, int k) {
        int at = address.startingAt(view, k);
        Mention m = view.mentionAt(at);
        return at > k && m != null && view.firstToken(m) == at && view.kind(m) == Kind.PERSON ? at : k;
    }

    /**
     * The organisation or country named right after the comma at token {@code comma} and ending its clause: "Jane
     * Roe, Director of Public Relations, U.S. Department of State"; else null.
     */
    private static String bodyAfterComma(SentenceView view, int comma) {
        Mention m = view.word(comma).equals(",") ? view.mentionAt(comma + 1) : null;
        return m != null && view.firstToken(m) == comma + 1 && CLAUSE_ENDS.contains(view.word(view.endToken(m)))
                && (view.kind(m) == Kind.ORGANIZATION || view.kind(m) == Kind.COUNTRY) ? m.entityId() : null;
    }

    /** What may end a title apposed after its holder's name: "…, Jane Roe, Under Secretary for Arms Control." */
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ",", ";", "");

    /**
     * Whether a person's name and a comma stand before the title starting at token {@code start}, at most two words
     * (its body's) between: "Jane Roe, Treasury Under Secretary for …".
     */
    private static boolean apposedToPerson(SentenceView view, int start) {
        for (int k = start - 1; k >= Math.max(1, start - 3); k--) {
            if (view.word(k).equals(",")) {
                Mention m = view.mentionAt(k - 1);
                return m != null && view.kind(m) == Kind.PERSON;
            }
        }
        return false;
    }

    private static void add(List<Position> found, Discourse discourse, Position p) {
        found.add(p);
        discourse.titled(p);
    }

    /**
     * The positions without those a more specific one of the same person says again: "Secretary"
     * when "Secretary of State" is known, "Minister" with no owner when "Foreign Minister" is, a title
     * with no owner when the same title has one.
     */
    static List<Position> specific(List<Position> positions) {
        // per person, the titles in order and the titles said with an owner: one look-up a position
        Map<String, TreeSet<String>> titles = new HashMap<>();
        Set<List<String>> owned = new HashSet<>();
        for (Position q : positions) {
            titles.computeIfAbsent(q.person(), k -> new TreeSet<>()).add(q.title());
            if (q.of() != null) {
                owned.add(List.of(q.person(), q.title()));
            }
        }
        return positions.stream().filter(p -> {
            String longer = titles.get(p.person()).ceiling(p.title() + " ");
            boolean moreSpecific = longer != null && longer.startsWith(p.title() + " ")
                    // "Minister" with no owner when "Foreign Minister" is known: the head of a longer title
                    || p.of() == null && titles.get(p.person()).stream().anyMatch(t -> t.endsWith(" " + p.title()));
            return !moreSpecific && !(p.of() == null && owned.contains(List.of(p.person(), p.title())));
        }).toList();
    }

    /** The start of "Armenian Prime Minister": the owner mention before the title, if any. */
    private static int startOf(SentenceView view, int title) {
        int k = TitleOwners.possessiveStart(view, title);
        Mention m = view.mentionAt(k - 1);
        return m != null && view.isAgent(m) ? view.firstToken(m) : title;
    }

    /**
     * "Yemane Meskel, Eritrea's information minister", "…, the United Kingdom's envoy": the start of the
     * owner "Eritrea's", else {@code title}.
     */
    private int possessiveOwnerStart(SentenceView view, int title) {
        int k = TitleOwners.possessiveStart(view, title);
        if (k == title) {
            return title;
        }
        Mention m = view.mentionAt(k - 1);
        int first = m != null && view.isAgent(m) ? view.firstToken(m) : -1;
        // "Jane Roe, President John Doe's chief of staff", "Jane Roe, the president's chief of staff": a title owns it
        var owner = lexicon.titles().endingAt(view.words(), first >= 0 ? first : k);
        if (owner.isPresent()) {
            first = owner.get().start();
        }
        if (first < 0) {
            return title;
        }
        boolean article = view.word(first - 1).equals("the");   // "Jane Roe, the United Kingdom's envoy"
        return view.word(article ? first - 2 : first - 1).equals(",") ? first : title;
    }

    /**
     * The person a bracketed list of titles follows: "Elena Varga (Prime Minister)", "Elena Varga
     * (Prime Minister, Commander-in-Chief)" for either title, "Elena Varga (Chilean Prime Minister)";
     * null when the title is not in such brackets.
     */
    private Mention personBeforeBracket(SentenceView view, int title) {
        int k = startOf(view, title) - 1;
        for (var t = lexicon.titles().endingAt(view.words(), k); view.word(k).equals(",") && t.isPresent();
                t = lexicon.titles().endingAt(view.words(), k)) {
            k = startOf(view, t.get().start()) - 1;
        }
        if (!view.word(k).equals("(")) {
            return null;
        }
        Mention m = view.mentionAt(k - 1);
        return m != null && view.kind(m) == Kind.PERSON && view.endToken(m) == k ? m : null;
    }

    /**
     * The person in brackets right after a title, maybe after a word of address, the bracket closing after the
     * name: "The Secretary of State for Foreign Affairs (Mr. Jane Roe)"; else null.
     */
    private Mention holderInBracket(SentenceView view, int end) {
        if (!view.word(end).equals("(")) {
            return null;
        }
        Mention m = Transcripts.addressedPerson(view, end + 1, honorifics);
        return m != null && view.word(view.endToken(m)).equals(")") ? m : null;
    }

    /**
     * The country or organisation whose statement a heading announces before "by" and the title at token {@code
     * title}: "UK Statement by Ambassador Jane Roe", "EU Remarks by Special Representative John Doe" (a word of
     * {@code authored-headings.csv} between); else null.
     */
    private String headingOwner(SentenceView view, int title) {
        Mention m = view.mentionAt(0);
        if (m == null || view.firstToken(m) != 0 || !view.word(title - 1).equals("by")
                || !(view.kind(m) == Kind.COUNTRY || view.kind(m) == Kind.ORGANIZATION)) {
            return null;
        }
        var opener = headings.at(view.words(), view.endToken(m));
        return opener.isPresent() && opener.get().end() == title - 1 ? m.entityId() : null;
    }

    /** The country or organisation a list line starts with: "Chile: Elena Varga (Prime Minister)"; else null. */
    private static String lineOwner(SentenceView view) {
        Mention m = view.mentionAt(0);
        return m != null && view.firstToken(m) == 0 && view.word(view.endToken(m)).equals(":")
                && (view.kind(m) == Kind.COUNTRY || view.kind(m) == Kind.ORGANIZATION) ? m.entityId() : null;
    }

    /**
     * Whether the title ending before token {@code end} names the person after it, in a list of titles and
     * names: "Jane Roe, Chairman of the Joint Staff Adm. John Doe" (a person follows before the next comma).
     */
    private static boolean heldByNext(SentenceView view, int end) {
        for (int k = end; k < Math.min(view.size(), end + NEXT_HOLDER); k++) {
            if (view.word(k).equals(",") || view.word(k).equals(";") || view.word(k).equals("and")) {
                return false;
            }
            Mention m = view.mentionAt(k);
            if (m != null && view.kind(m) == Kind.PERSON) {
                return true;
            }
        }
        return false;
    }

    /** "Dmitry Peskov, a spokesman": the person before ", a". */
    private Mention personBefore(SentenceView view, int title) {
        int k = title - 1;
        // "Jane Roe, a lieutenant general and spokesperson": a title and "and" before this one
        if (view.word(k).equals("and")) {
            k = lexicon.titles().endingAt(view.words(), k).map(t -> t.start() - 1).orElse(k);
        }
        if (ARTICLES.contains(view.word(k))) {
            k--;
        } else if (ARTICLES.contains(view.word(k - 1)) && !view.tokens().get(k).isCapitalised()) {
            k -= 2;   // "Jane Roe, the authoritarian ruler of Ruritania"
        } else {
            // "Jane Roe, Department Spokesperson", "Jane Roe, White House Press Secretary": the office's name
            Mention office = view.mentionAt(k);
            int before = office != null && view.kind(office) != Kind.PERSON ? view.firstToken(office) - 1 : k;
            for (int words = 0; office == null && words < 2 && before > 0 && view.tokens().get(before).isCapitalised()
                    && view.mentionAt(before) == null && !view.word(before - 1).isEmpty(); words++) {
                before--;
            }
            if (office != null && view.isAgent(office) && ARTICLES.contains(view.word(before))) {
                before--;   // "Jane Roe, the French ambassador", "Jane Roe, the United Kingdom's envoy"
            }
            k = view.word(before).equals(",") ? before : k;
        }
        if (!view.word(k).equals(",")) {
            return null;
        }
        Mention m = view.mentionAt(k - 1);
        return m != null && view.kind(m) == Kind.PERSON ? m : null;
    }

    /**
     * The person before a verb of holding a post that ends in "as" right before the title ({@code office-verbs.csv}):
     * "Jane Roe was sworn in as president", "Jane Roe, who served as the foreign minister of …", "Jane Roe
     * subsequently was installed as head of state"; null when there is none.
     */
    private Mention heldAs(SentenceView view, int title) {
        int k = ARTICLES.contains(view.word(title - 1)) ? title - 1 : title;
        var verb = officeVerbs.endingAt(view.words(), k);
        if (verb.isEmpty()) {
            return null;
        }
        int before = verb.get().start() - 1;
        if (view.word(before).endsWith("ly") && view.mentionAt(before) == null) {
            before--;   // "subsequently was installed as"
        }
        if (view.word(before).equals("who") && view.word(before - 1).equals(",")) {
            before -= 2;   // "Jane Roe, who served as"
        }
        Mention m = view.mentionAt(before);
        return m != null && view.kind(m) == Kind.PERSON && view.endToken(m) == before + 1 ? m : null;
    }

    /**
     * The verb of being ({@code copular-verbs.csv}) that stands right before the title at token {@code title},
     * with "the", "a" or "an" between: "Jane Roe is the president of …", "she was a minister", "Jane Roe, who became
     * head of …"; null when there is none, when "not", "former" or any other word stands between, or when "it" or
     * "they" ({@code actor-pronouns.csv}) is its subject ("It was the president who spoke").
     */
    private Phrases.Match<String> copulaBefore(SentenceView view, int start, int title) {
        int k = ARTICLES.contains(view.word(title - 1)) ? title - 1 : title;
        return copulas.endingAt(view.words(), k)
                .filter(verb -> verb.start() > start && !view.quoted(verb.start())
                        && !actorPronouns.contains(view.word(verb.start() - 1).toLowerCase(Locale.ROOT)))
                .orElse(null);
    }

    /** Whether "former" stands right before the title at token {@code t}, or before its owner there ("former AU Chairman"). */
    private static boolean formerBefore(SentenceView view, int t) {
        Mention owner = view.mentionAt(t - 1);
        int before = owner != null && view.endToken(owner) == t ? view.firstToken(owner) - 1 : t - 1;
        return view.word(before).equals("former");
    }
}
