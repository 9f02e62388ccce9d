package org.jiedao.modules;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Installs, updates, uninstalls and reverts the modules of this installation with p2, on the running
 * product's own profile. Changes are for district administrators only (others get an
 * {@link org.jiedao.core.persistence.AccessDeniedException}); each one first backs the data folder up
 * and is recorded in the audit trail. Module data is never touched: an uninstalled module's tables stay,
 * and reinstalling it shows them again. Every change needs a restart of the workbench to take effect.
 * Long operations report to the monitor and stop (changing nothing) when it is cancelled.
 */
public interface ModuleManager {

    /** @return whether this runtime is a provisioned product (a p2 profile to change); false in development runtimes */
    boolean isManaged();

    /** @return the installed module features (roots of the profile), platform included, sorted by id */
    List<ModuleFeature> installed(Locale locale);

    /**
     * @param extraRepositories repositories to look in besides the configured ones
     * @return the module features the repositories offer (their categorised features; the newest version of each)
     * @throws ModuleException when a repository cannot be read
     */
    List<ModuleFeature> available(Collection<URI> extraRepositories, Locale locale, IProgressMonitor monitor);

    /**
     * @param ids module ids ({@link ModuleFeature#id()}), or as aliases feature ids ({@code ….feature}) and IU ids
     *            ({@code ….feature.group})
     * @throws ModuleException when a module is not found (the message suggests the nearest ids: "did you mean
     *                         …?"), does not resolve, or is not signed by a trusted key
     */
    ChangeResult install(Collection<String> ids, Collection<URI> extraRepositories, Locale locale, IProgressMonitor monitor);

    /**
     * @param ids the modules to update (module ids or their aliases, as for {@link #install}); empty: every
     *            installed module
     * @throws ModuleException when a module is not installed (with the nearest installed ids suggested)
     */
    ChangeResult update(Collection<String> ids, Locale locale, IProgressMonitor monitor);

    /** @param ids module ids or their aliases, as for {@link #update} */
    ChangeResult uninstall(Collection<String> ids, Locale locale, IProgressMonitor monitor);

    /** @return the states of this installation, newest first */
    List<ProfileState> history();

    /** @param timestamp a {@link ProfileState#timestamp()}; 0 for the state before the newest one */
    ChangeResult revert(long timestamp, Locale locale, IProgressMonitor monitor);

    /** @return the repositories configured for this installation */
    List<URI> repositories();

    void addRepository(URI repository);

    void removeRepository(URI repository);

    /** @return the keys whose signatures are accepted */
    List<TrustedKey> trustedKeys();

    /**
     * Trusts the keys of an armored PGP public key block from now on.
     *
     * @return the keys added
     * @throws ModuleException when the text holds no PGP public key
     */
    List<TrustedKey> trust(String armoredPublicKeys);
}
