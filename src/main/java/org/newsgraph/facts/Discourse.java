package org.newsgraph.facts;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.Facts.Position;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Quotation;
import org.newsgraph.model.Mention;
import org.newsgraph.recognize.SentenceView;

/**
 * What the sentences of one article tell the sentences after them, in one place: the article's
 * agents (pronoun and bare-title referents), the last title named (for "his counterpart"), the last
 * speaker quoted or claiming (for a quote continued without a new attribution, in the same
 * paragraph: {@link FactExtractor.Input#paragraphs}) and the dateline, whose date is
 * the date of its sentence. The rule families read and update it; nothing else is shared between them.
 * {@link FactExtractor} makes one per article and hands it to each family, sentence by sentence.
 *
 * <pre>{@code
 * Discourse discourse = new Discourse(lexicon, input);
 * int start = datelines.start(view, discourse);
 * List<Position> positions = positionRules.find(view, start, discourse);
 * }</pre>
 */
final class Discourse {
    /**
     * The article's dateline.
     *
     * @param sentence the index of its sentence
     * @param place    its settlement's id, or null
     * @param date     its date, or null
     */
    record Dateline(int sentence, String place, LocalDate date) {
    }

    /**
     * Where the article's transcript lines stand ({@link Transcripts}).
     *
     * @param sentence  the index of the sentence last read, or -1
     * @param line      its transcript line, or null
     * @param honorific the index of the sentence that is an honorific alone ("MS."), or -1
     * @param turn      whose turn runs on: the last labelled speaker's, through paragraphs with no label, until
     *                  a question; or null
     * @param headed    whose speech a parliament record's speaker line heads ("The Prime Minister (Mr. Jane
     *                  Roe)"): the paragraphs after it are that speaker's lines until the next label; or null
     */
    record TranscriptState(int sentence, Transcripts.Line line, int honorific, String turn, String headed) {
    }

    private final Lexicon lexicon;
    private final FactExtractor.Input article;
    private final Agents agents;
    private final DeedOwners deeds = new DeedOwners();
    private final DateResolver dates;
    private final BothSides sides;
    /** The last day each sentence named, by sentence index. */
    private final java.util.TreeMap<Integer, LocalDate> daysNamed = new java.util.TreeMap<>();
    private Dateline dateline;
    private String lastTitle;
    /** The sentences whose speaker was only a title of an owner ("Canada's prime minister said"). */
    private final List<TitledSpeakers.Untitled> untitled = new ArrayList<>();
    private String lastQuoteSpeaker;
    private int lastQuoteSentence = -10;
    private final Map<String, String> surnames = new HashMap<>();
    private final Map<String, String> heads = new HashMap<>();
    /** The word for a country's government, which stands for the country ("the government said"). */
    private static final String GOVERNMENT = "government";
    private final Set<String> headWords;
    private final Set<String> localBodies;
    private final Documents documents;
    /** The issuer of the last document the article named ({@link Documents}). */
    private String issuer;
    private final List<Quotation> waiting = new ArrayList<>();
    private Quotation turn;
    private Quotation opening;
    private Claim unblamed;
    /** Every condemnation of an attack that named no party, in article order ({@link ArticleAttacker}). */
    private final List<Claim> condemnations = new ArrayList<>();
    private int unblamedAt = -10;
    private final Set<String> reporters = new HashSet<>();
    private final Set<String> attackers = new HashSet<>();
    private final Transcripts transcripts;
    private TranscriptState transcript = new TranscriptState(-1, null, -1, null, null);

    Discourse(Lexicon lexicon, FactExtractor.Input article) {
        this.lexicon = lexicon;
        this.article = article;
        this.agents = new Agents(lexicon);
        this.dates = new DateResolver(lexicon, article.published());
        this.sides = new BothSides(lexicon);
        this.transcripts = new Transcripts(lexicon);
        this.headWords = lexicon.words("organisation-heads.csv");
        this.localBodies = lexicon.words("local-bodies.csv");
        this.documents = new Documents(lexicon);
        if (article.discovery() != null) {
            article.discovery().credits().values().forEach(reporters::addAll);
        }
        reporters.addAll(article.reporters());
    }

    /** The article being read. */
    FactExtractor.Input article() {
        return article;
    }

    /** Whose deed a bare "the launch" is, from the possessives the article has read so far. */
    DeedOwners deeds() {
        return deeds;
    }

    /** The article's agents: phrase heads, subjects, and the referents of pronouns and bare titles. */
    Agents agents() {
        return agents;
    }

    /**
     * Who the article's own "we" is: the country of its publisher (a government's statement: "We condemn
     * the attack"), else the publisher; null when the publisher is not known.
     */
    String voice() {
        String publisher = article.publisher();
        if (publisher == null) {
            return null;
        }
        String country = article.countryOf() == null ? null : article.countryOf().apply(publisher);
        return country != null ? country : publisher;
    }

    /** The kind of entity {@code id}. */
    Kind kind(String id) {
        return article.kinds().apply(id);
    }

    /**
     * Records that {@code id} acted or spoke, for later pronouns; not the article's own reporters and
     * editors (its credits): "VOA's Jane Roe reports from Kyiv. “…,” he said." is not Jane Roe's word.
     */
    void saw(String id) {
        if (id != null && reporters.contains(id)) {
            return;
        }
        agents.saw(id, id == null ? null : kind(id));
    }

    /** The two parties the article last joined by "and", for "the two sides" ({@link BothSides}). */
    BothSides sides() {
        return sides;
    }

    /** The article's dateline, when one was found. */
    Optional<Dateline> dateline() {
        return Optional.ofNullable(dateline);
    }

    /** Records the dateline. */
    void dateline(Dateline found) {
        dateline = found;
    }

    /** The date sentence {@code view} names, else the dateline's on the dateline's sentence, else null. */
    Temporal date(SentenceView view) {
        Optional<Temporal> d = dates.resolve(view, 0, view.size());
        if (d.isPresent()) {
            return d.get();
        }
        return dateline != null && view.sentence().index() == dateline.sentence() ? dateline.date() : null;
    }

    /**
     * Records that an event of sentence {@code sentence} fell on day {@code date} (a month names none), for
     * later counted days; a reporting verb's day ("announced Thursday") is not recorded.
     */
    void dated(int sentence, Temporal date) {
        if (date instanceof LocalDate day) {
            daysNamed.put(sentence, day);
        }
    }

    /** The day of the event the article dated last before sentence {@code sentence}, or null: what "four days earlier" counts from. */
    LocalDate dayBefore(int sentence) {
        var named = daysNamed.lowerEntry(sentence);
        return named == null ? null : named.getValue();
    }

    /** The title of the position found last, or null. */
    /** The word lists the rules read. */
    Lexicon lexicon() {
        return lexicon;
    }

    /** Records a sentence whose speaker was only a title of an owner. */
    void untitled(TitledSpeakers.Untitled u) {
        if (!untitled.contains(u)) {
            untitled.add(u);
        }
    }

    /** The sentences whose speaker was only a title of an owner, in article order. */
    List<TitledSpeakers.Untitled> untitled() {
        return untitled;
    }

    String lastTitle() {
        return lastTitle;
    }

    /** Records a position: its title is the last one, and names its holder for a later bare title. */
    void titled(Position p) {
        lastTitle = p.title();
        agents.titled(p.title(), p.of(), p.person());
    }

    /**
     * The speaker a quotation in sentence {@code view} with no speaker of its own continues: the
     * last one quoted or claiming, when that was in the sentence before, or two sentences before
     * when the quotation opens its sentence ({@code opens}), and in the same paragraph; else null. A
     * continuation ends at a paragraph and when another speaker was named since. One exception, the
     * wire convention: a paragraph that opens with a quotation continues the speaker of the sentence
     * just before it ("“…,” Peskov told reporters.⏎“The president is doing everything he can.”").
     */
    String continuedSpeaker(SentenceView view, boolean opens) {
        int now = view.sentence().index();
        int gap = now - lastQuoteSentence;
        if (lastQuoteSpeaker == null || gap < 0 || gap > (opens ? 2 : 1)) {
            return null;
        }
        boolean nextParagraph = opens && gap == 1;
        for (int k = lastQuoteSentence + 1; k <= now; k++) {
            if (article.paragraphs().contains(k) && !nextParagraph) {
                return null;
            }
        }
        return lastQuoteSpeaker;
    }

    /** Holds a quotation that runs on into the next sentence, which may name its speaker. */
    void hold(Quotation q) {
        waiting.add(q);
    }

    /** The quotations held, in their order, no longer held. */
    List<Quotation> release() {
        List<Quotation> held = List.copyOf(waiting);
        waiting.clear();
        return held;
    }

    /** The transcript turn still open (its speaker's words so far), or null. */
    Quotation turn() {
        return turn;
    }

    /** Opens, extends ({@code q} not null) or closes ({@code null}) the transcript turn. */
    void turn(Quotation q) {
        turn = q;
    }

    /** The last speaker quoted or claiming, or null. */
    String lastQuoteSpeaker() {
        return lastQuoteSpeaker;
    }

    /** Records the people sentence {@code view} names, by surname, for a later bare surname ("Novak said"). */
    void named(SentenceView view) {
        sides.saw(view);
        agents.gendered(view);
        for (Mention m : view.mentions()) {
            if (view.kind(m) == Kind.ORGANIZATION) {
                headWords(m).forEach(word -> heads.put(word, m.entityId()));
                // "Front militants", "militants of the Front": a later "the militants" are the Front's
                String after = view.word(view.endToken(m));
                int first = view.firstToken(m);
                String before = view.word(first - (view.word(first - 1).equals("the") ? 3 : 2));
                if (lexicon.memberNouns().contains(after)) {
                    heads.put(after, m.entityId());
                } else if (view.word(first - (view.word(first - 1).equals("the") ? 2 : 1)).equals("of")
                        && lexicon.memberNouns().contains(before)) {
                    heads.put(before, m.entityId());
                } else {
                    // "the rebel group the Front", "the militant group Front": a later "the rebels" are the Front's
                    int noun = first - (view.word(first - 1).equals("the") ? 2 : 1);
                    String members = view.word(noun - 1) + "s";
                    if (lexicon.groupNouns().contains(view.word(noun)) && lexicon.memberNouns().contains(members)) {
                        heads.put(members, m.entityId());
                    }
                }
            }
            if (view.kind(m) == Kind.COUNTRY && governs(view, m)) {
                heads.put(GOVERNMENT, m.entityId());   // "the Ruritanian government": a later "the government"
            }
            if (view.kind(m) == Kind.PERSON) {
                String surface = m.surface().strip();
                int space = surface.lastIndexOf(' ');
                if (space > 0) {
                    surnames.put(surface.substring(space + 1).toLowerCase(Locale.ROOT), m.entityId());
                }
            }
        }
    }

    /** Whether country mention {@code m} names a government: "Ruritania's government", "the government of Ruritania". */
    private static boolean governs(SentenceView view, Mention m) {
        int end = view.endToken(m);
        int after = view.possessiveAt(end) ? end + 2 : end;
        int first = view.firstToken(m);
        return view.word(after).equals(GOVERNMENT)
                || view.word(first - 1).equals("of") && view.word(first - 2).equals(GOVERNMENT);
    }

    /**
     * The organisation the article last named with head word {@code word} of {@code organisation-heads.csv}
     * (folded): "the police" after "the Uganda Police Force", "the party" after "the Labour Party"; for
     * "government" the country whose government it last named ("the Ruritanian government"); or null.
     */
    String organisation(String word) {
        return heads.get(word);
    }

    /** The article's dates, read relative to its publication date. */
    DateResolver dates() {
        return dates;
    }

    /** The rules that read who a document speaks for ("the statement said"). */
    Documents documents() {
        return documents;
    }

    /** The issuer of the last document the article named, or null. */
    String issuer() {
        return issuer;
    }

    /** Records the issuer of a document the article names. */
    void issuer(String id) {
        issuer = id;
    }

    /**
     * The party a bare noun of {@code local-bodies.csv} (folded) stands for where the article has named no
     * organisation with it so far ("Police accuse the rebels of …"): the only organisation the whole article
     * names with it ({@link #organisationAnywhere}), else the country of the dateline's place, whose body it is
     * ("KATHMANDU —" makes it Nepal's); null for any other word, or with no dateline.
     */
    String localBody(String word) {
        if (!localBodies.contains(word)) {
            return null;
        }
        String named = organisationAnywhere(word);
        if (named != null || dateline == null || dateline.place() == null) {
            return named;
        }
        String place = dateline.place();
        return kind(place) == Kind.COUNTRY ? place
                : article.countryOf() == null ? null : article.countryOf().apply(place);
    }

    /**
     * The organisation for head word {@code word} (folded) anywhere in the article: the one last named with it
     * so far, else the only one the whole article names with it ("by Kenyan police" before "the National
     * Police Service"); null when none or several.
     */
    String organisationAnywhere(String word) {
        String last = heads.get(word);
        if (last != null) {
            return last;
        }
        Set<String> named = new LinkedHashSet<>();
        for (Mention m : article.mentions()) {
            if (article.kinds().apply(m.entityId()) == Kind.ORGANIZATION && headWords(m).contains(word)) {
                named.add(m.entityId());
            }
        }
        return named.size() == 1 ? named.iterator().next() : null;
    }

    /** The head words of {@code organisation-heads.csv} in a mention's words ("police" in "Uganda Police Force"). */
    private Set<String> headWords(Mention m) {
        Set<String> found = new LinkedHashSet<>();
        for (String word : m.surface().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (headWords.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }

    /** The person the article last named with surname {@code word} (folded), or null. */
    String surname(String word) {
        return surnames.get(word);
    }

    /** The sentence of the last speaker quoted or claiming (far before the first sentence when none). */
    int lastQuoteSentence() {
        return lastQuoteSentence;
    }

    /** Records that {@code speaker} is quoted, or claims, in sentence {@code sentence}: a later quote may continue it. */
    void quoted(String speaker, int sentence) {
        lastQuoteSpeaker = speaker;
        lastQuoteSentence = sentence;
        saw(speaker);
    }

    /** The transcript line sentence {@code view} is part of, from token {@code start}, or null ({@link Transcripts}). */
    Transcripts.Line transcriptLine(SentenceView view, int start) {
        Transcripts.Line line = transcripts.line(view, start, this);
        return line == null || transcripts.formality(view, line) ? null : line;
    }

    /** Records that the article told an attack by {@code id}. */
    void attacker(String id) {
        attackers.add(id);
    }

    /**
     * The one party the article has told attacking so far, or null when it told none or attacks by more
     * than one: "The UAE condemned the attack on its facilities" after attacks by the Houthis alone blames
     * the Houthis; after attacks by both sides it blames nobody.
     */
    String soleAttacker() {
        return attackers.size() == 1 ? attackers.iterator().next() : null;
    }

    /**
     * Records a condemnation in sentence {@code sentence} that names no party ({@link Responsibility}),
     * or forgets it (null).
     */
    void unblamed(Claim condemnation, int sentence) {
        unblamed = condemnation;
        unblamedAt = sentence;
        if (condemnation != null) {
            condemnations.add(condemnation);
        }
    }

    /** The condemnation that names no party and still waits at sentence {@code sentence}, or null. */
    /** Every condemnation of an attack the article recorded as naming no party, in article order. */
    List<Claim> unblamedCondemnations() {
        return List.copyOf(condemnations);
    }

    Claim unblamed(int sentence) {
        return sentence - unblamedAt <= Responsibility.SENTENCES ? unblamed : null;
    }

    /** The words that opened a speaker's line and only run the briefing ("MS. DOE: All right."), or null. */
    Quotation opening() {
        return opening;
    }

    /** Records the words that open a speaker's line and only run the briefing, or null. */
    void opening(Quotation words) {
        opening = words;
    }

    /**
     * The transcript line of sentence {@code view} when it only runs the briefing ("MS. DOE: All right."),
     * or null: no claim, but the first words of its speaker's turn when more follow.
     */
    Transcripts.Line formalLine(SentenceView view, int start) {
        Transcripts.Line line = transcripts.line(view, start, this);
        return line != null && transcripts.formality(view, line) ? line : null;
    }

    /** Where the article's transcript lines stand. */
    TranscriptState transcript() {
        return transcript;
    }

    /** Records the transcript line of the sentence just read. */
    void transcript(TranscriptState state) {
        transcript = state;
    }
}
