package org.newsgraph.io;

import java.util.regex.Pattern;

/**
 * Keeps CSV cells from being run as spreadsheet formulas ("CSV injection", OWASP): a cell whose
 * first character, after any blanks, is {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return (or the full-width {@code ＝ ＋ － ＠}) is a formula to Excel, LibreOffice and
 * Google Sheets, so text from an article such as {@code =HYPERLINK(...)} could run when the
 * file is opened. Such a cell gets a leading {@code '}, which spreadsheets read as "this is
 * text". A plain number ({@code -12.5}, {@code +3}, {@code -1e3}) is not a formula and is left
 * as it is, so numbers stay numbers; IRIs and entity ids never start with one of those
 * characters.
 *
 * <pre>{@code
 * SpreadsheetCells.safe("=1+2");    // "'=1+2"
 * SpreadsheetCells.safe("-12.5");   // "-12.5"
 * SpreadsheetCells.isFormula("@SUM(A1)");   // true
 * }</pre>
 */
public final class SpreadsheetCells {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final String TRIGGERS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetCells() {
    }

    /** Whether a spreadsheet would read {@code cell} as a formula. */
    public static boolean isFormula(String cell) {
        int i = 0;
        while (i < cell.length() && (cell.charAt(i) == ' ' || cell.charAt(i) == '\n')) {
            i++;
        }
        return i < cell.length() && TRIGGERS.indexOf(cell.charAt(i)) >= 0 && !NUMBER.matcher(cell).matches();
    }

    /** {@code cell}, with a leading {@code '} if a spreadsheet would read it as a formula. */
    public static String safe(String cell) {
        return isFormula(cell) ? "'" + cell : cell;
    }
}
