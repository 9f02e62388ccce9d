package org.jiedao.ui.internal.parts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.jiedao.core.text.LocalizedMessages;
import org.jiedao.ui.internal.Messages;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.ListRecordSource;
import org.jiedao.ui.widgets.RecordTable;
import org.jiedao.ui.widgets.Sort;

/**
 * Tools &gt; Users: the accounts the signed-in user may list ({@link SecurityService#usersInScope()}: everyone for a
 * district administrator or auditor, the users of their own unit and below for others), names in pinyin order,
 * filterable by name, role and unit.
 */
public final class UsersPart {

    /** Widget data keys for tests and tools. */
    public static final String TABLE_ID = "org.jiedao.ui.users.table";
    public static final String STATUS_ID = "org.jiedao.ui.users.status";

    private final SecurityService security;
    private RecordTable<UserAccount> table;

    @Inject
    public UsersPart(SecurityService security) {
        this.security = security;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        boolean chinese = LocalizedMessages.isChinese(Locale.getDefault());
        List<Column<UserAccount>> columns = List.of(
                Column.<UserAccount>of("name", Messages.Users_name, UserAccount::displayName).width(180),
                Column.<UserAccount>of("username", Messages.Users_username, UserAccount::username).width(140),
                Column.<UserAccount>of("role", Messages.Users_role, u -> roleName(u.role(), chinese)).width(160)
                        .choices(Arrays.stream(Role.values()).map(r -> roleName(r, chinese)).toList()),
                Column.<UserAccount>of("unit", Messages.Users_unit, u -> u.unitCode().orElse("")).width(140));
        table = new RecordTable<>(parent, columns);
        table.setRowIdentity(UserAccount::username);
        table.getControl().setData(TABLE_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        Label status = new Label(parent, SWT.NONE);
        status.setData(STATUS_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        table.addCountListener(count -> {
            if (!status.isDisposed()) {
                status.setText(NLS.bind(Messages.Users_count, count));
            }
        });
        table.addErrorListener(e -> {
            if (!status.isDisposed()) {
                status.setText(e.getMessage() == null ? e.toString() : e.getMessage());
            }
        });
        table.setSort(Sort.ascending("name"));
        table.setInput(new ListRecordSource<>(security::usersInScope, columns));
    }

    private static String roleName(Role role, boolean chinese) {
        return chinese ? role.chinese() : role.key();
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }
}
