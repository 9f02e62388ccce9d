package org.jiedao.core.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a module's entity as a resident's personal data (a name, a phone number, a resident ID number, an
 * address, an emergency contact). The platform then keeps its clear value out of the audit trail: a change of the field
 * is recorded as changed ({@link #AUDIT_VALUE} for each side that has a value), never with the value itself. Keep the
 * field a {@code String} in a column of its own. Masking for display follows the field's {@link Kind}
 * ({@link Kind#mask(String)}: the rules of {@link Masks}).
 *
 * <pre>
 * &#64;PersonalData(PersonalData.Kind.PHONE)
 * &#64;Column(name = "PHONE", length = 32)
 * private String phone;
 * </pre>
 *
 * @since 1.1 of package org.jiedao.core.privacy
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface PersonalData {

    /** What the audit trail records instead of a personal value (before or after a change). */
    String AUDIT_VALUE = "(personal data)";

    /** What kind of personal data the field holds: it decides how the value is masked. */
    Kind value() default Kind.OTHER;

    /** Kinds of personal data, each with its masking rule. */
    enum Kind {
        /** A person's name: 张** (the family name kept). */
        NAME,
        /** A phone number: 136****6984. */
        PHONE,
        /** A resident ID number: 3205**********1234. */
        ID_NUMBER,
        /** An address: its first characters kept. */
        ADDRESS,
        /** Other personal data: masked whole. */
        OTHER;

        /** The value masked by this kind's rule (null stays null). */
        public String mask(String clear) {
            if (clear == null) {
                return null;
            }
            return switch (this) {
            case NAME -> Masks.name(clear);
            case PHONE -> Masks.phone(clear);
            case ID_NUMBER -> Masks.idNumber(clear);
            case ADDRESS -> Masks.address(clear);
            case OTHER -> clear.isEmpty() ? clear : "*".repeat(Math.min(6, clear.codePointCount(0, clear.length())));
            };
        }
    }
}
