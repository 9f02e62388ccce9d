package org.jiedao.appraisal.rules;

import java.util.Objects;

import org.jiedao.appraisal.HonourLevel;

/** An honour a cadre received in the year. */
public record HonourEntry(String cadreId, HonourLevel level, String title) {

    public HonourEntry {
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(level, "level");
        title = title == null ? "" : title;
    }
}
