package org.jiedao.security.internal.users;

import org.eclipse.osgi.util.NLS;

/** Messages of users and sign-in (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.security.internal.users.messages"; //$NON-NLS-1$

    public static String User_badName;
    public static String User_taken;
    public static String User_blankDisplayName;
    public static String User_unknown;
    public static String User_unitRequired;
    public static String User_unknownUnit;
    public static String Password_tooShort;
    public static String Password_containsName;
    public static String Password_tooSimple;
    public static String SignIn_failed;
    public static String SignIn_locked;
    public static String Init_alreadyDone;
    public static String Init_userPrompt;
    public static String Init_passwordPrompt;
    public static String Init_repeatPrompt;
    public static String Init_mismatch;
    public static String Init_done;
    public static String Init_demoDone;
    public static String Init_moduleDemo;
    public static String Init_moduleDemoFailed;
    public static String Init_adminName;
    public static String Users_added;
    public static String Users_passwordSet;
    public static String Users_roleRequired;
    public static String Users_unknownRole;
    public static String Users_newPasswordPrompt;
    public static String Users_adminOnly;
    public static String Header_username;
    public static String Header_displayName;
    public static String Header_role;
    public static String Header_unit;
    public static String Header_permission;
    public static String Header_roles;
    public static String Header_bundle;

    public static String User_cannotDisableSelf;
    public static String User_lastAdministrator;
    public static String SignIn_disabled;
    public static String Users_disabled;
    public static String Users_enabled;
    public static String Users_changed;
    public static String Users_setNothing;
    public static String Init_sharedServer;
    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
