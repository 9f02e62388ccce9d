package org.jiedao.modules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.eclipse.equinox.p2.core.UIServices.TrustInfo;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * The parts of module management that need no installed product (ids: {@link ModuleIdsTest}): the plain wording of a missing
 * requirement, the repository list file, the build key the bundle carries, and the trust gate that
 * refuses what p2 does not already trust.
 */
class ModuleManagementPartsTest {

    @Test
    void aMissingRequirementIsWordedForPeople() {
        var bundle = MetadataFactory.createRequirement("osgi.bundle", "org.example.missing",
                VersionRange.create("[1.0.0,2.0.0)"), null, false, false);
        assertEquals("bundle org.example.missing [1.0.0,2.0.0)", Failures.requirement(bundle));
        var anyPackage = MetadataFactory.createRequirement("java.package", "org.example.api", VersionRange.emptyRange,
                null, false, false);
        assertEquals("Java package org.example.api", Failures.requirement(anyPackage));
    }

    @Test
    void theRepositoryListKeepsOrderSkipsCommentsAndDuplicates(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("org.jiedao.modules").resolve("repositories.txt");
        assertEquals(List.of(), RepositoryList.read(file));
        URI local = URI.create("file:/srv/jiedao/repository/");
        URI mirror = URI.create("http://10.0.0.5/jiedao/");
        RepositoryList.add(file, local);
        RepositoryList.add(file, mirror);
        RepositoryList.add(file, local);
        assertEquals(List.of(local, mirror), RepositoryList.read(file));
        Files.writeString(file, Files.readString(file) + "# a note\n\nnot a uri at all: [\n", StandardCharsets.UTF_8);
        assertEquals(List.of(local, mirror), RepositoryList.read(file));
        assertTrue(RepositoryList.remove(file, local));
        assertFalse(RepositoryList.remove(file, local));
        assertEquals(List.of(mirror), RepositoryList.read(file));
    }

    @Test
    void theBundleCarriesTheBuildKeyForP2ToTrust() throws IOException {
        var entry = FrameworkUtil.getBundle(Keys.class).getEntry("keys/jiedao-build.asc");
        assertTrue(entry != null, "the build writes keys/jiedao-build.asc into the bundle");
        String armored;
        try (InputStream in = entry.openStream()) {
            armored = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        List<PGPPublicKeyRing> rings = Keys.parse(armored + "\n" + armored);
        assertEquals(2, rings.size(), "two blocks, two rings");
        String fingerprint = Keys.fingerprint(rings.get(0).getPublicKey());
        assertTrue(fingerprint.matches("[0-9A-F]{40}"), fingerprint);
        assertTrue(Keys.describe(rings.get(0)).endsWith(fingerprint));
        assertEquals(List.of(), Keys.parse("-----BEGIN PGP PUBLIC KEY BLOCK-----\nnot base64 at all\n"));
        assertEquals(List.of(), Keys.parse("hello"));
    }

    @Test
    void theTrustGateTrustsNothingMoreAndRemembersWhatItRefused() throws IOException {
        var entry = FrameworkUtil.getBundle(Keys.class).getEntry("keys/jiedao-build.asc");
        String armored;
        try (InputStream in = entry.openStream()) {
            armored = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        PGPPublicKeyRing ring = Keys.parse(armored).get(0);
        TrustGate gate = new TrustGate();
        assertFalse(gate.lastRefusal().any());
        TrustInfo answer = gate.getTrustInfo(null, List.of(ring.getPublicKey()),
                new String[] { "/opt/jiedao/plugins/org.example.x_1.0.0.jar [abc]" });
        assertTrue(answer.getTrustedPGPKeys().isEmpty());
        assertFalse(answer.trustUnsignedContent());
        assertFalse(answer.persistTrust());
        assertEquals(List.of(Keys.describe(ring.getPublicKey())), gate.lastRefusal().keys());
        assertEquals(List.of("org.example.x_1.0.0.jar"), gate.lastRefusal().unsigned());
        gate.reset();
        assertFalse(gate.lastRefusal().any());
    }
}
