package org.jiedao.core.persistence;

/** The kinds of database Jiedao runs on. */
public enum DatabaseKind {
    /** Apache Derby embedded in the data folder: one process at a time, the default. */
    DERBY_EMBEDDED,
    /** A PostgreSQL server, shared by the officers of a street. */
    POSTGRESQL
}
