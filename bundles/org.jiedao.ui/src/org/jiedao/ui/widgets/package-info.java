/**
 * Shared widgets for module parts and dialogs: {@link org.jiedao.ui.widgets.RecordTable}, a
 * filterable, sortable table paging lazily over a {@link org.jiedao.ui.widgets.RecordSource}
 * ({@link org.jiedao.ui.widgets.JpaRecordSource} for entities through the persistence service,
 * {@link org.jiedao.ui.widgets.ListRecordSource} for small lists);
 * {@link org.jiedao.ui.widgets.FormBuilder} for label-and-field forms with inline validation;
 * {@link org.jiedao.ui.widgets.PinyinCollator} for ordering Chinese text by pinyin.
 */
package org.jiedao.ui.widgets;
