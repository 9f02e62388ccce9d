package org.jiedao.eldercare;

import java.util.List;

/**
 * The community school 老年学校 (an OSGi service): courses per term with a capacity; an enrolment
 * beyond it joins the waiting list, which moves up by itself when a place frees.
 */
public interface Courses {

    /** A course and how full it is. */
    record Course(String code, String name, String term, String communityCode, int capacity, int enrolled, int waiting) {
    }

    /** An enrolment; {@code position} is the place on the waiting list (0 when enrolled). */
    record Enrolment(String course, long elderId, String elderName, EnrolmentStatus status, int position) {
    }

    void createCourse(String community, String code, String name, String term, int capacity);

    /** Changes the capacity; a larger one moves the first of the waiting list up. */
    void setCapacity(String code, int capacity);

    List<Course> courses();

    /** @return enrolled, or waiting when the course is full */
    EnrolmentStatus enrol(String code, long elderId);

    /** Withdraws an elder; a freed place goes to the first of the waiting list. */
    void withdraw(String code, long elderId);

    /** @return the enrolled (by enrolment) then the waiting list (in order) */
    List<Enrolment> enrolments(String code);
}
