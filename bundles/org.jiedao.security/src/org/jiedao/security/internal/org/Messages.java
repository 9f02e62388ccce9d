package org.jiedao.security.internal.org;

import org.eclipse.osgi.util.NLS;

/** Messages of the organisation units (messages.properties, messages_zh.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.jiedao.security.internal.org.messages"; //$NON-NLS-1$

    public static String Org_badCode;
    public static String Org_codeTaken;
    public static String Org_blankName;
    public static String Org_nameTooLong;
    public static String Org_unknown;
    public static String Org_districtHasNoParent;
    public static String Org_parentRequired;
    public static String Org_wrongParentLevel;
    public static String Org_moveIntoItself;
    public static String Org_sameName;
    public static String Org_ambiguousName;
    public static String Org_unitRequired;
    public static String Org_outsideScope;
    public static String Cmd_unknownLevel;
    public static String Cmd_levelRequired;
    public static String Cmd_parentRequired;
    public static String Cmd_created;
    public static String Cmd_renamed;
    public static String Cmd_moved;
    public static String Cmd_count;
    public static String Header_code;
    public static String Header_name;
    public static String Header_level;
    public static String Header_parent;
    public static String Header_path;
    public static String Header_kind;
    public static String Header_old;
    public static String Header_new;
    public static String Header_at;
    public static String Header_by;
    public static String Kind_CREATED;
    public static String Kind_RENAMED;
    public static String Kind_MOVED;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
