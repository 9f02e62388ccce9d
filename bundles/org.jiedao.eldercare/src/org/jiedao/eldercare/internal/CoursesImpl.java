package org.jiedao.eldercare.internal;

import java.util.ArrayList;
import java.util.List;




import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.eldercare.Courses;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.EnrolmentStatus;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link Courses}: capacity and the waiting list that moves up by itself. */
@Component(service = Courses.class)
public final class CoursesImpl implements Courses {

    @Reference
    EldercareSupport support;

    @Override
    public void createCourse(String community, String code, String name, String term, int capacity) {
        OrgUnit unit = support.unit(community);
        support.persistence().transaction(em -> {
            CourseEnrolments.create(em, unit, code, name, term, capacity);
            return null;
        });
    }

    @Override
    public void setCapacity(String code, int capacity) {
        support.persistence().transaction(em -> {
            CourseRow c = CourseEnrolments.course(em, code);
            if (capacity < 1) {
                throw new EldercareException(NLS.bind(Messages.Refused_capacity, capacity));
            }
            c.capacity = capacity;
            CourseEnrolments.moveUp(em, c);
            return null;
        });
    }

    @Override
    public List<Course> courses() {
        return support.persistence().read(em -> {
            List<Course> out = new ArrayList<>();
            for (CourseRow c : em.createQuery("select c from EldercareCourse c order by c.term, c.code", CourseRow.class).getResultList()) {
                out.add(new Course(c.code, c.name, c.term, c.getUnitCode(), c.capacity, (int) CourseEnrolments.count(em, c, EnrolmentStatus.ENROLLED),
                        (int) CourseEnrolments.count(em, c, EnrolmentStatus.WAITING)));
            }
            return out;
        });
    }

    @Override
    public EnrolmentStatus enrol(String code, long elderId) {
        return support.persistence().transaction(em -> CourseEnrolments.enrol(em, CourseEnrolments.course(em, code), EldercareSupport.elder(em, elderId)));
    }

    @Override
    public void withdraw(String code, long elderId) {
        support.persistence().transaction(em -> {
            CourseRow c = CourseEnrolments.course(em, code);
            EnrolmentRow e = em.createQuery("select e from EldercareEnrolment e where e.courseId = :c and e.elderId = :e", EnrolmentRow.class)
                    .setParameter("c", c.getId()).setParameter("e", elderId).getResultList().stream().findFirst()
                    .orElseThrow(() -> new EldercareException(NLS.bind(Messages.Refused_notEnrolled, elderId, c.code)));
            em.remove(e);
            em.flush();
            CourseEnrolments.moveUp(em, c);
            return null;
        });
    }

    @Override
    public List<Enrolment> enrolments(String code) {
        return support.persistence().read(em -> {
            CourseRow c = CourseEnrolments.course(em, code);
            boolean visible = support.personalVisible(c.getUnitCode());
            List<Enrolment> out = new ArrayList<>();
            int position = 0;
            for (Object[] r : em.createQuery("select n, e from EldercareEnrolment n, EldercareElder e where e.id = n.elderId and n.courseId = :c"
                    + " order by n.status, n.seq", Object[].class).setParameter("c", c.getId()).getResultList()) {
                EnrolmentRow n = (EnrolmentRow) r[0];
                ElderRow e = (ElderRow) r[1];
                EnrolmentStatus s = EnrolmentStatus.valueOf(n.status);
                out.add(new Enrolment(c.code, e.getId(), visible ? e.name : Personal.name(e.name), s, s == EnrolmentStatus.WAITING ? ++position : 0));
            }
            return out;
        });
    }

}
