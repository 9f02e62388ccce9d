package org.jiedao.safety;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Inspections, findings and rectification orders (an OSGi service): an inspection with hazards issues
 * a rectification order whose deadline follows the gravest hazard ({@link Deadlines}); the order's
 * re-inspection closes it when passed, and when failed issues a new order that follows it.
 */
public interface SafetyInspections {

    /**
     * Records an inspection of a premises against a version of its category's checklist.
     *
     * @param templateVersion the version used, 0 for the current one
     * @param answers         one per item of the version, in any order
     * @return the inspection, with the order it issued (if it found hazards)
     */
    Inspection inspect(String premisesCode, LocalDate on, String inspector, int templateVersion, List<ItemAnswer> answers, String note);

    /**
     * Records an inspection with photos of its items in one transaction: refused, and nothing
     * written, when a photo is refused by {@link #checkPhoto} or names an item the version has not.
     *
     * @param photos the photos, each attached to its item's finding
     * @since 1.1
     */
    Inspection inspect(String premisesCode, LocalDate on, String inspector, int templateVersion, List<ItemAnswer> answers, String note,
            List<ItemPhoto> photos);

    /**
     * Checks a photo as {@link #addPhoto} will, without storing it (for the inspection entry to refuse
     * a file at once).
     *
     * @return the media type, image/jpeg or image/png
     * @throws SafetyException for a file that is not a JPEG or PNG image, an empty one or one above the size limit
     * @since 1.1
     */
    String checkPhoto(String fileName, byte[] content);

    /** @return the inspection with this id, if the user may see it */
    Optional<Inspection> inspection(long id);

    /** @return the premises' inspections, newest first */
    List<Inspection> inspections(String premisesCode);

    /**
     * Adds a photo to a finding. Refused for a file that is not a JPEG or PNG image (checked by its
     * first bytes, whatever its name says), an empty one or one above the size limit.
     */
    PhotoInfo addPhoto(long findingId, String fileName, byte[] content);

    /** @return the finding's photos */
    List<PhotoInfo> photos(long findingId);

    /** @return a photo's bytes */
    byte[] photo(long photoId);

    /**
     * @param overdueOnly only the open orders past their deadline
     * @param unit        a community or grid (code or name), or null for all the user sees
     * @return the orders, overdue first, then by deadline
     */
    List<RectificationOrder> orders(boolean overdueOnly, String unit);

    /**
     * @param overdueOnly only the open orders past their deadline
     * @param openOnly    only the open orders (overdue or not)
     * @param unit        a community or grid (code or name), or null for all the user sees
     * @return the orders, overdue first, then by deadline
     * @since 1.1
     */
    List<RectificationOrder> orders(boolean overdueOnly, boolean openOnly, String unit);

    /**
     * @param text a part (any case) of the order's code or its premises' code or name, or null for all
     * @return how many orders {@link #orders(boolean, boolean, String, String, int, int)} pages through
     * @since 1.2
     */
    int countOrders(boolean overdueOnly, boolean openOnly, String unit, String text);

    /**
     * One page of the orders of {@link #orders(boolean, boolean, String)} (overdue first, then the open ones, then the rest,
     * each by deadline and code) matching {@code text}: the orders part reads a district's orders a screen at a time.
     *
     * @since 1.2
     */
    List<RectificationOrder> orders(boolean overdueOnly, boolean openOnly, String unit, String text, int offset, int limit);

    /** @return the order with this code, if the user may see it */
    Optional<RectificationOrder> order(String code);

    /**
     * Re-inspects an open order: passed closes it, failed marks it failed and issues a new order (with
     * a new deadline) that follows it. Refused for an order that is not open or a day before its issue.
     *
     * @return the order issued after a failed re-inspection
     */
    Optional<RectificationOrder> reinspect(String orderCode, boolean passed, LocalDate on, String inspector, String note);

    /**
     * The hazard register 隐患台账 of a community: one line per grid and one for the community itself.
     *
     * @param from first day of the period (null: no bound)
     * @param to   last day of the period (null: today)
     */
    List<RegisterLine> register(String community, LocalDate from, LocalDate to);

    /** @return the deadlines in force */
    Deadlines deadlines();

    /** Sets the deadlines (street officer or district administrator only). */
    void setDeadlines(Deadlines deadlines);
}
