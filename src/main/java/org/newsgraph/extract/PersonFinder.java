package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.gazetteer.Entity;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Lexicon.CreditRole;
import org.newsgraph.recognize.MatchType;
import org.newsgraph.recognize.Mention;
import org.newsgraph.text.Names;
import org.newsgraph.text.Token;
import org.newsgraph.text.Sentence;

/**
 * Pipeline stage 4: finds people the gazetteer does not know, by the shape of the text: a name
 * after a title ("Defence Minister Hulusi Akar"), a name with a title in apposition ("Laurence
 * Broers, a research associate"), a name before a speech verb ("…, Lajčák said"), a name after
 * "according to", and the names of bylines and credit lines. Later mentions of a found person's
 * surname in the same article refer to the same person.
 *
 * <p>Needs: sentences and the gazetteer's mentions. Adds: mentions and entities of the people found,
 * and the article's authors, contributors and editors.
 *
 * <pre>{@code
 * PersonFinder.Discovery d = new PersonFinder(lexicon).find(sentences, mentions, kinds);
 * }</pre>
 */
public final class PersonFinder {
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "al", "bin", "da", "der", "la", "le",
            "di", "du", "ben", "ibn", "del", "dos");
    private static final int MAX_NAME_WORDS = 4;
    /** Small words inside a longer name, before capitalised words that are then no person: "Observatory for Human Rights". */
    private static final Set<String> LINKS = Set.of("for", "of", "on");
    /** What may follow a name said after its verb: "…,” said Jane Doe, a diplomat." */
    private static final Set<String> NAME_ENDS = Set.of(",", ".", "", ";");
    /** Confidence of a name found with a title or in a byline. */
    static final double CONFIDENT = 0.9;
    /** Confidence of a full name found as a speaker. */
    static final double LIKELY = 0.75;
    /** Confidence of a lone surname found as a speaker. */
    static final double POSSIBLE = 0.5;

    private final Lexicon lexicon;

    public PersonFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * What the finder found.
     *
     * @param mentions     every mention of the article (the gazetteer's and the new ones), in text order
     * @param found        the new person entities, with the rule that found each
     * @param credits      role to the person ids of the byline and credit lines
     * @param creditLines  indexes of byline and credit sentences
     */
    public record Discovery(List<Mention> mentions, List<Found> found, Map<CreditRole, List<String>> credits,
            List<Integer> creditLines) {
        public Discovery {
            mentions = List.copyOf(mentions);
            found = List.copyOf(found);
            credits = Map.copyOf(credits);
            creditLines = List.copyOf(creditLines);
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
        List<Integer> creditLines = new ArrayList<>();
        // the mentions of each sentence (what is added to or removed from a sentence stays inside it),
        // then those inside no sentence
        List<List<Mention>> groups = SentenceView.bySentence(sentences, known);
        List<Quoted> quoted = new ArrayList<>();
        Function<String, Kind> kinds = id -> persons.containsKey(id) ? Kind.PERSON : gazetteerKinds.apply(id);
        for (int k = 0; k < sentences.size(); k++) {
            Sentence sentence = sentences.get(k);
            List<Mention> inside = groups.get(k);
            SentenceView view = new SentenceView(sentence, inside, kinds);
            List<Shape> names = new ArrayList<>();
            if (credits(view, names, credits)) {
                creditLines.add(sentence.index());
            } else {
                byShape(view, names);
                // in a quotation, or a headline in Title Case ("… Official Results Show"), a name found by its
                // shape counts only when the article names the person elsewhere too
                names.stream().filter(n -> view.quoted(n.start()) || view.headline())
                        .forEach(n -> quoted.add(new Quoted(n, view, inside)));
                names.removeIf(n -> view.quoted(n.start()) || view.headline());
                List<Mention> extended = new ArrayList<>();
                namesakes(view, names, extended, gazetteerKinds);
                for (Mention e : extended) {
                    inside.removeIf(m -> m.start() >= e.start() && m.end() <= e.end());
                    inside.add(e);
                    names.removeIf(n -> view.startOf(n.start()) < e.end() && view.endBefore(n.end()) > e.start());
                }
            }
            for (Shape name : names) {
                add(view, name, persons, inside);
            }
        }
        for (Quoted q : quoted) {
            if (known(q.view(), q.name(), persons)) {
                add(q.view(), q.name(), persons, q.mentions());
            }
        }
        mergeShortNames(persons, groups, gazetteerKinds);
        surnames(sentences, persons, groups, kinds);
        List<Mention> all = new ArrayList<>();
        groups.forEach(all::addAll);
        all.sort(Comparator.comparingInt(Mention::start));
        return new Discovery(all, List.copyOf(persons.values()), credits, creditLines);
    }

    /** A name found inside a quotation, its sentence, and the mentions of that sentence. */
    private record Quoted(Shape name, SentenceView view, List<Mention> mentions) {
    }

    /**
     * Whether a titled name inside a quotation has a word that is a person found outside quotations:
     * "“… Prime Minister Abiy Ahmed …”" after "Prime Minister Abiy" and "Prime Minister Ahmed" gives the
     * full name; a name known only from a quotation is not taken.
     */
    private static boolean known(SentenceView view, Shape name, Map<String, Found> persons) {
        List<String> words = Names.tokens(view.text(name.start(), name.end())).stream()
                .map(t -> Names.fold(t.text())).toList();
        return persons.values().stream().map(f -> Names.key(f.entity().label()))
                .anyMatch(key -> !key.contains(" ") && words.contains(key)
                        || key.contains(" ") && words.contains(key.substring(key.lastIndexOf(' ') + 1)));
    }

    /** Byline ("By A and B") and credit lines ("Additional reporting by …; Editing by …"). */
    private boolean credits(SentenceView view, List<Shape> names, Map<CreditRole, List<String>> credits) {
        List<Token> tokens = view.tokens();
        boolean found = false;
        int i = 0;
        while (i < tokens.size()) {
            var cue = lexicon.credits().at(view.words(), i);
            boolean byline = cue.isPresent() && cue.get().value() == CreditRole.AUTHOR;
            // an author cue counts only at the start of a line or after an opening bracket
            if (cue.isEmpty() || byline && i > 0 && !view.word(i - 1).equals("(")) {
                i++;
                continue;
            }
            CreditRole role = cue.get().value();
            int j = cue.get().end();
            List<int[]> spans = new ArrayList<>();
            while (j < tokens.size()) {
                int end = nameEnd(view, j);
                if (end - j < 2 && !(end > j && tokens.get(j).isCapitalised())) {
                    break;
                }
                spans.add(new int[] {j, end});
                j = end;
                if (view.word(j).equals(",") || view.word(j).equals("and")) {
                    j++;
                    if (view.word(j).equals("and")) {
                        j++;
                    }
                } else {
                    break;
                }
            }
            if (spans.isEmpty() || byline && i == 0 && j < tokens.size() && !isCreditEnd(view.word(j))) {
                i++;
                continue;
            }
            found = true;
            for (int[] span : spans) {
                names.add(new Shape(span[0], span[1], "person-credit", CONFIDENT));
                credits.computeIfAbsent(role, r -> new ArrayList<>()).add(slug(view.text(span[0], span[1])));
            }
            i = j;
        }
        return found;
    }

    private static boolean isCreditEnd(String word) {
        return word.equals(";") || word.equals(")") || word.equals(".") || word.isEmpty();
    }

    /**
     * Names known by their surroundings: titles, appositions, speech verbs before or after the name
     * ("…, Lajčák said", "said Jane Doe."), verbs only a person does ("Jane Doe reports for …"),
     * "according to". Inside a quotation only a title counts ("“President Jane Doe opened …”"), and
     * the caller keeps such a name only when the person is known from outside quotations.
     */
    private void byShape(SentenceView view, List<Shape> names) {
        List<Token> tokens = view.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int end = nameEnd(view, i);
            if (end == i || lexicon.organisationWords().contains(view.word(end)) || insideLongerName(view, i)
                    || beforeKnownSurname(view, end)) {
                continue;
            }
            boolean quoted = view.quoted(i);
            int words = words(view, i, end);
            boolean afterTitle = (lexicon.titles().endingAt(view.words(), i).isPresent() || afterTitleOfBody(view, i))
                    && (!quoted || words >= 2);
            boolean apposition = !quoted && words >= 2 && view.word(end).equals(",") && titleAfter(view, end + 1)
                    // "the defence minister of Peru, Flores Araoz, said …", "a top commander, Raul Reyes, of …"
                    || !quoted && words >= 2 && view.word(i - 1).equals(",") && NAME_ENDS.contains(view.word(end))
                    && titleBeforeComma(view, i - 1);
            boolean speaker = !quoted && lexicon.speechVerbs().at(view.words(), end).isPresent()
                    && (words >= 2 || view.word(i - 1).equals(",") || view.word(i - 1).equals("”"))
                    // "The army spokesman, A K Mathur, told …": a full name between commas before the verb
                    || !quoted && words >= 2 && view.word(i - 1).equals(",") && view.word(end).equals(",")
                    && lexicon.speechVerbs().at(view.words(), end + 1).isPresent();
            boolean postposed = !quoted && words >= 2 && saidBefore(view, i) && NAME_ENDS.contains(view.word(end));
            boolean doer = !quoted && words >= 2 && lexicon.personVerbs().at(view.words(), end).isPresent();
            boolean according = !quoted && words >= 2 && view.word(i - 2).equals("according")
                    && view.word(i - 1).equals("to");
            if (afterTitle || apposition || speaker || postposed || doer || according) {
                String rule = afterTitle ? "person-title" : apposition ? "person-apposition"
                        : speaker || postposed ? "person-speaker" : doer ? "person-doer" : "person-according-to";
                double confidence = afterTitle || apposition ? CONFIDENT : words >= 2 ? LIKELY : POSSIBLE;
                names.add(new Shape(i, end, rule, confidence));
                i = end - 1;
            }
        }
    }

    /**
     * Whether a title and the body it is of stand right before token {@code i}: "Speaker of the Mongolian
     * Parliament Zandanshatar", "Chairman of the Joint Chiefs of Staff Mark Milley". The body is capitalised
     * words or mentions, one of them a mention or an organisation word.
     */
    private boolean afterTitleOfBody(SentenceView view, int i) {
        int j = i - 1;
        boolean body = false;
        int words = 0;
        while (j >= 0 && words < MAX_NAME_WORDS + 2 && view.tokens().get(j).isWord()
                && (view.tokens().get(j).isCapitalised() || view.mentionAt(j) != null || view.word(j).equals("of"))) {
            body |= view.mentionAt(j) != null || lexicon.organisationWords().contains(view.word(j));
            if (view.word(j).equals("of") && j > 0 && lexicon.titles().endingAt(view.words(), j).isPresent()) {
                return body && j + 1 < i;
            }
            words++;
            j--;
        }
        if (j > 0 && view.word(j).equals("the") && view.word(j - 1).equals("of")) {
            return body && lexicon.titles().endingAt(view.words(), j - 1).isPresent();
        }
        return false;
    }

    /**
     * Whether a title ends right before the comma at token {@code comma}, maybe followed by "of" and a
     * country: "the defence minister of Peru," "a top commander,".
     */
    private boolean titleBeforeComma(SentenceView view, int comma) {
        int at = comma;
        Mention country = at > 0 ? view.mentionAt(at - 1) : null;
        if (country != null && view.kind(country) == Kind.COUNTRY) {
            at = view.firstToken(country);
            if (at < 2 || !view.word(at - 1).equals("of")) {
                return false;
            }
            at--;
        }
        return at > 0 && lexicon.titles().endingAt(view.words(), at).isPresent();
    }

    /**
     * Whether the words at token {@code i} go on a longer capitalised name: "the Syrian Observatory for
     * Human Rights said" (not a person "Human Rights").
     */
    private static boolean insideLongerName(SentenceView view, int i) {
        if (i < 2 || !LINKS.contains(view.word(i - 1))) {
            return false;
        }
        Token before = view.tokens().get(i - 2);
        return before.isWord() && (before.isCapitalised() || view.mentionAt(i - 2) != null);
    }

    /** "said Jane Doe": a saying verb right before token {@code i}, after a quotation or a comma. */
    private boolean saidBefore(SentenceView view, int i) {
        var verb = lexicon.speechVerbs().endingAt(view.words(), i);
        if (verb.isEmpty() || verb.get().value() != Lexicon.SpeechType.SAY) {
            return false;
        }
        String before = view.word(verb.get().start() - 1);
        return before.equals(",") || before.equals("”") || before.equals("\"");
    }

    /** A title after an optional article or owner: ", a research associate", ", Eritrea's information minister". */
    private boolean titleAfter(SentenceView view, int i) {
        String w = view.word(i);
        int at = w.equals("a") || w.equals("an") || w.equals("the") ? i + 1 : i;
        Mention owner = view.mentionAt(at);
        if (owner != null && view.firstToken(owner) == at) {
            int k = view.endToken(owner);
            if ((view.word(k).equals("'") || view.word(k).equals("’")) && view.word(k + 1).equals("s")) {
                at = k + 2;
            } else {
                // "the U.N. special rapporteur", "the Kenyan foreign minister"
                at = k;
            }
        }
        // "a research associate", "a senior research associate": one adjective may come first
        return lexicon.titles().at(view.words(), at).isPresent() || lexicon.titles().at(view.words(), at + 1).isPresent();
    }

    /** The end of a person's name starting at token {@code i}, or {@code i} when none starts there. */
    private int nameEnd(SentenceView view, int i) {
        List<Token> tokens = view.tokens();
        int words = 0;
        int j = i;
        while (j < tokens.size() && words < MAX_NAME_WORDS) {
            Token t = tokens.get(j);
            if (view.mentionAt(j) != null || !t.isWord()) {
                break;
            }
            if (words > 0 && isInitial(view, j)) {
                j += 2;
            } else if (isBareInitial(view, j)) {
                j++;
                words++;
            } else if (t.isCapitalised() && isNameWord(view, j, words > 0)) {
                j = joined(tokens, j + 1);
                words++;
            } else if (words > 0 && PARTICLES.contains(t.text().toLowerCase(Locale.ROOT))
                    && j + 1 < tokens.size() && tokens.get(j + 1).isCapitalised()) {
                j++;
            } else if (words > 0 && PARTICLES.contains(t.text().toLowerCase(Locale.ROOT)) && j + 2 < tokens.size()
                    && tokens.get(j + 1).text().equals("-") && tokens.get(j + 1).start() == t.end()
                    && tokens.get(j + 2).start() == tokens.get(j + 1).end() && tokens.get(j + 2).isCapitalised()) {
                // "Fayez al-Sarraj", "Abdel Fattah el-Sisi"
                j += 2;
            } else {
                break;
            }
        }
        return words == 0 ? i : j;
    }

    /** A middle initial: one capital letter and a full stop before another capitalised word ("Antony J. Blinken"). */
    /**
     * Whether a name found ends with an initial right before a known person's surname: "Antony J." of
     * "Secretary Antony J. Blinken" is no person of its own (the namesake rule makes it Blinken).
     */
    private static boolean beforeKnownSurname(SentenceView view, int end) {
        Mention next = end < view.size() ? view.mentionAt(end) : null;
        return next != null && view.firstToken(next) == end && view.kind(next) == Kind.PERSON && end >= 2
                && isInitial(view, end - 2);
    }

    private static boolean isInitial(SentenceView view, int j) {
        List<Token> tokens = view.tokens();
        return j + 2 < tokens.size() && tokens.get(j).text().length() == 1 && tokens.get(j).isCapitalised()
                && view.word(j + 1).equals(".") && tokens.get(j + 2).isCapitalised() && tokens.get(j + 2).isWord();
    }

    /**
     * An initial written without a full stop: "A K Mathur", "Rajesh K Singh". It must be followed by
     * another initial or a name word; "A" and "I" (also English words) only by another initial.
     */
    private boolean isBareInitial(SentenceView view, int j) {
        List<Token> tokens = view.tokens();
        if (j + 1 >= tokens.size() || !isLetter(tokens.get(j)) || view.mentionAt(j + 1) != null
                || tokens.get(j + 1).start() == tokens.get(j).end()) {
            return false;
        }
        Token next = tokens.get(j + 1);
        if (isLetter(next)) {
            return j + 2 < tokens.size() && tokens.get(j + 2).isCapitalised() && tokens.get(j + 2).isWord();
        }
        String letter = tokens.get(j).text();
        return !letter.equals("A") && !letter.equals("I") && next.isWord() && next.isCapitalised()
                && isNameWord(view, j + 1, true);
    }

    private static boolean isLetter(Token t) {
        return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * Skips hyphen- or apostrophe-joined parts: "Tétrault-Farber", "O'Brien", and the short lower-case
     * second syllable of Korean given names ("Ban Ki-moon", "Kim Kyou-hyun"), but not a participle
     * ("Smith-led", "Jones-backed").
     */
    private static int joined(List<Token> tokens, int j) {
        while (j + 1 < tokens.size() && (tokens.get(j).text().equals("-") || tokens.get(j).text().equals("'")
                || tokens.get(j).text().equals("’"))
                && tokens.get(j).start() == tokens.get(j - 1).end() && tokens.get(j + 1).start() == tokens.get(j).end()
                && tokens.get(j + 1).isWord() && (tokens.get(j + 1).isCapitalised()
                        || tokens.get(j).text().equals("-") && isSyllable(tokens.get(j + 1).text()))) {
            j += 2;
        }
        return j;
    }

    private static boolean isSyllable(String part) {
        return part.length() <= 4 && part.chars().allMatch(Character::isLowerCase) && !part.endsWith("ed");
    }

    private boolean isNameWord(SentenceView view, int j, boolean inside) {
        List<Token> tokens = view.tokens();
        String text = tokens.get(j).text();
        boolean shouting = text.length() > 3 && text.codePoints().allMatch(c -> !Character.isLetter(c)
                || Character.isUpperCase(c));
        if (text.length() < 2 || shouting) {
            return false;
        }
        String folded = view.word(j);
        // "Theresa May": a month name may end a name, but not start one or precede a day number
        var dateWord = lexicon.dates().at(view.words(), j);
        // a weekday is no name word anywhere: "King Gyanendra Tuesday dismissed …"
        boolean weekday = dateWord.isPresent() && dateWord.get().value().month() == null;
        boolean date = weekday || dateWord.isPresent() && !(inside && !SentenceView.digits(view.word(j + 1), 1, Integer.MAX_VALUE));
        return !lexicon.notNames().contains(folded)
                && !lexicon.organisationWords().contains(folded)
                && lexicon.titles().at(view.words(), j).isEmpty()
                // "Kayah State became …", "the Korean War": a place's or an event's head is no name word
                && lexicon.placeHeads().at(view.words(), j).isEmpty()
                && lexicon.eventWords().at(view.words(), j).isEmpty()
                && !date
                && lexicon.speechVerbs().at(view.words(), j).isEmpty()
                && lexicon.credits().at(view.words(), j).isEmpty();
    }

    /** Capitalised words of a name; the parts of "Tétrault-Farber" count as one. */
    private static int words(SentenceView view, int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            Token t = view.tokens().get(k);
            boolean joinedToPrevious = k > from && !view.tokens().get(k - 1).isWord();
            if (t.isWord() && t.isCapitalised() && !joinedToPrevious) {
                words++;
            }
        }
        return words;
    }

    /** A person entity for a name the gazetteer does not know; its id is made from the name. */
    public static Entity person(String name) {
        String id = slug(name);
        return new Entity(id, Kind.PERSON, name, List.of(), List.of(), List.of(), null, null, null);
    }

    /** A span of tokens found to be a name, by a rule, with a confidence. */
    private record Shape(int start, int end, String rule, double confidence) {
    }

    private static void add(SentenceView view, Shape shape, Map<String, Found> persons, List<Mention> all) {
        String name = view.text(shape.start(), shape.end());
        String id = slug(name);
        Found earlier = persons.get(id);
        if (earlier == null || earlier.confidence() < shape.confidence()) {
            persons.put(id, new Found(earlier != null ? earlier.entity() : person(name), shape.rule(), shape.confidence()));
        }
        all.removeIf(m -> m.start() >= view.startOf(shape.start()) && m.end() <= view.endBefore(shape.end()));
        all.add(new Mention(view.sentence().index(), view.startOf(shape.start()), view.endBefore(shape.end()), name, id,
                MatchType.LABEL));
    }

    /**
     * "Heydar Aliyev" is not "Ilham Aliyev": a gazetteer person matched by a surname alone, right
     * after a first name the gazetteer does not know, is another person of that surname.
     */
    private void namesakes(SentenceView view, List<Shape> names, List<Mention> extended, Function<String, Kind> kinds) {
        if (titleCase(view)) {
            return;
        }
        for (Mention m : view.mentions()) {
            int first = view.firstToken(m);
            if (m.matchType() != MatchType.ALIAS || kinds.apply(m.entityId()) != Kind.PERSON
                    || view.endToken(m) - first != 1 || first == 0) {
                continue;
            }
            if (first >= 3 && isInitial(view, first - 2) && view.mentionAt(first - 3) == null
                    && isNameWord(view, first - 3, false)) {
                // "Antony J. Blinken": a given name and an initial before a known person's surname
                extended.add(new Mention(m.sentence(), view.startOf(first - 3), m.end(),
                        view.text(first - 3, first + 1), m.entityId(), MatchType.ALIAS));
                continue;
            }
            int start = first - 1;
            Token before = view.tokens().get(start);
            if (view.mentionAt(start) == null && before.isWord() && before.isCapitalised()
                    && isNameWord(view, start, false) && !view.quoted(start)) {
                names.add(new Shape(start, first + 1, "person-namesake", LIKELY));
            }
        }
    }

    /**
     * "Kagame" and "Paul Kagame", "El-Sisi" and "Abdel Fattah El-Sisi" in one article are one person:
     * a found name that ends another found name is that person (the longer name wins, whichever came
     * first). A one-word name that ends none but starts exactly one found name is that person too
     * ("Prime Minister Abiy" and "Prime Minister Abiy Ahmed": some names put the given name first). A
     * one-word name that ends the name of exactly one gazetteer person of the article is that person
     * ("Prime Minister Ahmed" after "Abiy Ahmed").
     */
    private static void mergeShortNames(Map<String, Found> persons, List<List<Mention>> groups,
            Function<String, Kind> gazetteerKinds) {
        Map<String, String> into = new LinkedHashMap<>();
        // "Prime Minister Ahmed" after the gazetteer's "Abiy Ahmed": the surname of a known person of the article
        Map<String, Set<String>> knownSurnames = new LinkedHashMap<>();
        for (List<Mention> group : groups) {
            for (Mention m : group) {
                String key = Names.key(m.surface());
                if (!persons.containsKey(m.entityId()) && gazetteerKinds.apply(m.entityId()) == Kind.PERSON
                        && key.contains(" ")) {
                    knownSurnames.computeIfAbsent(key.substring(key.lastIndexOf(' ') + 1), k -> new java.util.HashSet<>())
                            .add(m.entityId());
                }
            }
        }
        for (Found shorter : persons.values()) {
            String key = Names.key(shorter.entity().label());
            List<String> starting = new ArrayList<>();
            for (Found longer : persons.values()) {
                String longKey = Names.key(longer.entity().label());
                if (longer != shorter && longKey.length() > key.length() && longKey.endsWith(" " + key)) {
                    into.put(shorter.entity().id(), longer.entity().id());
                    break;
                }
                if (longer != shorter && longKey.startsWith(key + " ")) {
                    starting.add(longer.entity().id());
                }
            }
            if (!into.containsKey(shorter.entity().id()) && starting.size() == 1 && !key.contains(" ")) {
                into.put(shorter.entity().id(), starting.get(0));
            }
            Set<String> known = knownSurnames.getOrDefault(key, Set.of());
            if (!into.containsKey(shorter.entity().id()) && known.size() == 1 && !key.contains(" ")) {
                into.put(shorter.entity().id(), known.iterator().next());
            }
        }
        into.forEach((from, to) -> persons.remove(from));
        if (into.isEmpty()) {
            return;
        }
        Map<String, String> merged = merged(into);
        for (List<Mention> group : groups) {
            group.replaceAll(m -> merged.containsKey(m.entityId())
                    ? new Mention(m.sentence(), m.start(), m.end(), m.surface(), merged.get(m.entityId()), MatchType.ALIAS)
                    : m);
        }
    }

    /**
     * What the merges {@code into} (from → to, in order) make of each id they touch: the same as
     * re-pointing every mention of {@code from} to {@code to}, one merge after the other, so a
     * chain A → B, B → C takes A to C; found in one pass over the merges instead of one pass over
     * the mentions per merge.
     */
    private static Map<String, String> merged(Map<String, String> into) {
        Map<String, String> current = new LinkedHashMap<>();
        Map<String, List<String>> holders = new LinkedHashMap<>();
        into.forEach((from, to) -> {
            List<String> moving = holders.remove(from);
            moving = moving == null ? new ArrayList<>() : moving;
            if (!current.containsKey(from)) {
                // an id no merge touched yet still stands for itself
                moving.add(from);
            }
            moving.forEach(id -> current.put(id, to));
            holders.computeIfAbsent(to, k -> new ArrayList<>()).addAll(moving);
        });
        return current;
    }

    /** Later mentions of a found person's surname, alone. */
    private void surnames(List<Sentence> sentences, Map<String, Found> persons, List<List<Mention>> groups,
            Function<String, Kind> kinds) {
        Map<String, String> bySurname = new LinkedHashMap<>();
        List<Entity> found = persons.values().stream().map(Found::entity).toList();
        for (Entity p : found) {
            List<Token> tokens = Names.tokens(p.label());
            if (tokens.size() >= 2) {
                bySurname.putIfAbsent(Names.fold(tokens.get(tokens.size() - 1).text()), p.id());
            }
        }
        // "said Kim" after "Kim Kyou-hyun": some names put the family name first; a first word that
        // starts one found name only, and ends none, is that person too
        Map<String, List<String>> byFirst = new LinkedHashMap<>();
        for (Entity p : found) {
            List<Token> tokens = Names.tokens(p.label());
            if (tokens.size() >= 2 && tokens.get(0).text().length() > 1) {
                byFirst.computeIfAbsent(Names.fold(tokens.get(0).text()), k -> new ArrayList<>()).add(p.id());
            }
        }
        byFirst.forEach((word, ids) -> {
            if (ids.size() == 1) {
                bySurname.putIfAbsent(word, ids.get(0));
            }
        });
        if (bySurname.isEmpty()) {
            return;
        }
        for (int k = 0; k < sentences.size(); k++) {
            Sentence sentence = sentences.get(k);
            List<Mention> all = groups.get(k);
            SentenceView view = new SentenceView(sentence, all, kinds);
            for (int i = 0; i < view.size(); i++) {
                Token t = view.tokens().get(i);
                String id = bySurname.get(view.word(i));
                if (id != null && view.mentionAt(i) == null && t.isCapitalised()
                        && !(i > 0 && view.tokens().get(i - 1).isCapitalised() && view.tokens().get(i - 1).isWord())
                        && !(i + 1 < view.size() && view.tokens().get(i + 1).isCapitalised()
                        && view.tokens().get(i + 1).isWord())) {
                    all.add(new Mention(sentence.index(), t.start(), t.end(), t.text(), id, MatchType.ALIAS));
                }
            }
        }
    }

    /** A headline in Title Case ("Points To Putin's Lack Of Planning"): capitals say nothing about names there. */
    static boolean titleCase(SentenceView view) {
        return view.titleCase();
    }

    /** A readable id from a name: "Laurence Broers" → laurence-broers. */
    static String slug(String name) {
        return Names.slug(name);
    }
}
