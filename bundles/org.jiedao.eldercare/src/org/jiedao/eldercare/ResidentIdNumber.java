package org.jiedao.eldercare;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

import org.eclipse.osgi.util.NLS;
import org.jiedao.eldercare.internal.Messages;

/**
 * A resident ID number (居民身份证号码, GB 11643) checked and read: 18 characters, the first 17
 * digits, the last the check character of ISO 7064 MOD 11-2 (a digit or X); characters 7–14 the
 * birth date, character 17 the sex (odd male). An old 15-character number is converted (19 before
 * the two-digit year, the check character added).
 *
 * @param number    the 18-character number, X upper case
 * @param birthDate the birth date it records
 * @param sex       the sex it records
 */
public record ResidentIdNumber(String number, LocalDate birthDate, Sex sex) {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";
    /** The earliest birth year accepted: no resident alive was born before. */
    public static final int EARLIEST_YEAR = 1890;

    /**
     * Checks and reads a number as a user typed it (spaces around and a lower-case x are accepted).
     * Birth dates after {@code today} are refused.
     *
     * @throws EldercareException naming the number and what is wrong: the length, a character that
     *                            is not a digit, an impossible birth date, or the check character
     *                            with the one it should be
     */
    public static ResidentIdNumber parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new EldercareException(Messages.Id_missing);
        }
        String n = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (n.length() == 15) {
            if (!digits(n, 15)) {
                throw new EldercareException(NLS.bind(Messages.Id_characters, n));
            }
            String first17 = n.substring(0, 6) + "19" + n.substring(6);
            LocalDate birth = birth(n, first17.substring(6, 14));
            return read(first17 + checkCharacter(first17), birth, today, n);
        }
        if (n.length() != 18) {
            throw new EldercareException(NLS.bind(Messages.Id_length, n, n.length()));
        }
        if (!digits(n, 17) || !(Character.isDigit(n.charAt(17)) || n.charAt(17) == 'X')) {
            throw new EldercareException(NLS.bind(Messages.Id_characters, n));
        }
        LocalDate birth = birth(n, n.substring(6, 14));
        char expected = checkCharacter(n.substring(0, 17));
        if (n.charAt(17) != expected) {
            throw new EldercareException(NLS.bind(Messages.Id_check, n, String.valueOf(expected)));
        }
        return read(n, birth, today, n);
    }

    /** {@link #parse(String, LocalDate)} with today's date. */
    public static ResidentIdNumber parse(String text) {
        return parse(text, LocalDate.now());
    }

    /**
     * @param first17 the first 17 digits of a number
     * @return its check character (ISO 7064 MOD 11-2): a digit or X
     * @throws IllegalArgumentException when {@code first17} is not 17 digits
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17 || !digits(first17, 17)) {
            throw new IllegalArgumentException("17 digits expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** @return the age in whole years on {@code day} (0 before the first birthday) */
    public int ageOn(LocalDate day) {
        return ageOn(birthDate, day);
    }

    /** @return the age in whole years on {@code day} of someone born on {@code birth} */
    public static int ageOn(LocalDate birth, LocalDate day) {
        return day.isBefore(birth) ? 0 : Period.between(birth, day).getYears();
    }

    private static ResidentIdNumber read(String number, LocalDate birth, LocalDate today, String given) {
        if (birth.getYear() < EARLIEST_YEAR || birth.isAfter(today)) {
            throw new EldercareException(NLS.bind(Messages.Id_date, given, number.substring(6, 14)));
        }
        return new ResidentIdNumber(number, birth, (number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    private static LocalDate birth(String given, String yyyymmdd) {
        try {
            return LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new EldercareException(NLS.bind(Messages.Id_date, given, yyyymmdd));
        }
    }

    private static boolean digits(String s, int count) {
        for (int i = 0; i < count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
