package org.jiedao.persistence.internal;

import java.net.URL;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

/** The one persistence unit, described in code (no persistence.xml in OSGi). */
final class JiedaoPersistenceUnit implements PersistenceUnitInfo {

    static final String NAME = "jiedao";

    private final List<String> classes;
    private final DataSource dataSource;
    private final ClassLoader classLoader;
    private final URL root;

    JiedaoPersistenceUnit(List<String> classes, DataSource dataSource, ClassLoader classLoader, URL root) {
        this.classes = List.copyOf(classes);
        this.dataSource = dataSource;
        this.classLoader = classLoader;
        this.root = root;
    }

    @Override
    public String getPersistenceUnitName() {
        return NAME;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return "org.eclipse.persistence.jpa.PersistenceProvider";
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    /** EclipseLink names the unit after this URL and fails on null. */
    @Override
    public URL getPersistenceUnitRootUrl() {
        return root;
    }

    @Override
    public List<String> getManagedClassNames() {
        return classes;
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.UNSPECIFIED;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return new Properties();
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return classLoader;
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // weaving is off: there is no agent or weaving hook
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return classLoader;
    }
}
