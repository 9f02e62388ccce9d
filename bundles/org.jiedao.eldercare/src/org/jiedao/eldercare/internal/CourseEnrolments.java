package org.jiedao.eldercare.internal;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.EnrolmentStatus;

/** Courses and enrolments in the caller's transaction: shared by the service, the import and the demo data. */
public final class CourseEnrolments {

    private CourseEnrolments() {
    }

    public static CourseRow create(EntityManager em, OrgUnit unit, String code, String name, String term, int capacity) {
        String c = EldercareSupport.blankToNull(code);
        String n = EldercareSupport.blankToNull(name);
        String t = EldercareSupport.blankToNull(term);
        if (c == null || n == null || t == null) {
            throw new EldercareException(NLS.bind(Messages.Refused_required,
                    c == null ? Messages.Field_code : n == null ? Messages.Field_name : Messages.Field_term));
        }
        if (capacity < 1) {
            throw new EldercareException(NLS.bind(Messages.Refused_capacity, capacity));
        }
        if (!em.createNativeQuery("select ID from ELDERCARE_COURSE where CODE = ?1").setParameter(1, c).getResultList().isEmpty()) {
            throw new EldercareException(NLS.bind(Messages.Refused_courseExists, c));
        }
        CourseRow row = new CourseRow();
        row.code = Elders.length(Messages.Field_code, c, 32);
        row.name = Elders.length(Messages.Field_name, n, 100);
        row.term = Elders.length(Messages.Field_term, t, 32);
        row.capacity = capacity;
        row.setUnit(unit);
        em.persist(row);
        em.flush();
        return row;
    }

    public static CourseRow course(EntityManager em, String code) {
        return em.createQuery("select c from EldercareCourse c where c.code = :c", CourseRow.class).setParameter("c", code == null ? "" : code.strip())
                .getResultList().stream().findFirst().orElseThrow(() -> new EldercareException(NLS.bind(Messages.Refused_course, code)));
    }

    static long count(EntityManager em, CourseRow c, EnrolmentStatus s) {
        return em.createQuery("select count(e) from EldercareEnrolment e where e.courseId = :c and e.status = :s", Long.class)
                .setParameter("c", c.getId()).setParameter("s", s.name()).getSingleResult();
    }

    /** Refuses an elder of another community, or one enrolled (or waiting) already. */
    public static void checkEnrolment(EntityManager em, CourseRow c, ElderRow elder) {
        if (!elder.getUnitCode().equals(c.getUnitCode())) {
            throw new EldercareException(NLS.bind(Messages.Refused_otherCommunity, elder.getId(), c.code));
        }
        if (em.createQuery("select count(e) from EldercareEnrolment e where e.courseId = :c and e.elderId = :e", Long.class)
                .setParameter("c", c.getId()).setParameter("e", elder.getId()).getSingleResult() > 0) {
            throw new EldercareException(NLS.bind(Messages.Refused_enrolledAlready, elder.getId(), c.code));
        }
    }

    /** Enrols, or puts on the waiting list when the course is full. */
    public static EnrolmentStatus enrol(EntityManager em, CourseRow c, ElderRow elder) {
        checkEnrolment(em, c, elder);
        Long last = em.createQuery("select max(e.seq) from EldercareEnrolment e where e.courseId = :c", Long.class).setParameter("c", c.getId())
                .getSingleResult();
        EnrolmentRow e = new EnrolmentRow();
        e.courseId = c.getId();
        e.elderId = elder.getId();
        e.seq = last == null ? 1 : last + 1;
        e.status = (count(em, c, EnrolmentStatus.ENROLLED) < c.capacity ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING).name();
        e.setUnitOf(c);
        em.persist(e);
        return EnrolmentStatus.valueOf(e.status);
    }

    /** Moves the first of the waiting list up while places are free. */
    static void moveUp(EntityManager em, CourseRow c) {
        long free = c.capacity - count(em, c, EnrolmentStatus.ENROLLED);
        if (free <= 0) {
            return;
        }
        List<EnrolmentRow> waiting = em.createQuery("select e from EldercareEnrolment e where e.courseId = :c and e.status = :s order by e.seq",
                EnrolmentRow.class).setParameter("c", c.getId()).setParameter("s", EnrolmentStatus.WAITING.name()).setMaxResults((int) free)
                .getResultList();
        waiting.forEach(w -> w.status = EnrolmentStatus.ENROLLED.name());
    }
}
