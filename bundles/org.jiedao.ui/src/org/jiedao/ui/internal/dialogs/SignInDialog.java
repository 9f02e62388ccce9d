package org.jiedao.ui.internal.dialogs;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.security.AccountException;
import org.jiedao.core.security.AuthenticationException;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.jiedao.ui.internal.Messages;
import org.jiedao.ui.internal.StartupMarker;

/**
 * The first window of the workbench. It opens at once; the database opens behind it (the OK
 * button waits for it). On a data folder without users it asks for the first administrator
 * instead (there is no default password). Wrong passwords and locked accounts are explained in
 * the dialog, which stays open.
 */
public final class SignInDialog extends TitleAreaDialog {

    /** Widget data keys for tests and tools. */
    public static final String USER_ID = "org.jiedao.ui.signin.user";
    public static final String PASSWORD_ID = "org.jiedao.ui.signin.password";
    public static final String REPEAT_ID = "org.jiedao.ui.signin.repeat";

    private final SecurityService security;
    private final CompletableFuture<Boolean> hasUsers;
    private Text user;
    private Text password;
    private Text repeat;
    private Label repeatLabel;
    private boolean firstAdministrator;
    private boolean databaseReady;
    private UserAccount account;

    /**
     * @param hasUsers completes (off the UI thread) when the database is open: whether it has users,
     *                 or exceptionally with the reason it cannot be opened
     */
    public SignInDialog(Shell parent, SecurityService security, CompletableFuture<Boolean> hasUsers) {
        super(parent);
        this.security = security;
        this.hasUsers = hasUsers;
    }

    /** @return the error message shown now (for UI tests; TitleAreaDialog keeps it private) */
    public String getErrorMessageForTests() {
        return errorMessage;
    }

    @Override
    public void setErrorMessage(String newErrorMessage) {
        errorMessage = newErrorMessage;
        super.setErrorMessage(newErrorMessage);
    }

    private String errorMessage;

    /** @return the signed-in user after OK */
    public Optional<UserAccount> account() {
        return Optional.ofNullable(account);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.SignIn_shellTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.SignIn_title);
        setMessage(Messages.SignIn_opening);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).spacing(10, 8).applyTo(form);

        new Label(form, SWT.NONE).setText(Messages.SignIn_user);
        user = new Text(form, SWT.BORDER | SWT.SINGLE);
        user.setData(USER_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(user);

        new Label(form, SWT.NONE).setText(Messages.SignIn_password);
        password = new Text(form, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        password.setData(PASSWORD_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);

        repeatLabel = new Label(form, SWT.NONE);
        repeatLabel.setText(Messages.SignIn_repeat);
        GridDataFactory.swtDefaults().applyTo(repeatLabel);
        repeat = new Text(form, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
        repeat.setData(REPEAT_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(repeat);
        showRepeat(false);
        user.setFocus();

        Shell shell = parent.getShell();
        hasUsers.whenComplete((users, failure) -> shell.getDisplay().asyncExec(() -> {
            if (shell.isDisposed()) {
                return;
            }
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                setErrorMessage(cause.getMessage());
                return;
            }
            databaseReady = true;
            firstAdministrator = !users;
            showRepeat(firstAdministrator);
            setTitle(firstAdministrator ? Messages.SignIn_firstTitle : Messages.SignIn_title);
            setMessage(firstAdministrator ? Messages.SignIn_firstMessage : Messages.SignIn_message);
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            shell.layout(true, true);
            shell.pack();
        }));
        return area;
    }

    private void showRepeat(boolean visible) {
        for (Control control : new Control[] { repeatLabel, repeat }) {
            control.setVisible(visible);
            ((org.eclipse.swt.layout.GridData) control.getLayoutData()).exclude = !visible;
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.SignIn_ok, true);
        ok.setEnabled(databaseReady);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.SignIn_cancel, false);
    }

    @Override
    public void create() {
        super.create();
        getShell().addListener(SWT.Show, e -> getShell().getDisplay().asyncExec(StartupMarker::mark));
    }

    @Override
    protected void okPressed() {
        char[] secret = password.getTextChars();
        try {
            if (firstAdministrator) {
                char[] again = repeat.getTextChars();
                try {
                    if (!Arrays.equals(secret, again)) {
                        setErrorMessage(Messages.SignIn_mismatch);
                        return;
                    }
                } finally {
                    Arrays.fill(again, '\0');
                }
                security.createUser(user.getText(), Messages.SignIn_administratorName, Role.DISTRICT_ADMIN, null, secret);
            }
            account = security.signIn(user.getText(), secret);
        } catch (AuthenticationException | AccountException e) {
            setErrorMessage(e.getMessage());
            password.setText("");
            password.setFocus();
            return;
        } finally {
            Arrays.fill(secret, '\0');
        }
        super.okPressed();
    }
}
