package org.newsgraph.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.lexicon.Lexicon.DateWord;
import org.newsgraph.lexicon.Lexicon;
import org.newsgraph.lexicon.Phrases;
import org.newsgraph.recognize.SentenceView;

/**
 * Resolves the time expressions of a sentence against the article's date: a weekday ("on
 * Tuesday", "early Tuesday", "Tuesday's attack"; not "Sunday's elections", which dates no event) is the latest
 * such day on or before it ("last Tuesday" the latest one
 * before the article's day), "Sept 13" is that day of its year ({@code dates.csv}), "last month" the month
 * before, "last October" the latest October before the article's month, a word of
 * {@code today-words.csv} the article's day and of {@code yesterday-words.csv} the day before.
 * In an event's own clause ({@link #resolveInClause}) a month also dates the event without a day:
 * "in October 2021" is that month; a bare month after a word of {@code month-prepositions.csv}
 * ("fighting in October", "a ceasefire agreed in March") is the latest such month not after the
 * article's month (an article of 2024-03-05: October 2023, March 2024), and "next October" or a bare
 * month of a plan (a clause with a word of {@code future-time-words.csv}: "will meet in October",
 * "talks planned for October") the next such month not before it (October 2024). A bare month is
 * never the date of a sentence ({@link #resolve}): the reporting verb's clause keeps its own date.
 * A day of a month with no year that would fall after the article's day is last year's, unless
 * it is a plan. Counted days ({@link RelativeDays}): "two days ago" from the article's day, "four days
 * earlier" and "the next day" from the day the article named last; "earlier this month" is the article's month.
 *
 * <pre>{@code
 * DateResolver dates = new DateResolver(lexicon, LocalDate.of(2022, 9, 13));
 * dates.resolve(view, 0, view.size());   // Optional[2022-09-13] for "on Tuesday"
 * }</pre>
 */
public final class DateResolver {
    private final Lexicon lexicon;
    private final LocalDate reference;
    private final Set<String> today;
    private final Set<String> yesterday;
    private final Set<String> monthPrepositions;
    /** Words for a part of a month: "in early October", "mid-October". */
    private static final Set<String> PARTS = Set.of("early", "mid", "late");
    /** How many describing words may stand between a day's possessive and the event it owns ("Sunday's twin suicide bombings"). */
    private static final int OWNED = 3;
    /** Parts of a day after "this": "this morning" is the article's day. */
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening");

    /** @param reference the article's date, or null when unknown (then nothing resolves) */
    public DateResolver(Lexicon lexicon, LocalDate reference) {
        this.lexicon = lexicon;
        this.reference = reference;
        this.today = lexicon.words("today-words.csv");
        this.yesterday = lexicon.words("yesterday-words.csv");
        this.monthPrepositions = lexicon.words("month-prepositions.csv");
    }

    /** The first date the sentence's tokens {@code [from, to)} name, outside quotations. */
    public Optional<Temporal> resolve(SentenceView view, int from, int to) {
        return resolve(view, from, to, false, false, null);
    }

    /**
     * The first date an event's own clause, tokens {@code [from, to)}, names: as {@link #resolve},
     * and also a month with its year or a bare month after a word of {@code month-prepositions.csv}, and
     * days counted from {@code anchor}, the day of the event the article dated last before this sentence
     * (or null): "four days earlier", "the next day".
     *
     * @param plan whether the clause tells a plan ({@code future-time-words.csv}): a bare month is then the next one
     */
    public Optional<Temporal> resolveInClause(SentenceView view, int from, int to, boolean plan, LocalDate anchor) {
        return resolve(view, from, to, true, plan, anchor);
    }

    private Optional<Temporal> resolve(SentenceView view, int from, int to, boolean months, boolean plan,
            LocalDate anchor) {
        if (reference == null) {
            return Optional.empty();
        }
        for (int i = Math.max(0, from); i < Math.min(to, view.size()); i++) {
            if (view.quoted(i)) {
                continue;
            }
            String w = view.word(i);
            if (today.contains(w)) {
                return Optional.of(reference);
            }
            if (yesterday.contains(w)) {
                return Optional.of(reference.minusDays(1));
            }
            if (w.equals("this") && PARTS_OF_DAY.contains(view.word(i + 1)) || w.equals("tonight")) {
                return Optional.of(reference);   // "spoke this morning with …"
            }
            if (w.equals("last") && view.word(i + 1).equals("night")) {
                return Optional.of(reference.minusDays(1));
            }
            if (w.equals("last") && view.word(i + 1).equals("month")) {
                return Optional.of(YearMonth.from(reference).minusMonths(1));
            }
            if (w.equals("earlier") && view.word(i + 1).equals("this") && view.word(i + 2).equals("month")) {
                return Optional.of(YearMonth.from(reference));   // "earlier this month"
            }
            Optional<Temporal> counted = RelativeDays.at(view, i, reference, anchor);
            if (counted.isPresent()) {
                return counted;   // "two days ago", "four days earlier", "the next day"
            }
            Optional<Phrases.Match<DateWord>> word = lexicon.dates().at(view.words(), i);
            if (word.isEmpty() || !view.tokens().get(i).isCapitalised()) {
                continue;
            }
            DateWord d = word.get().value();
            if (d.month() != null && view.word(i - 1).equals("last")) {
                return Optional.of(lastMonthNamed(d.month()));
            }
            if (d.month() != null) {
                Optional<Temporal> day = dayOfMonth(view, i, word.get().end(), d.month(), plan);
                if (day.isPresent()) {
                    return day;
                }
                Optional<Temporal> month = months ? month(view, i, word.get().end(), d.month(), plan) : Optional.empty();
                if (month.isPresent()) {
                    return month;
                }
            } else {
                Optional<Phrases.Match<DateWord>> after = lexicon.dates().at(view.words(), word.get().end() + 1);
                if (view.word(word.get().end()).equals(",") && after.isPresent() && after.get().value().month() != null) {
                    continue;   // "on Tuesday, September 26": the day of the month says it
                }
                if (view.possessiveAt(word.get().end()) && !eventOwned(view, word.get().end() + 2)) {
                    continue;   // "two days before Sunday's parliamentary elections": the elections' day, no event's
                }
                LocalDate day = reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(d.weekday())));
                if (view.word(i - 1).equals("last")) {
                    day = reference.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.of(d.weekday())));
                }
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an event word of {@code event-triggers.csv} stands at token {@code k} or after at most
     * {@value #OWNED} describing words: what a day's possessive owns ("Sunday's deadly attack").
     */
    private boolean eventOwned(SentenceView view, int k) {
        for (int j = k; j < Math.min(view.size(), k + OWNED + 1); j++) {
            if (lexicon.triggers().at(view.words(), j).isPresent()) {
                return true;
            }
            if (!view.tokens().get(j).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "last October": the latest October before the article's month (in an article of March 2024, October 2023). */
    private YearMonth lastMonthNamed(Month month) {
        YearMonth named = YearMonth.of(reference.getYear(), month);
        return named.isBefore(YearMonth.from(reference)) ? named : named.minusYears(1);
    }

    /**
     * "October 2021": that month; "in October": the latest October not after the article's month, or
     * the next one not before it in a plan or after "next"; else empty.
     */
    private Optional<Temporal> month(SentenceView view, int i, int end, Month month, boolean plan) {
        String after = view.word(end);
        if (SentenceView.digits(after, 4, 4)) {
            int year = Integer.parseInt(after);
            return year >= 1900 && year <= 2100 ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
        }
        String before = view.word(partOfMonth(view, i) - 1);
        YearMonth named = YearMonth.of(reference.getYear(), month);
        YearMonth current = YearMonth.from(reference);
        if (before.equals("next") || plan && monthPrepositions.contains(before)) {
            return Optional.of(named.isBefore(current) ? named.plusYears(1) : named);
        }
        if (monthPrepositions.contains(before)) {
            return Optional.of(named.isAfter(current) ? named.minusYears(1) : named);
        }
        return Optional.empty();
    }

    /** Where "early October", "mid-October", "late October" start, for the word before them; else {@code i}. */
    private static int partOfMonth(SentenceView view, int i) {
        if (view.word(i - 1).equals("-") && PARTS.contains(view.word(i - 2))) {
            return i - 2;
        }
        return PARTS.contains(view.word(i - 1)) ? i - 1 : i;
    }

    /**
     * "Sept 13", "Sept. 13", "March 22nd" or "13 September": the day next to the month name (tokens
     * {@code [first, end)}), in the year written after it ("Sept 13, 2021", "13 September 2021"),
     * else in the article's year.
     */
    private Optional<Temporal> dayOfMonth(SentenceView view, int first, int end, Month month, boolean plan) {
        int at = view.word(end).equals(".") ? end + 1 : end;
        int last = at;   // the last token of the date before its year
        if (dayNumber(view.word(at)) < 0) {
            at = first - 1;   // "13 September"
            last = end - 1;
            if (dayNumber(view.word(at)) < 0) {
                return Optional.empty();
            }
        }
        int year = reference.getYear();
        int y = view.word(last + 1).equals(",") ? last + 2 : last + 1;
        boolean written = false;
        if (SentenceView.digits(view.word(y), 4, 4)) {
            int named = Integer.parseInt(view.word(y));
            written = named >= 1900 && named <= 2100;
            year = written ? named : year;
        }
        int day = dayNumber(view.word(at));
        if (day < 1 || day > month.length(YearMonth.of(year, month).isLeapYear())) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (!written && !plan && date.isAfter(reference.plusDays(1))) {
            // "struck on December 20" in an article of January: last year's, unless it is a plan
            LocalDate before = date.minusYears(1);
            return day <= month.length(YearMonth.of(year - 1, month).isLeapYear()) ? Optional.of(before)
                    : Optional.of(date);
        }
        return Optional.of(date);
    }

    /** The day a word gives, one or two digits with an ordinal's ending or none ("13", "22nd", "1st"); else -1. */
    static int dayNumber(String word) {
        String digits = word.length() > 2 && word.matches("[0-9]{1,2}(st|nd|rd|th)") ? word.substring(0, word.length() - 2)
                : word;
        return SentenceView.digits(digits, 1, 2) ? Integer.parseInt(digits) : -1;
    }

    /** The date of a dateline's "Sept 13" in the article's year, given that year. */
    public static Optional<LocalDate> dateline(Lexicon lexicon, SentenceView view, int from, int year) {
        for (int i = from; i < Math.min(view.size(), from + 4); i++) {
            Optional<Phrases.Match<DateWord>> word = lexicon.dates().at(view.words(), i);
            if (word.isPresent() && word.get().value().month() != null) {
                Month month = word.get().value().month();
                int at = word.get().end();
                at = view.word(at).equals(".") ? at + 1 : at;
                if (SentenceView.digits(view.word(at), 1, 2)) {
                    int day = Integer.parseInt(view.word(at));
                    if (day >= 1 && day <= month.length(YearMonth.of(year, month).isLeapYear())) {
                        return Optional.of(LocalDate.of(year, month, day));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
