package org.jiedao.ui.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives a real SWT user interface from a test thread, the way SWTBot does (SWTBot is not on
 * Maven Central): finds widgets, posts real mouse and keyboard events through the window system
 * ({@link Display#post(Event)}, i.e. XTest under Xvfb), and waits for the display to catch up.
 * <p>
 * Call it from a thread other than the display's: the UI thread keeps running its event loop
 * (or a modal dialog's) while the test waits, so dialogs opened by the test never block it.
 */
public final class SwtDriver {

    /** Default time to wait for the UI. Generous: CI machines are slow and shared. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Display display;

    public SwtDriver(Display display) {
        this.display = Objects.requireNonNull(display);
    }

    public Display display() {
        return display;
    }

    /** Runs {@code action} on the UI thread and returns its result. */
    public <T> T onUi(Supplier<T> action) {
        if (Thread.currentThread() == display.getThread()) {
            return action.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(action.get());
            } catch (RuntimeException | AssertionError e) {
                failure.set(e instanceof RuntimeException r ? r : new IllegalStateException(e));
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** Runs {@code action} on the UI thread. */
    public void onUi(Runnable action) {
        onUi(() -> {
            action.run();
            return null;
        });
    }

    /**
     * Waits until {@code condition}, evaluated on the UI thread, holds.
     *
     * @param what what is awaited, for the failure message
     * @throws AssertionError after {@code timeout}
     */
    public void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (onUi(() -> condition.getAsBoolean())) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for: " + what);
            }
            sleep(25);
        }
    }

    public void waitUntil(String what, BooleanSupplier condition) {
        waitUntil(what, TIMEOUT, condition);
    }

    /**
     * For code that runs <em>on</em> the UI thread (benchmarks, tests owning their display): runs the
     * event loop until {@code done} holds, at most ten minutes.
     *
     * @throws AssertionError when it does not hold by then
     */
    public static void spin(Display display, BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
    }

    /**
     * Waits until the UI thread has handled what is queued so far: two round trips through its
     * event queue with a pause between, long enough for posted X events to come back from the server.
     */
    public void flush() {
        onUi(() -> {
        });
        sleep(40);
        onUi(() -> {
        });
    }

    /** Waits for a visible shell whose title is {@code title}. */
    public Shell waitForShell(String title) {
        AtomicReference<Shell> found = new AtomicReference<>();
        waitUntil("a shell titled '" + title + "'", () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                    found.set(shell);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    /** Waits for a visible shell titled {@code title} other than {@code other} (a dialog over a same-titled wizard). */
    public Shell waitForShell(String title, Shell other) {
        AtomicReference<Shell> found = new AtomicReference<>();
        waitUntil("another shell titled '" + title + "'", () -> {
            for (Shell shell : display.getShells()) {
                if (!shell.isDisposed() && shell != other && shell.isVisible() && title.equals(shell.getText())) {
                    found.set(shell);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    /**
     * Keeps a picture of the whole screen as {@code target/NAME.png} of the test bundle, for the
     * build's reader, when ImageMagick's {@code import} is installed (./dev test installs it).
     */
    public void screenshot(String name) {
        flush();
        try {
            java.nio.file.Path target = java.nio.file.Path.of("target", name + ".png").toAbsolutePath();
            new ProcessBuilder("import", "-window", "root", target.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.io.IOException e) {
            // no ImageMagick: no picture; the test's assertions still ran
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until {@code shell} is closed. */
    public void waitForClosed(Shell shell) {
        waitUntil("shell to close", () -> shell.isDisposed() || !shell.isVisible());
    }

    /**
     * Finds the one widget of {@code type} below {@code root} that matches; fails when there is none
     * or more than one. Call it on the UI thread or wrap it in {@link #onUi(Supplier)}.
     */
    public static <T extends Widget> T find(Composite root, Class<T> type, Predicate<T> filter) {
        List<T> all = findAll(root, type, filter);
        if (all.size() != 1) {
            throw new AssertionError("Expected one " + type.getSimpleName() + " but found " + all.size());
        }
        return all.get(0);
    }

    /** Finds the widget of {@code type} below {@code root} whose widget data has {@code key}. */
    public static <T extends Widget> T findByData(Composite root, Class<T> type, String key) {
        return find(root, type, w -> w.getData(key) != null);
    }

    /** All widgets of {@code type} below {@code root} (depth first) that match. */
    public static <T extends Widget> List<T> findAll(Composite root, Class<T> type, Predicate<T> filter) {
        List<T> found = new ArrayList<>();
        collect(root, type, filter, found);
        return found;
    }

    private static <T extends Widget> void collect(Control control, Class<T> type, Predicate<T> filter, List<T> found) {
        if (type.isInstance(control) && filter.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, filter, found);
            }
        }
    }

    /** Waits until a widget matching the query exists below {@code root}, and returns it. */
    public <T extends Widget> T waitFor(Composite root, Class<T> type, Predicate<T> filter) {
        AtomicReference<T> found = new AtomicReference<>();
        waitUntil("a " + type.getSimpleName() + " matching the query", () -> {
            List<T> all = findAll(root, type, filter);
            if (all.size() == 1) {
                found.set(all.get(0));
                return true;
            }
            return false;
        });
        return found.get();
    }

    /** The texts of all items of {@code tree}, depth first, children indented by two spaces. */
    public static List<String> treeTexts(Tree tree) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collectTree(item, "", texts);
        }
        return texts;
    }

    private static void collectTree(TreeItem item, String indent, List<String> texts) {
        texts.add(indent + item.getText());
        for (TreeItem child : item.getItems()) {
            collectTree(child, indent + "  ", texts);
        }
    }

    /** Clicks the middle of {@code control} with real (posted) mouse events. */
    public void click(Control control) {
        clickWhenUnderPointer(control, () -> {
            Rectangle bounds = control.getBounds();
            return control.getParent() == null
                    ? new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2)
                    : control.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        });
    }

    /**
     * Clicks a point of {@code control} the way a mouse does: the pointer is moved there and button 1 pressed and released
     * by the X server itself (XTest, through {@code xdotool}), so the control gets the button events the window system
     * makes, with their coordinates. {@code where}, evaluated on the UI thread, answers the point in the control's own
     * coordinates (e.g. the middle of a NatTable header cell, asked of its layers at the moment of the click).
     * <p>
     * Use it for controls that paint their own cells and find what was clicked from the event's coordinates (NatTable,
     * canvases). {@link Display#post(Event)} cannot click them on GTK 3: SWT 3.128 posts a button press as a GDK event it
     * makes itself, filled with the position inside the window under the pointer but without the position on the screen,
     * and SWT computes the {@code MouseDown}/{@code MouseUp} coordinates from the latter, so such a control hears a click at
     * minus its own screen position (e.g. x=-31, y=-31), outside every cell. Native widgets (buttons, texts, trees) handle
     * the posted event themselves and are clicked fine by {@link #click(Control)}.
     *
     * @throws AssertionError when {@code xdotool} is not installed ({@code ./dev} installs it with the test packages)
     */
    public void click(Control control, Supplier<Point> where) {
        Shell shell = onUi(control::getShell);
        onUi(() -> {
            shell.forceActive();
            shell.setFocus();
        });
        waitUntil("the pointer to rest on " + control, () -> {
            Point p = where.get();
            Point onScreen = control.toDisplay(p.x, p.y);
            moveMouse(onScreen);
            return display.getCursorControl() == control && display.getCursorLocation().equals(onScreen);
        });
        pressMouse();
        flush();
    }

    /**
     * Moves the pointer to {@code onScreen} (display coordinates) through the X server, returning once it is there. For
     * code that runs on the UI thread (benchmarks); tests use {@link #click(Control, Supplier)}.
     */
    public static void moveMouse(Point onScreen) {
        xdotool("mousemove", "--sync", Integer.toString(onScreen.x), Integer.toString(onScreen.y));
    }

    /**
     * Presses and releases button 1 where the pointer is, through the X server (the events reach the application as a
     * mouse's do; see {@link #click(Control, Supplier)}). For code that runs on the UI thread: it then dispatches them.
     */
    public static void pressMouse() {
        xdotool("click", "1");
    }

    /**
     * Types {@code text} with the X server's own key events (XTest through {@code xdotool}): the keys reach the
     * window with the keyboard focus as a keyboard's do, also in a plain shell outside the workbench, where
     * {@link #type(String)} ({@code Display.post}) may deliver none under Xvfb. Then lets the UI handle them.
     */
    public void typeWithX(String text) {
        xdotool("type", "--delay", "15", text);
        flush();
    }

    /** Presses a key by its X name ({@code Return}, {@code Tab}, {@code ctrl+s}) with the X server's own events; then lets the UI handle it. */
    public void pressWithX(String keyName) {
        xdotool("key", keyName);
        flush();
    }

    /** Runs {@code xdotool} on the test's display with {@code arguments}. */
    private static void xdotool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("xdotool");
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("xdotool is needed to click with the window system's own events (./dev installs it): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while clicking", e);
        }
    }

    /** Clicks {@code item} (in its first column) with real mouse events. */
    public void click(TreeItem item) {
        Tree tree = onUi(item::getParent);
        clickWhenUnderPointer(tree, () -> {
            tree.showItem(item);
            Rectangle bounds = item.getBounds(0);
            return tree.toDisplay(bounds.x + Math.min(bounds.width / 2, 40), bounds.y + bounds.height / 2);
        });
    }

    /**
     * Moves the pointer to the point, waits until the window system reports {@code target} under
     * it (windows are mapped and placed asynchronously), then presses and releases button 1.
     */
    private void clickWhenUnderPointer(Control target, Supplier<Point> where) {
        Shell shell = onUi(target::getShell);
        onUi(() -> {
            shell.forceActive();
            shell.setFocus();
        });
        AtomicReference<Point> point = new AtomicReference<>();
        waitUntil("the pointer to rest on " + target, () -> {
            Point p = where.get();
            point.set(p);
            display.post(mouse(SWT.MouseMove, p, 0));
            return display.getCursorControl() == target;
        });
        post(mouse(SWT.MouseDown, point.get(), 1));
        post(mouse(SWT.MouseUp, point.get(), 1));
        flush();
    }

    /** Types {@code text} into the focus control with real key events. */
    public void type(String text) {
        for (char ch : text.toCharArray()) {
            stroke(ch, 0);
        }
        flush();
    }

    /** Presses a key given as an SWT key code (e.g. {@link SWT#ESC}, {@link SWT#CR}). */
    public void press(int keyCode) {
        stroke('\0', keyCode);
        flush();
    }

    private void stroke(char character, int keyCode) {
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event event = new Event();
            event.type = type;
            event.character = character;
            event.keyCode = keyCode;
            post(event);
        }
    }

    private void post(Event event) {
        boolean posted = onUi(() -> display.post(event));
        if (!posted) {
            throw new AssertionError("The window system refused a posted event (" + event.type + "); is XTest available?");
        }
    }

    private static Event mouse(int type, Point point, int button) {
        Event event = new Event();
        event.type = type;
        event.x = point.x;
        event.y = point.y;
        event.button = button;
        return event;
    }

    /**
     * Selects the menu item reached by following {@code path} (labels without mnemonics) in the
     * menu bar of {@code shell}. The selection is delivered asynchronously, so a handler that
     * opens a modal dialog does not block the test.
     */
    public void selectMenu(Shell shell, String... path) {
        MenuItem item = onUi(() -> {
            Menu menu = shell.getMenuBar();
            MenuItem current = null;
            for (String label : path) {
                if (menu == null) {
                    throw new AssertionError("No menu below " + (current == null ? "the shell" : current.getText()));
                }
                // e4 (like JFace) fills a menu when it is about to show: let it, as for a user
                menu.notifyListeners(SWT.Show, new Event());
                current = null;
                for (MenuItem candidate : menu.getItems()) {
                    if (label.equals(withoutMnemonic(candidate.getText()))) {
                        current = candidate;
                    }
                }
                if (current == null) {
                    throw new AssertionError("No menu item '" + label + "' among " + labels(menu));
                }
                menu = current.getMenu();
            }
            return current;
        });
        display.asyncExec(() -> {
            if (!item.isDisposed()) {
                item.notifyListeners(SWT.Selection, new Event());
            }
        });
        flush();
    }

    private static List<String> labels(Menu menu) {
        List<String> labels = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            labels.add(withoutMnemonic(item.getText()));
        }
        return labels;
    }

    /** {@code "帮助(&H)"} → {@code "帮助"}, {@code "&File"} → {@code "File"}; accelerators after a tab dropped. */
    public static String withoutMnemonic(String label) {
        String text = label;
        int tab = text.indexOf('\t');
        if (tab >= 0) {
            text = text.substring(0, tab);
        }
        text = text.replaceAll("\\(&.\\)$", "");
        return text.replace("&", "");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the UI", e);
        }
    }

    /** Clicks the text field tagged {@code key} (widget data) in {@code shell}, clears it and types {@code text}. */
    public void fill(Shell shell, String key, String text) {
        org.eclipse.swt.widgets.Text field = onUi(() -> findByData(shell, org.eclipse.swt.widgets.Text.class, key));
        click(field);
        onUi(() -> field.setText(""));
        type(text);
        waitUntil("the text typed into " + key, () -> field.getText().equals(text));
    }

    /**
     * Signs in through the workbench's sign-in dialog (登录 - 街道治理工作台) once the database is ready, with
     * real clicks and key strokes (ASCII user id and password).
     *
     * @return the workbench window
     */
    public Shell signIn(String user, String password) {
        Shell signIn = waitForShell("登录 - 街道治理工作台");
        waitUntil("the database to be ready",
                () -> find(signIn, org.eclipse.swt.widgets.Button.class, b -> b.getText().equals("登录")).isEnabled());
        fill(signIn, SIGN_IN_USER, user);
        fill(signIn, SIGN_IN_PASSWORD, password);
        click(onUi(() -> find(signIn, org.eclipse.swt.widgets.Button.class, b -> b.getText().equals("登录"))));
        return waitForShell("街道治理工作台");
    }

    /** Widget data keys of the sign-in dialog's fields (SignInDialog.USER_ID, PASSWORD_ID; WorkbenchTest checks them). */
    public static final String SIGN_IN_USER = "org.jiedao.ui.signin.user";
    public static final String SIGN_IN_PASSWORD = "org.jiedao.ui.signin.password";
}
