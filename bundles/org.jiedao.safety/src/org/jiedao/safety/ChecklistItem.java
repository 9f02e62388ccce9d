package org.jiedao.safety;

/** An item of a checklist template version; a sample item was shipped for the officer to replace and is shown as such. */
public record ChecklistItem(int number, String text, boolean sample) {
}
