package org.newsgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which cells a spreadsheet would run as formulas, and that numbers, IRIs and ids stay as they are. */
class SpreadsheetCellsTest {
    @Test
    void formulasGetALeadingQuote() {
        for (String formula : List.of("=1+2", "+1+2", "-2+3 is what we want", "@SUM(A1)", "\t=1", "\r=1", "  =1",
                "=HYPERLINK(\"https://evil.example\",\"click\")", "-", "+", "\uFF1D1+2", "-cmd|' /C calc'!A0")) {
            assertTrue(SpreadsheetCells.isFormula(formula), formula);
            assertEquals("'" + formula, SpreadsheetCells.safe(formula));
        }
    }

    @Test
    void numbersIrisIdsAndTextStayAsTheyAre() {
        for (String plain : List.of("-12.5", "+3", "-1e3", "42", "0.85", "-.5", "https://w3id.org/newsgraph/id/entity/x",
                "nikol-pashinyan", "Armenia", "", "a=b", "Q399", "_:b0", "'=already text")) {
            assertFalse(SpreadsheetCells.isFormula(plain), plain);
            assertEquals(plain, SpreadsheetCells.safe(plain));
        }
    }
}
