package org.newsgraph.opendata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The label and aliases of a region, in the forms news uses. The label is Google's name when it
 * has one ("Belgorod Oblast", "Sumy Oblast"), else dr5hn's. The base name is the label without its
 * type word ("Sumy"); the aliases are {@code <base> <Type>}, {@code <base> <type>} for the region's
 * own type word (from the label, else from the {@code type} column: "administrative region" gives
 * Region) and {@code <base> region}, {@code <base> Region}. The bare base name is never an alias (the
 * bare "Sumy" is the city), and it is the label only when it names no settlement of the country and
 * is more than words of direction: Google's "Donetsk" becomes "Donetsk Region", Sri Lanka's "Eastern"
 * "Eastern Province". dr5hn's own name is an alias unless it is the bare
 * base, a settlement's name, or a Ukrainian adjectival form ("Sumska") that English news does not
 * use; the {@code native} column is never used (some of its names are stray words).
 *
 * <pre>{@code
 * RegionNames n = RegionNames.of(row, Set.of("sumy"));
 * n.label();     // "Sumy Oblast"
 * n.aliases();   // [Sumy Region, Sumy oblast, Sumy region]
 * }</pre>
 *
 * @param label   the label
 * @param aliases the aliases, sorted
 */
record RegionNames(String label, List<String> aliases) {

    /** Type words as written after a region's base name, longest first. */
    static final List<String> TYPE_WORDS = List.of("Autonomous Okrug", "Avtonomnyy Okrug", "Autonomous Region",
            "Autonomous Republic", "Oblast", "Krai", "Okrug", "Province", "Region", "Governorate", "State",
            "District", "Prefecture", "County", "Department", "Municipality", "Voivodeship", "Canton", "Parish",
            "Division", "Emirate", "Republic", "Territory", "Borough", "Commune").stream()
            .sorted(Comparator.comparing(String::length).reversed()).toList();

    /** Spellings of the {@code type} column that name a type word differently. */
    private static final Map<String, String> TYPE_SPELLINGS = Map.of("voivodship", "Voivodeship");

    /** Ukrainian oblast names in dr5hn's adjectival form ("Sumska", "Kyivska", "Zaporizka"). */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("ska", "zka", "cka");

    private static final String REGION = "Region";

    /**
     * Countries whose first-level regions English news calls oblasts whatever the source's type word
     * ("Sumy Oblast", "Belgorod Oblast", "Vitebsk Oblast"): their regions also get the forms with "Oblast".
     */
    private static final Set<String> OBLAST_COUNTRIES = Set.of("UA", "RU", "BY", "KZ", "KG");

    /** Words that make no name on their own: a region called only by them gets its type word in the label. */
    private static final Set<String> GENERIC_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "centre", "center", "northeast", "northwest", "southeast", "southwest",
            "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower", "middle", "far", "greater",
            "capital", "coast", "coastal", "island", "islands", "interior", "highlands", "lakes", "mountain", "plateau",
            "national", "federal", "special", "autonomous", "metropolitan", "city", "the", "of", "and");

    RegionNames {
        aliases = List.copyOf(aliases);
    }

    /**
     * The names of a region row.
     *
     * @param row         the row
     * @param settlements the {@linkplain Text#key keys} of the labels of the country's settlements
     */
    static RegionNames of(AdminUnitRow row, Set<String> settlements) {
        String label = label(row);
        String typeWord = suffixType(label);
        String base = typeWord.isEmpty() ? label : label.substring(0, label.length() - typeWord.length()).strip();
        boolean typeInside = typeWord.isEmpty() && containsTypeWord(label);
        if (typeWord.isEmpty()) {
            typeWord = columnType(row.type());
        }
        if (!typeInside && base.equals(label) && (settlements.contains(Text.key(label)) || generic(label))) {
            label = base + " " + (typeWord.isEmpty() ? REGION : typeWord);
        }
        Set<String> names = new LinkedHashSet<>();
        if (!typeInside) {
            if (!typeWord.isEmpty()) {
                names.add(base + " " + typeWord);
                names.add(base + " " + typeWord.toLowerCase(Locale.ROOT));
            }
            names.add(base + " region");
            names.add(base + " " + REGION);
            if (OBLAST_COUNTRIES.contains(row.iso2()) && (typeWord.isEmpty() || typeWord.equals(REGION)
                    || typeWord.equals("Oblast"))) {
                names.add(base + " Oblast");
                names.add(base + " oblast");
            }
        }
        String own = row.name();
        if (!own.equals(label) && !Text.key(own).equals(Text.key(base)) && !settlements.contains(Text.key(own))
                && !adjectival(own)) {
            names.add(own);
        }
        if (!row.gcpName().isEmpty() && !AdminUnitRow.CONFLICT.equals(row.agreement())
                && !Text.key(row.gcpName()).equals(Text.key(base)) && !settlements.contains(Text.key(row.gcpName()))) {
            names.add(row.gcpName());
        }
        String finalLabel = label;
        List<String> aliases = names.stream().filter(n -> !n.equals(finalLabel) && !Text.key(n).equals(Text.key(base))
                && Text.isLatin(n)).distinct().sorted().toList();
        return new RegionNames(label, aliases);
    }

    /**
     * Google's name, except where it belongs to another id (a conflict; then dr5hn's name, unless
     * Google's is that name with a type word: "Buenos Aires Province") or was cut short ("Manabí Provin").
     */
    static String label(AdminUnitRow row) {
        String name = row.name();
        String gcp = row.gcpName();
        if (gcp.isEmpty()) {
            return name;
        }
        if (!name.isEmpty() && gcp.startsWith(name + " ")) {
            String rest = gcp.substring(name.length() + 1);
            String type = columnType(row.type());
            if (!type.isEmpty() && rest.length() >= 3 && rest.length() < type.length()
                    && type.toLowerCase(Locale.ROOT).startsWith(rest.toLowerCase(Locale.ROOT))) {
                return name + " " + type;
            }
            if (AdminUnitRow.CONFLICT.equals(row.agreement())) {
                return suffixType(gcp).isEmpty() ? name : gcp;
            }
        }
        return AdminUnitRow.CONFLICT.equals(row.agreement()) && !name.isEmpty() ? name : gcp;
    }

    /** The type word the label ends with, as written there ("Oblast"), or "". */
    static String suffixType(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        for (String word : TYPE_WORDS) {
            String w = word.toLowerCase(Locale.ROOT);
            if (lower.endsWith(" " + w) && lower.length() > w.length() + 1) {
                return label.substring(label.length() - w.length());
            }
        }
        return "";
    }

    /** Whether a type word stands elsewhere in the label ("Republic of Karelia"), which then gets no forms. */
    private static boolean containsTypeWord(String label) {
        List<String> words = new ArrayList<>(List.of(label.toLowerCase(Locale.ROOT).split("[\\s-]+")));
        return TYPE_WORDS.stream().anyMatch(t -> words.contains(t.toLowerCase(Locale.ROOT)));
    }

    /** The type word of the {@code type} column: all of it, else its last word, when that is a type word. */
    static String columnType(String type) {
        String t = type.toLowerCase(Locale.ROOT).strip();
        if (t.isEmpty()) {
            return "";
        }
        String spelled = TYPE_SPELLINGS.get(t);
        if (spelled != null) {
            return spelled;
        }
        for (String word : TYPE_WORDS) {
            if (word.toLowerCase(Locale.ROOT).equals(t)) {
                return word;
            }
        }
        String last = t.substring(t.lastIndexOf(' ') + 1);
        for (String word : TYPE_WORDS) {
            if (word.toLowerCase(Locale.ROOT).equals(last)) {
                return word;
            }
        }
        return TYPE_SPELLINGS.getOrDefault(last, "");
    }

    /** Whether every word of the name is a direction or another common word ("Eastern", "Far North", "Central"). */
    static boolean generic(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[\\s-]+");
        return words.length > 0 && Arrays.stream(words).allMatch(GENERIC_WORDS::contains);
    }

    /** A single word in the adjectival form of Ukrainian oblast names. */
    private static boolean adjectival(String name) {
        String lower = Text.fold(name).toLowerCase(Locale.ROOT);
        return !lower.contains(" ") && ADJECTIVE_ENDINGS.stream().anyMatch(lower::endsWith);
    }
}
