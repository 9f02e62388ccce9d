package org.jiedao.safety;

/**
 * A photo taken of a checklist item during an inspection, saved with the inspection (see
 * {@link SafetyInspections#inspect(String, java.time.LocalDate, String, int, java.util.List, String, java.util.List)}).
 *
 * @param item     the item's number in the template version
 * @param fileName the file's name (its extension must agree with its content: .jpg, .jpeg or .png)
 * @param content  the file's bytes, a JPEG or PNG image
 */
public record ItemPhoto(int item, String fileName, byte[] content) {
}
