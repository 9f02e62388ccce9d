package org.jiedao.ui.widgets;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Arrays;
import java.util.Map;

import com.ibm.icu.text.RawCollationKey;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;

/**
 * Orders Chinese text by pinyin, as officers expect lists of names and places to be ordered
 * (阿 &lt; 北 &lt; 长 &lt; 张 &lt; 郑), for sorting small lists in memory: organisation units, user
 * names, value lists. A {@link java.text.Collator}, so it fits {@code List.sort},
 * {@code TreeMap} and JFace's {@code ViewerComparator}.
 * <p>
 * Why not the JDK's {@code Collator.getInstance(Locale.CHINA)}: its rules cover the 6,763 hanzi
 * of GB2312 in GB2312's order, which is pinyin only for the 3,755 of level 1; level 2 goes by
 * radical (覃 before 鑫) and everything beyond GB2312 by code point, at the end (玥, 喆, 堃, common
 * in names). This collator uses ICU's CLDR pinyin collation, which covers every hanzi. Latin
 * letters sort after hanzi, digits before both.
 * <p>
 * A character with several readings sorts under one of them. CLDR files 长 under zhǎng; in
 * street, community and place names (长安, 长青, 长春) it is cháng, so this collator sorts it as
 * cháng. A tailoring of the ICU rules would do the same but takes seconds to build, so such
 * characters are read as a homophone before comparing (ties are then broken by the text itself,
 * so distinct strings never compare equal unless ICU finds them equal).
 * <p>
 * Instances are thread-safe (the ICU collator is frozen). For the database, ORDER BY sorts by code
 * point, not pinyin: see the README, "Tables and forms".
 */
public final class PinyinCollator extends Collator {

    /** Characters whose CLDR reading is not the one of place and unit names, mapped to a homophone. */
    private static final Map<Character, Character> READINGS = Map.of('长', '常');

    private static final PinyinCollator INSTANCE = new PinyinCollator();

    private final RuleBasedCollator icu;

    private PinyinCollator() {
        RuleBasedCollator collator = (RuleBasedCollator) com.ibm.icu.text.Collator
                .getInstance(ULocale.forLanguageTag("zh-u-co-pinyin"));
        collator.setStrength(com.ibm.icu.text.Collator.TERTIARY);
        this.icu = (RuleBasedCollator) collator.freeze();
        super.setStrength(TERTIARY);
    }

    /** The shared, immutable instance. */
    public static PinyinCollator getPinyinInstance() {
        return INSTANCE;
    }

    @Override
    public int compare(String source, String target) {
        if (source == target) {
            return 0;
        }
        int result = icu.compare(read(source), read(target));
        return result != 0 ? result : Integer.signum(source.compareTo(target));
    }

    @Override
    public CollationKey getCollationKey(String source) {
        if (source == null) {
            return null;
        }
        return new Key(source, icu.getRawCollationKey(read(source), null));
    }

    @Override
    public int hashCode() {
        return PinyinCollator.class.hashCode();
    }

    @Override
    public boolean equals(Object that) {
        return that instanceof PinyinCollator;
    }

    /** Immutable: the strength is always tertiary. */
    @Override
    public synchronized void setStrength(int newStrength) {
        if (newStrength != TERTIARY) {
            throw new UnsupportedOperationException("PinyinCollator is immutable");
        }
    }

    /** Immutable: decomposition is ICU's. */
    @Override
    public synchronized void setDecomposition(int decompositionMode) {
        throw new UnsupportedOperationException("PinyinCollator is immutable");
    }

    @Override
    public Object clone() {
        return this;
    }

    private static String read(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            Character homophone = READINGS.get(text.charAt(i));
            if (homophone != null) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = homophone;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** ICU's sort key, the text itself breaking ties. */
    private static final class Key extends CollationKey {
        private final RawCollationKey raw;

        Key(String source, RawCollationKey raw) {
            super(source);
            this.raw = raw;
        }

        @Override
        public int compareTo(CollationKey target) {
            Key that = (Key) target;
            int result = raw.compareTo(that.raw);
            return result != 0 ? result : Integer.signum(getSourceString().compareTo(that.getSourceString()));
        }

        @Override
        public byte[] toByteArray() {
            byte[] source = getSourceString().getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
            byte[] bytes = Arrays.copyOf(raw.bytes, raw.size + 1 + source.length);
            System.arraycopy(source, 0, bytes, raw.size + 1, source.length);
            return bytes;
        }
    }
}
