package org.jiedao.eldercare.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.NewElder;
import org.jiedao.eldercare.ResidentIdNumber;

/** Writing elders and populations in the caller's transaction, with the checks: shared by the service, the import and the demo data. */
public final class Elders {

    static final int NAME_LENGTH = 32;
    static final int PART_LENGTH = 16;
    static final int PHONE_LENGTH = 20;
    static final int NEEDS_LENGTH = 500;

    private Elders() {
    }

    /**
     * @param categories the configured categories (null: read them)
     * @param counts     the kept counts, told of the new elder (the caller applies them in the same transaction)
     * @return the new elder (its id is set at the flush)
     */
    public static ElderRow create(EntityManager em, NewElder in, OrgUnit unit, LocalDate today, List<String> categories, ElderCounts counts) {
        return create(em, in, unit, today, categories, true, counts);
    }

    /**
     * @param checkRegistered false only for numbers known to be new (generated demo data): skips the
     *                        lookups of a registered number
     */
    public static ElderRow create(EntityManager em, NewElder in, OrgUnit unit, LocalDate today, List<String> categories, boolean checkRegistered,
            ElderCounts counts) {
        ResidentIdNumber id = ResidentIdNumber.parse(in.idNumber(), today);
        ElderRow e = new ElderRow();
        fill(em, e, id, in, categories);
        if (checkRegistered) {
            checkNew(em, id.number());
        }
        e.setUnit(unit);
        em.persist(e);
        counts.add(e);
        return e;
    }

    /**
     * Changes a registered elder (found in the caller's transaction) with the checks of {@link #create}: a
     * corrected ID number must not be another elder's; birth date and sex follow the number.
     */
    public static void update(EntityManager em, ElderRow e, NewElder in, OrgUnit unit, LocalDate today, List<String> categories,
            ElderCounts counts) {
        ResidentIdNumber id = ResidentIdNumber.parse(in.idNumber(), today);
        if (!id.number().equals(e.idNumber)) {
            checkNew(em, id.number()); // before the row changes: a query may flush it
        }
        counts.remove(e); // as counted before the change (a refusal below rolls the transaction back)
        fill(em, e, id, in, categories);
        if (!unit.code().equals(e.getUnitCode())) {
            e.setUnit(unit);
        }
        counts.add(e);
    }

    private static void fill(EntityManager em, ElderRow e, ResidentIdNumber id, NewElder in, List<String> categories) {
        String name = EldercareSupport.blankToNull(in.name());
        if (name == null) {
            throw new EldercareException(NLS.bind(Messages.Refused_required, Messages.Field_name));
        }
        length(Messages.Field_name, name, NAME_LENGTH);
        String category = EldercareSupport.blankToNull(in.category());
        if (category != null) {
            List<String> known = categories == null ? ElderRegistryImpl.categories(em) : categories;
            if (!known.contains(category)) {
                throw new EldercareException(NLS.bind(Messages.Refused_category, category, String.join(", ", known)));
            }
        }
        String building = length(Messages.Field_building, EldercareSupport.blankToNull(in.building()), PART_LENGTH);
        String stair = length(Messages.Field_stair, EldercareSupport.blankToNull(in.stair()), PART_LENGTH);
        String floor = length(Messages.Field_floor, EldercareSupport.blankToNull(in.floor()), PART_LENGTH);
        String phone = length(Messages.Field_phone, EldercareSupport.blankToNull(in.phone()), PHONE_LENGTH);
        String needs = length(Messages.Field_needs, EldercareSupport.blankToNull(in.needs()), NEEDS_LENGTH);
        String contactName = length(Messages.Field_contactName, EldercareSupport.blankToNull(in.contactName()), NAME_LENGTH);
        String contactPhone = length(Messages.Field_contactPhone, EldercareSupport.blankToNull(in.contactPhone()), PHONE_LENGTH);
        // every check passed: only now the record changes (a refusal leaves a managed row untouched)
        e.idNumber = id.number();
        e.idKey = EldercareSupport.idKey(id.number());
        e.name = name;
        e.sex = id.sex().name();
        e.birthDate = id.birthDate();
        e.building = building;
        e.stair = stair;
        e.floor = floor;
        e.phone = phone;
        e.livingAlone = in.livingAlone();
        e.category = category;
        e.needs = needs;
        e.contactName = contactName;
        e.contactPhone = contactPhone;
    }

    /** Refuses a number registered already: naming the elder when the user sees them, else saying it is elsewhere. */
    public static void checkNew(EntityManager em, String number) {
        ElderRow existing = EldercareSupport.elderByNumber(em, number);
        if (existing != null) {
            throw new EldercareException(NLS.bind(Messages.Refused_registered, number, existing.getId()));
        }
        if (!em.createNativeQuery("select ID from ELDERCARE_ELDER where ID_KEY = ?1").setParameter(1, EldercareSupport.idKey(number))
                .getResultList().isEmpty()) {
            // registered in a community outside the user's scope: say so without naming the record
            throw new EldercareException(NLS.bind(Messages.Refused_registeredElsewhere, number));
        }
    }

    static String length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new EldercareException(NLS.bind(Messages.Refused_tooLong, new Object[] { field, max, value.length() }));
        }
        return value;
    }

    public static void setPopulation(EntityManager em, OrgUnit unit, int year, int population) {
        List<PopulationRow> rows = em.createQuery("select p from EldercarePopulation p where p.unitCode = :u and p.year = :y", PopulationRow.class)
                .setParameter("u", unit.code()).setParameter("y", year).getResultList();
        PopulationRow p = rows.isEmpty() ? new PopulationRow() : rows.get(0);
        p.year = year;
        p.population = population;
        if (rows.isEmpty()) {
            p.setUnit(unit);
            em.persist(p);
        }
    }

    static void category(EntityManager em, String name, int sort) {
        CategoryRow c = new CategoryRow();
        c.name = name;
        c.sort = sort;
        em.persist(c);
    }
}
