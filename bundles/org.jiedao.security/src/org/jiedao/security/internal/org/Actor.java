package org.jiedao.security.internal.org;

/**
 * Who makes a change. Until sign-in exists (users and roles, issue 3 part 2) this is the
 * operating-system account, marked as such.
 */
final class Actor {

    private Actor() {
    }

    static String current() {
        return "os:" + System.getProperty("user.name", "?");
    }
}
