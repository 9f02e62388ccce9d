package org.jiedao.persistence.internal;

import java.io.IOException;
import java.io.Writer;

import org.eclipse.persistence.platform.database.DerbyPlatform;

/**
 * EclipseLink's Derby platform, writing boolean literals as {@code TRUE} and {@code FALSE}. EclipseLink's
 * DerbyPlatform (a DB2 platform) writes them as 1 and 0, which Derby refuses to compare with a BOOLEAN column
 * ("Comparisons between 'BOOLEAN' and 'INTEGER' are not supported"): a JPQL {@code case when e.livingAlone = true}
 * failed on Derby while it worked on PostgreSQL. The modules' BOOLEAN columns (Liquibase type BOOLEAN) are real
 * booleans on both databases.
 */
public class JiedaoDerbyPlatform extends DerbyPlatform {

    private static final long serialVersionUID = 1L;

    @Override
    protected void appendBoolean(Boolean bool, Writer writer) throws IOException {
        writer.write(Boolean.TRUE.equals(bool) ? "TRUE" : "FALSE");
    }
}
