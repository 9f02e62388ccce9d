package org.jiedao.ui.api;

/**
 * The workbench's one command that shows a part: {@value #COMMAND} with the part's id in
 * {@value #PART} (a part of the model, or a part descriptor: the part is created from it the first
 * time and after it was closed) and, optionally, the roles that may open it in {@value #ROLES}
 * (names of {@link org.jiedao.core.security.Role}, comma separated; without: every signed-in user).
 * The part is brought to the front and activated.
 * <p>
 * A module's {@code fragment.e4xmi} imports the command and puts it on a menu item with its
 * parameters; no handler of its own:
 *
 * <pre>
 * &lt;imports xsi:type="commands:Command" xmi:id="_my_showPart" elementId="org.jiedao.ui.command.showPart"/&gt;
 * ...
 * &lt;children xsi:type="menu:HandledMenuItem" xmi:id="_my_item_hours" elementId="my.menuitem.hours" label="%menu.hours" command="_my_showPart"&gt;
 *   &lt;parameters xmi:id="_my_item_hours_part" elementId="my.menuitem.hours.part" name="org.jiedao.ui.commandparameter.part" value="my.part.hours"/&gt;
 * &lt;/children&gt;
 * </pre>
 *
 * From code: {@code ParameterizedCommand.generateCommand(commands.getCommand(ShowPart.COMMAND),
 * Map.of(ShowPart.PART, id))} with {@code EHandlerService.executeHandler}.
 */
public final class ShowPart {

    /** The command's id. */
    public static final String COMMAND = "org.jiedao.ui.command.showPart";

    /** Parameter: the id of the part or part descriptor to show (required). */
    public static final String PART = "org.jiedao.ui.commandparameter.part";

    /** Parameter: the roles that may show it, comma separated (optional: every signed-in user). */
    public static final String ROLES = "org.jiedao.ui.commandparameter.roles";

    private ShowPart() {
    }
}
