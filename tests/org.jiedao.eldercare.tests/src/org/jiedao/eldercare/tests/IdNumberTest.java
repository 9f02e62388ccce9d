package org.jiedao.eldercare.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Random;

import org.eclipse.osgi.util.NLS;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.ResidentIdNumber;
import org.jiedao.eldercare.Sex;
import org.junit.jupiter.api.Test;

/**
 * The resident ID number rules on generated numbers: the check character computed here independently
 * (weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11, 10 written X), every single-character
 * change and every swap of two different neighbouring digits refused, old 15-character numbers
 * converted, impossible dates refused.
 */
class IdNumberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** An independent ISO 7064 MOD 11-2. */
    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = 1;
            for (int k = 0; k < 17 - i; k++) {
                weight = weight * 2 % 11;
            }
            sum += (first17.charAt(i) - '0') * weight;
        }
        int c = (12 - sum % 11) % 11;
        return c == 10 ? 'X' : (char) ('0' + c);
    }

    /** A valid 18-character number: region 320508, the birth date, a 3-digit sequence, its check character. */
    static String number(LocalDate birth, int seq) {
        String first17 = "320508" + birth.toString().replace("-", "") + String.format("%03d", seq % 1000);
        return first17 + check(first17);
    }

    @Test
    void theIssuesExampleIsRefusedWithTheCheckCharacterItShouldHave() {
        EldercareException e = assertThrows(EldercareException.class, () -> ResidentIdNumber.parse("32050819500101123X", TODAY));
        assertEquals("ID number 32050819500101123X: the check character should be 4", e.getMessage());
        ResidentIdNumber ok = ResidentIdNumber.parse("320508195001011234", TODAY);
        assertEquals(LocalDate.of(1950, 1, 1), ok.birthDate());
        assertEquals(Sex.MALE, ok.sex(), "character 17 (3) is odd");
        assertEquals(76, ok.ageOn(TODAY));
    }

    @Test
    void theChineseMessageSaysTheSame() throws Exception {
        Properties zh = new Properties();
        try (InputStream in = ResidentIdNumber.class.getResourceAsStream("/org/jiedao/eldercare/internal/messages_zh.properties")) {
            zh.load(in); // ISO-8859-1 with \\u escapes, as NLS reads it
        }
        assertEquals("身份证号码 32050819500101123X:校验码应为 4", NLS.bind(zh.getProperty("Id_check"), "32050819500101123X", "4"));
        assertTrue(zh.getProperty("Id_date").contains("出生日期"));
    }

    @Test
    void generatedValidNumbersPassAndEverySingleChangeIsRefused() {
        Random random = new Random(11643);
        for (int n = 0; n < 300; n++) {
            LocalDate birth = LocalDate.of(1920, 1, 1).plusDays(random.nextInt(36_000));
            int seq = random.nextInt(1000);
            String valid = number(birth, seq);
            ResidentIdNumber id = ResidentIdNumber.parse(valid, TODAY);
            assertEquals(valid, id.number());
            assertEquals(birth, id.birthDate());
            assertEquals(seq % 10 % 2 == 1 ? Sex.MALE : Sex.FEMALE, id.sex());
            assertEquals(check(valid.substring(0, 17)), ResidentIdNumber.checkCharacter(valid.substring(0, 17)));
            // every other character at every position: refused (MOD 11-2 detects every single substitution)
            for (int i = 0; i < 18; i++) {
                for (char c : "0123456789X".toCharArray()) {
                    if (c == valid.charAt(i)) {
                        continue;
                    }
                    String wrong = valid.substring(0, i) + c + valid.substring(i + 1);
                    assertThrows(EldercareException.class, () -> ResidentIdNumber.parse(wrong, TODAY), wrong);
                }
            }
            // neighbours swapped
            for (int i = 0; i < 17; i++) {
                if (valid.charAt(i) != valid.charAt(i + 1)) {
                    String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i) + valid.substring(i + 2);
                    assertThrows(EldercareException.class, () -> ResidentIdNumber.parse(swapped, TODAY), swapped);
                }
            }
        }
    }

    @Test
    void aWrongCheckCharacterNamesTheRightOne() {
        String valid = number(LocalDate.of(1944, 8, 15), 27);
        char right = valid.charAt(17);
        char wrongChar = right == '0' ? '1' : '0';
        EldercareException e = assertThrows(EldercareException.class,
                () -> ResidentIdNumber.parse(valid.substring(0, 17) + wrongChar, TODAY));
        assertEquals("ID number " + valid.substring(0, 17) + wrongChar + ": the check character should be " + right, e.getMessage());
    }

    @Test
    void oldFifteenCharacterNumbersAreConverted() {
        Random random = new Random(15);
        for (int n = 0; n < 200; n++) {
            LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(36_500));
            String full = number(birth, random.nextInt(1000));
            String old = full.substring(0, 6) + full.substring(8, 17);
            ResidentIdNumber id = ResidentIdNumber.parse(old, TODAY);
            assertEquals(full, id.number(), old);
            assertEquals(birth, id.birthDate());
        }
        assertTrue(assertThrows(EldercareException.class, () -> ResidentIdNumber.parse("32050850023012", TODAY)).getMessage()
                .contains("14 characters"));
        assertTrue(assertThrows(EldercareException.class, () -> ResidentIdNumber.parse("3205085002301A1", TODAY)).getMessage()
                .contains("only digits"));
        assertTrue(assertThrows(EldercareException.class, () -> ResidentIdNumber.parse("320508500230121", TODAY)).getMessage()
                .contains("19500230"), "an old number with an impossible date");
    }

    @Test
    void impossibleBirthDatesAreRefused() {
        for (String date : new String[] { "19500230", "19501301", "19500001", "19000229", "19501232", "18891231", "20270101" }) {
            String first17 = "320508" + date + "123";
            String n = first17 + check(first17);
            EldercareException e = assertThrows(EldercareException.class, () -> ResidentIdNumber.parse(n, TODAY), n);
            assertEquals("ID number " + n + ": the birth date " + date + " is impossible", e.getMessage());
        }
        assertEquals(LocalDate.of(2000, 2, 29), ResidentIdNumber.parse(number(LocalDate.of(2000, 2, 29), 2), TODAY).birthDate());
    }

    @Test
    void inputIsReadAsTypedAndAgesCountWholeYears() {
        String valid = "11010519491231002X";
        assertEquals('X', ResidentIdNumber.checkCharacter(valid.substring(0, 17)), "a well-known example number");
        ResidentIdNumber id = ResidentIdNumber.parse("  11010519491231002x ", TODAY);
        assertEquals(valid, id.number());
        assertEquals(Sex.FEMALE, id.sex());
        assertEquals(76, id.ageOn(LocalDate.of(2025, 12, 31)), "the 76th birthday");
        assertEquals(75, id.ageOn(LocalDate.of(2025, 12, 30)), "the day before");
        assertEquals("The ID number is missing.", assertThrows(EldercareException.class, () -> ResidentIdNumber.parse(" ", TODAY)).getMessage());
        assertTrue(assertThrows(EldercareException.class, () -> ResidentIdNumber.parse("3205081950010112345", TODAY)).getMessage()
                .contains("19 characters"));
    }
}
