/**
 * Organisation units (区 → 街道 → 社区 → 网格): read and change them through
 * {@link org.jiedao.core.org.OrgUnitService}.
 */
package org.jiedao.core.org;
