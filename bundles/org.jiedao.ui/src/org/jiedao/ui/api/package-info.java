/**
 * The workbench's public UI API for modules' {@code .ui} bundles: {@link org.jiedao.ui.api.RecordOpener}
 * (extension point {@code org.jiedao.ui.recordOpeners}) opens a record found by the search field;
 * {@link org.jiedao.ui.api.ShowPart} is the one command that shows a part (menu items name the part);
 * {@link org.jiedao.ui.api.RecordsRefresh} refreshes a part when its module's records changed.
 */
package org.jiedao.ui.api;
