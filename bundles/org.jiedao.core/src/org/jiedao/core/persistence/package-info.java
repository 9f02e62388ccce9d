/**
 * The shared persistence service: one database for every module, through
 * {@link org.jiedao.core.persistence.PersistenceService}.
 */
package org.jiedao.core.persistence;
