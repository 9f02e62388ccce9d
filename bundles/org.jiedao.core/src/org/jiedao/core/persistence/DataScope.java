package org.jiedao.core.persistence;

/**
 * What the signed-in user may see and change, as the persistence layer applies it to
 * {@link ScopedEntity scoped entities}.
 *
 * @param pathPrefix unit path the rows must start with ({@code "/"}: everything)
 * @param readOnly   whether writes are refused (auditors)
 * @param who        the user, for messages
 */
public record DataScope(String pathPrefix, boolean readOnly, String who) {

    /** No restriction: nobody is signed in (setting up) or a district administrator. */
    public static DataScope unrestricted(String who) {
        return new DataScope("/", false, who);
    }

    /** @return whether a row in the unit with this path is inside the scope */
    public boolean covers(String unitPath) {
        return unitPath != null && unitPath.startsWith(pathPrefix);
    }
}
