package org.newsgraph.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.discover.PersonFinder;
import org.newsgraph.gazetteer.Kind;
import org.newsgraph.lexicon.Lexicon.CreditRole;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.Facts.Casualties;
import org.newsgraph.model.Facts.Claim;
import org.newsgraph.model.Facts.Event;
import org.newsgraph.model.Facts.Position;
import org.newsgraph.model.Facts.Quotation;
import org.newsgraph.model.Facts.Relation;
import org.newsgraph.model.Facts.Structure;
import org.newsgraph.model.Mention;
import org.newsgraph.model.SentenceRole;
import org.newsgraph.recognize.SentenceView;
import org.newsgraph.text.Sentence;

/**
 * Pipeline stage 5: extracts what an article says about its entities, sentence by sentence, with
 * rule families driven by the word lists of {@link Lexicon}, run in this order on every sentence:
 * <ol>
 * <li>{@link DatelineRules}: the dateline ("TBILISI, Sept 13 (Reuters) –"), after which the story starts;</li>
 * <li>{@link PositionRules}: titles held;</li>
 * <li>{@link RelationRules}: memberships, alliances, support, leadership and containment;</li>
 * <li>{@link ClaimRules} and {@link QuotationRules}: who says what, and the attacks a claim tells;
 * {@link Labelling}: a deed labelled with a word that blames ("called the vote a sham");</li>
 * <li>{@link EventRules}: attacks ({@link Attacks}), clashes, ceasefires, meetings, statements;</li>
 * <li>{@link CasualtyRules}: counts of the dead and who reports them.</li>
 * </ol>
 * Then attack words that refer back ("this attack") are merged into the attack they refer to
 * ({@link AttackReferences}), and an attack's time told on its own ("The attack took place late Sunday")
 * dates the attacks near it ({@link AttackTimes}).
 * What one sentence tells the next (the article's agents, the last title, the last quoted speaker,
 * the dateline) is the article's {@link Discourse}; a family returns what it finds and never edits
 * another's. Every statement keeps its sentence, span and rule. Byline and credit lines give no
 * story facts.
 *
 * <p>Needs: sentences, the roles of their lines (byline and credit lines are skipped), all mentions, the
 * article's date and publisher. Adds: {@link ArticleFacts}, whose structure holds the roles with the
 * dateline's.
 *
 * <pre>{@code
 * ArticleFacts facts = new FactExtractor(lexicon).extract(input);
 * }</pre>
 */
public final class FactExtractor {
    private final Lexicon lexicon;
    private final DatelineRules datelines;
    private final PositionRules positionRules;
    private final RelationRules relationRules;
    private final ClaimRules claimRules;
    private final QuotationRules quotationRules;
    private final Labelling labelling;
    private final EventRules eventRules;
    private final CasualtyRules casualtyRules;
    private final StatementVoice statementVoice;
    private final Authors authors;
    private final java.util.Set<String> personPronouns;
    /** Regions read as states ({@code governed-regions.csv}). */
    private final Set<String> governed;

    public FactExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.personPronouns = lexicon.words("person-pronouns.csv");
        this.governed = lexicon.words("governed-regions.csv");
        SpeechVerbs verbs = new SpeechVerbs(lexicon);
        Attacks attacks = new Attacks(lexicon);
        this.datelines = new DatelineRules(lexicon);
        this.positionRules = new PositionRules(lexicon);
        this.relationRules = new RelationRules(lexicon);
        this.claimRules = new ClaimRules(lexicon, verbs, attacks);
        this.quotationRules = new QuotationRules(verbs, lexicon.words("naming-verbs.csv"));
        this.eventRules = new EventRules(lexicon, attacks);
        this.labelling = new Labelling(lexicon);
        this.casualtyRules = new CasualtyRules(lexicon);
        this.statementVoice = new StatementVoice(lexicon);
        this.authors = new Authors(lexicon);
    }

    /**
     * What the extractor reads.
     *
     * @param sentences  the article's sentences
     * @param mentions   every mention, in text order
     * @param kinds      entity id to kind
     * @param discovery  the person finder's result (the people of the byline and credit lines)
     * @param published  the article's date, or null
     * @param publisher  the publisher's entity id, or null
     * @param countryOf  entity id to the id of its country (citizenship for a person), or null
     * @param roles      the roles of the sentences that are not story text (headline, bullets, sections, byline
     *                   and credit lines), by sentence index
     * @param paragraphs the indexes of the sentences that open a line of the text (a paragraph), empty when
     *                   the text's lines are not known
     * @param reporters  the entity ids of the article's authors (its byline), who report and are nobody's
     *                   later "he"
     */
    public record Input(List<Sentence> sentences, List<Mention> mentions, Function<String, Kind> kinds,
            PersonFinder.Discovery discovery, LocalDate published, String publisher,
            Function<String, String> countryOf, Map<Integer, SentenceRole> roles, Set<Integer> paragraphs,
            List<String> reporters) {
        public Input {
            roles = Map.copyOf(roles);
            paragraphs = Set.copyOf(paragraphs);
            reporters = List.copyOf(reporters);
        }

        /** An input without a byline's authors. */
        public Input(List<Sentence> sentences, List<Mention> mentions, Function<String, Kind> kinds,
                PersonFinder.Discovery discovery, LocalDate published, String publisher,
                Function<String, String> countryOf, Map<Integer, SentenceRole> roles, Set<Integer> paragraphs) {
            this(sentences, mentions, kinds, discovery, published, publisher, countryOf, roles, paragraphs, List.of());
        }

        /** An input whose text's lines are not known: no sentence opens a paragraph. */
        public Input(List<Sentence> sentences, List<Mention> mentions, Function<String, Kind> kinds,
                PersonFinder.Discovery discovery, LocalDate published, String publisher,
                Function<String, String> countryOf, Map<Integer, SentenceRole> roles) {
            this(sentences, mentions, kinds, discovery, published, publisher, countryOf, roles, Set.of());
        }

        /** The indexes of the sentences of {@code text} that open one of its lines (spaces before them aside). */
        public static Set<Integer> paragraphs(String text, List<Sentence> sentences) {
            Set<Integer> starts = new HashSet<>();
            for (Sentence s : sentences) {
                int k = s.start() - 1;
                while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                    k--;
                }
                if (k < 0 || text.charAt(k) == '\n') {
                    starts.add(s.index());
                }
            }
            return starts;
        }

        /** Whether sentence {@code index} is a byline or credit line, which gives no story facts. */
        boolean credits(int index) {
            SentenceRole role = roles.get(index);
            return role == SentenceRole.BYLINE || role == SentenceRole.CREDIT;
        }
    }

    /** What the families found in the sentences so far, in their order. */
    private record Collected(List<Position> positions, List<Relation> relations, List<Quotation> quotations,
            List<Claim> claims, List<Event> events, List<Casualties> casualties) {
        Collected() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
        }
    }

    /** Extracts the facts of one article. */
    public ArticleFacts extract(Input in) {
        Discourse discourse = new Discourse(lexicon, in);
        Collected found = new Collected();
        List<List<Mention>> bySentence = SentenceView.bySentence(in.sentences(), in.mentions());
        List<SentenceView> views = new ArrayList<>();
        // a region with a government of its own acts as a state does ("Puntland accused Somaliland troops of …")
        Function<String, Kind> kinds = id -> governed.contains(id) ? Kind.COUNTRY : in.kinds().apply(id);
        boolean open = false;
        for (int k = 0; k < in.sentences().size(); k++) {
            Sentence s = in.sentences().get(k);
            // a quotation left open runs on into the next sentence of its paragraph, never past it
            SentenceView view = new SentenceView(s, bySentence.get(k), kinds,
                    open && !in.paragraphs().contains(s.index()));
            open = view.endsInQuote();
            views.add(view);
        }
        boolean we = StatementVoice.speaksAsWe(views);
        for (SentenceView view : views) {
            if (!in.credits(view.sentence().index())) {
                sentence(view, discourse, found, we);
            }
        }
        found.quotations().addAll(discourse.release()); // a quotation left open at the article's end
        if (discourse.turn() != null) {
            found.quotations().add(QuotationRules.closed(discourse.turn()));   // a transcript turn ending the article
        }
        // "Canada's prime minister said …" and, later, "Prime Minister Jane Roe": her words
        TitledSpeakers.credit(found.quotations(), found.claims(), discourse.untitled(), found.positions(), in.countryOf());
        ArticleAttacker.Resolved attacks = ArticleAttacker.resolve(AttackTimes.resolve(AttackReferences.resolve(found.events())),
                found.claims(), discourse.unblamedCondemnations(), in.countryOf());
        return new ArticleFacts(structure(in, discourse), PositionRules.specific(found.positions()),
                RelationRules.distinct(found.relations()),
                Authors.credit(SourceLines.credit(QuoteRuns.join(found.quotations(), in.sentences()), views, in.paragraphs()),
                        authors.of(views)),
                attacks.claims(), attacks.events(),
                found.casualties());
    }

    /** Runs the families over one sentence, in order. */
    private void sentence(SentenceView view, Discourse discourse, Collected found, boolean we) {
        int start = datelines.start(view, discourse);
        found.positions().addAll(positionRules.find(view, start, discourse));
        found.relations().addAll(relationRules.find(view, start, discourse));
        ClaimRules.Said said = claimRules.find(view, start, discourse);
        discourse.deeds().read(view);   // whose deeds its possessives name, for "condemned the launch" after it
        // a headline restates the article: it keeps what blames or tells an attack, not what it only says
        found.claims().addAll(!view.headline() ? said.claims() : said.claims().stream().filter(c -> c.accused() != null
                || said.attacks().stream().anyMatch(e -> e.claim() == c)).toList());
        List<Claim> labels = labelling.find(view, start, discourse);
        found.claims().addAll(labels);
        int events = found.events().size();
        found.events().addAll(said.attacks());
        List<Quotation> quotations = quotationRules.find(view, start, discourse);
        found.quotations().addAll(quotations);
        List<String> speakers = new ArrayList<>();   // who speaks here issued the document it names ("said in a statement")
        said.claims().forEach(c -> speakers.add(c.claimant()));
        quotations.stream().filter(q -> q.speaker() != null).forEach(q -> speakers.add(q.speaker()));
        discourse.documents().read(view, start, speakers, discourse);
        if (said.claims().isEmpty() && labels.isEmpty() && quotations.isEmpty()) {
            found.claims().addAll(statementVoice.find(view, start, we, discourse));   // a statement's own blame
        }
        // a transcript line's events are its words', not its label's: "MS. ROE: The Secretary spoke with …"
        Transcripts.Line line = discourse.transcriptLine(view, start);
        int spoken = line == null ? start : Math.max(start, line.from());
        found.events().addAll(eventRules.find(view, spoken, said.claims(), quotations, discourse));
        found.events().subList(events, found.events().size()).stream().filter(e -> e.attacker() != null)
                .forEach(e -> discourse.attacker(e.attacker()));   // this sentence's attackers
        found.casualties().addAll(casualtyRules.find(view, start, said.claims(), discourse));
        if (said.claims().isEmpty() && quotations.isEmpty()) {
            // a sentence where nobody speaks (no claim, no quotation: "In a meeting with President Roe, Doe said:
            // '…'" leaves Doe the one a later "she added" is) still names who a later "he" is, unless a "he" before the name
            // goes on with the person before ("He repeated his doubts about Roe's pledge": still the speaker)
            view.mentions().stream().filter(m -> view.kind(m) == Kind.PERSON).findFirst()
                    .filter(m -> !pronounBefore(view, start, view.firstToken(m)))
                    .ifPresent(m -> discourse.saw(m.entityId()));
        }
    }

    /** Whether a word of {@code person-pronouns.csv} stands in tokens {@code [from, to)}. */
    private boolean pronounBefore(SentenceView view, int from, int to) {
        for (int k = from; k < to; k++) {
            if (personPronouns.contains(view.word(k))) {
                return true;
            }
        }
        return false;
    }

    /** The article's byline, credits, dateline, headline and the roles of its lines. */
    private static Structure structure(Input in, Discourse discourse) {
        Map<CreditRole, List<String>> credits = in.discovery().credits();
        Map<Integer, SentenceRole> roles = new HashMap<>(in.roles());
        Discourse.Dateline dateline = discourse.dateline().orElse(new Discourse.Dateline(0, null, null));
        if (dateline.sentence() > 0) {
            roles.put(dateline.sentence(), SentenceRole.DATELINE);
        }
        String headline = roles.entrySet().stream().filter(e -> e.getValue() == SentenceRole.HEADLINE)
                .map(e -> in.sentences().get(e.getKey() - 1).text()).findFirst().orElse(null);
        return new Structure(credits.getOrDefault(CreditRole.AUTHOR, List.of()),
                credits.getOrDefault(CreditRole.CONTRIBUTOR, List.of()),
                credits.getOrDefault(CreditRole.EDITOR, List.of()),
                dateline.place(), dateline.date(), in.discovery().creditLines(), roles, headline);
    }
}
