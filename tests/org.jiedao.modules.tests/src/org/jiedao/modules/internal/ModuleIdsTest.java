package org.jiedao.modules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.query.CollectionResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.jiedao.modules.ModuleFeature;
import org.junit.jupiter.api.Test;

/**
 * One id per module: the feature id without {@code .feature}, with the feature id and the IU id as
 * aliases, on real p2 metadata (feature groups and a category as the publisher writes them), and the
 * suggestions for an id that is not there.
 */
class ModuleIdsTest {

    private static final List<String> OURS = List.of("org.jiedao.platform", "org.jiedao.sdk", "org.jiedao.petitions",
            "org.jiedao.appraisal", "org.example.volunteers");

    @Test
    void theModuleIdIsTheFeatureIdWithoutFeature() {
        assertEquals("org.jiedao.petitions", ModuleIds.of("org.jiedao.petitions.feature"));
        assertEquals("org.jiedao.petitions", ModuleIds.of("org.jiedao.petitions.feature.feature.group"));
        assertEquals("org.jiedao.petitions", ModuleIds.of(" org.jiedao.petitions "));
        assertEquals("org.jiedao.platform", ModuleIds.of("org.jiedao.platform.feature.group"));
        assertEquals("org.jiedao.platform", ModuleIds.of("org.jiedao.platform"));
        assertEquals("org.example.volunteers", ModuleIds.of("org.example.volunteers.feature"));
        // only a whole last segment "feature" goes, never a name that merely ends so
        assertEquals("org.x.myfeature", ModuleIds.of("org.x.myfeature"));
        assertEquals(".feature", ModuleIds.of(".feature"));
    }

    @Test
    void aModuleIdAndItsAliasesNameTheSameFeatures() {
        assertEquals(List.of("org.x", "org.x.feature"), ModuleIds.featureIds("org.x"));
        assertEquals(List.of("org.x.feature", "org.x"), ModuleIds.featureIds("org.x.feature"));
        assertEquals(List.of("org.x.feature.feature.group", "org.x.feature", "org.x"),
                ModuleIds.featureIds("org.x.feature.feature.group"));
        assertEquals(List.of("org.x.feature.group", "org.x", "org.x.feature"), ModuleIds.featureIds("org.x.feature.group"));
        assertEquals("org.x.feature", ModuleIds.stripGroup("org.x.feature.feature.group"));
    }

    @Test
    void whatARepositoryOffersIsListedByModuleId() {
        IInstallableUnit petitions100 = group("org.jiedao.petitions.feature", "1.0.0", "Petitions");
        IInstallableUnit petitions101 = group("org.jiedao.petitions.feature", "1.0.1", "Petitions");
        IInstallableUnit platform = group("org.jiedao.platform", "1.0.0", "Platform");
        IInstallableUnit sdk = group("org.jiedao.sdk", "1.0.0", "SDK");
        IInstallableUnit runtime = group("org.jiedao.runtime", "1.0.0", "Runtime"); // included, not categorised
        List<IInstallableUnit> units = new ArrayList<>(List.of(petitions100, petitions101, platform, sdk, runtime));
        units.add(category("modules", petitions100, petitions101, platform, sdk));
        var repository = new CollectionResult<>(units);

        List<IInstallableUnit> offered = Features.offered(repository, null);
        assertEquals(List.of("org.jiedao.petitions", "org.jiedao.platform", "org.jiedao.sdk"),
                offered.stream().map(Features::id).toList());
        ModuleFeature petitions = Features.describe(offered.get(0), Locale.ENGLISH);
        assertEquals("org.jiedao.petitions", petitions.id());
        assertEquals("1.0.1", petitions.version());
        assertEquals("Petitions", petitions.name());

        // what install looks up for the module id and each alias: the same feature group
        for (String given : List.of("org.jiedao.petitions", "org.jiedao.petitions.feature",
                "org.jiedao.petitions.feature.feature.group")) {
            IInstallableUnit found = null;
            for (String featureId : ModuleIds.featureIds(given)) {
                var result = repository.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(featureId + ModuleIds.GROUP)), null);
                if (!result.isEmpty() && found == null) {
                    found = result.iterator().next();
                }
            }
            assertEquals(petitions101, found, given);
        }
    }

    @Test
    void aModuleOfferedUnderBothFeatureIdsIsListedOnceNewestFirst() {
        IInstallableUnit old = group("org.example.x.feature", "1.0.0", "X");
        IInstallableUnit renamed = group("org.example.x", "1.1.0", "X");
        var repository = new CollectionResult<>(List.of(old, renamed, category("c", old, renamed)));
        List<IInstallableUnit> offered = Features.offered(repository, null);
        assertEquals(List.of(renamed), offered);
    }

    @Test
    void anIdThatIsNotThereGetsTheNearestOnes() {
        // a typing mistake
        assertEquals(List.of("org.jiedao.petitions"), ModuleIds.suggestions("org.jiedao.petitons", OURS));
        assertEquals(List.of("org.jiedao.petitions"), ModuleIds.suggestions("org.jiedao.peittions", OURS));
        // the old alias with a typing mistake, and letter case
        assertEquals(List.of("org.jiedao.appraisal"), ModuleIds.suggestions("org.jiedao.apraisal.feature", OURS));
        assertEquals(List.of("org.jiedao.petitions"), ModuleIds.suggestions("Org.Jiedao.Petitions", OURS));
        // the last segment alone, or nearly
        assertEquals(List.of("org.jiedao.petitions"), ModuleIds.suggestions("petitions", OURS));
        assertEquals(List.of("org.example.volunteers"), ModuleIds.suggestions("volunters", OURS));
        // the wrong vendor
        assertEquals(List.of("org.example.volunteers"), ModuleIds.suggestions("org.jiedao.volunteers", OURS));
        // a prefix
        assertEquals(List.of("org.jiedao.petitions"), ModuleIds.suggestions("org.jiedao.pet", OURS));
        // at most three, closest first
        List<String> many = ModuleIds.suggestions("org.jiedao", OURS);
        assertEquals(3, many.size(), many.toString());
        assertEquals("org.jiedao.sdk", many.get(0));
        // nothing near: no suggestion
        assertEquals(List.of(), ModuleIds.suggestions("com.acme.payroll", OURS));
        assertEquals(List.of(), ModuleIds.suggestions("", OURS));
        // aliases among the known ids are reduced to their module id, once
        assertEquals(List.of("org.jiedao.petitions"), ModuleIds.suggestions("org.jiedao.petiton",
                List.of("org.jiedao.petitions.feature", "org.jiedao.petitions")));
    }

    @Test
    void theSuggestionIsPartOfTheMessage() {
        String message = P2ModuleManager.didYouMean("org.jiedao.petiton", OURS);
        assertTrue(message.contains("org.jiedao.petitions"), message);
        assertTrue(message.endsWith("?") || message.endsWith("\uff1f"), message);
        String two = P2ModuleManager.didYouMean("org.jiedao.apppraisal", List.of("org.jiedao.appraisal", "org.jiedao.appraisals"));
        assertTrue(two.contains("org.jiedao.appraisal" + Messages.Modules_didYouMeanOr + "org.jiedao.appraisals"), two);
        assertEquals("", P2ModuleManager.didYouMean("com.acme.payroll", OURS));
        String separator = Messages.Modules_didYouMeanOr;
        assertTrue(separator.length() > 2 && separator.startsWith(" ") && separator.endsWith(" "),
                "the separator keeps its spaces: '" + separator + "'");
    }

    @Test
    void editDistanceCountsASwapOnce() {
        assertEquals(0, ModuleIds.distance("abc", "abc"));
        assertEquals(1, ModuleIds.distance("abc", "acb"));
        assertEquals(1, ModuleIds.distance("abc", "abcd"));
        assertEquals(3, ModuleIds.distance("", "abc"));
        assertEquals(2, ModuleIds.distance("kitten", "sittin"));
    }

    private static IInstallableUnit group(String featureId, String version, String name) {
        InstallableUnitDescription description = new InstallableUnitDescription();
        description.setId(featureId + ModuleIds.GROUP);
        description.setVersion(Version.create(version));
        description.setProperty(QueryUtil.PROP_TYPE_GROUP, Boolean.TRUE.toString());
        description.setProperty(IInstallableUnit.PROP_NAME, name);
        description.setCapabilities(new org.eclipse.equinox.p2.metadata.IProvidedCapability[] {
                MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, featureId + ModuleIds.GROUP,
                        Version.create(version)) });
        return MetadataFactory.createInstallableUnit(description);
    }

    private static IInstallableUnit category(String id, IInstallableUnit... members) {
        InstallableUnitDescription description = new InstallableUnitDescription();
        description.setId(id);
        description.setVersion(Version.create("1.0.0"));
        description.setProperty(QueryUtil.PROP_TYPE_CATEGORY, Boolean.TRUE.toString());
        List<IRequirement> requirements = new ArrayList<>();
        for (IInstallableUnit member : members) {
            requirements.add(MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, member.getId(),
                    new VersionRange(member.getVersion(), true, member.getVersion(), true), null, false, false));
        }
        description.setRequirements(requirements.toArray(IRequirement[]::new));
        return MetadataFactory.createInstallableUnit(description);
    }
}
