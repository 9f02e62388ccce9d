package org.jiedao.persistence.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jiedao.persistence.internal.DatabaseSettings;

/** The database contract on embedded Derby, each test in a fresh data folder. */
class DerbyDatabaseTest extends DatabaseContract {

    @Override
    DatabaseSettings freshDatabase() throws Exception {
        Path data = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "jiedao-derby-");
        return DatabaseSettings.embedded(data);
    }
}
