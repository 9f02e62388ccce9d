package org.example.volunteers;

/** Input the volunteers module refuses (an unknown unit, a month in a wrong form); nothing was written. */
public class VolunteerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VolunteerException(String message) {
        super(message);
    }
}
