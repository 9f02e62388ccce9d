package org.jiedao.eldercare;

import java.util.Optional;

import org.jiedao.core.text.BilingualKey;

/** The services of a community's elder service centre that take bookings. */
public enum ServiceKind implements BilingualKey {
    MEAL("meal", "助餐"),
    BATH("bath", "助浴"),
    DAYCARE("daycare", "日间照料"),
    DRYING("drying", "阳光晾晒坊");

    private final String key;
    private final String chinese;

    ServiceKind(String key, String chinese) {
        this.key = key;
        this.chinese = chinese;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    /** Parses the English key, the Chinese name or the constant's name. */
    public static Optional<ServiceKind> parse(String text) {
        return BilingualKey.parse(ServiceKind.class, text);
    }
}
