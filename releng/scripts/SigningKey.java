// The PGP key the build signs the Jiedao p2 repository with, made on first use (no gpg binary needed).
// Run by the build (bundles/org.jiedao.modules/pom.xml) with Bouncy Castle on the class path:
//   java -cp bcprov.jar:bcutil.jar:bcpg.jar SigningKey.java KEY-DIR [PUBLIC-KEY-COPY]
// KEY-DIR holds secret.asc (unencrypted, readable by its owner only) and public.asc; they are created
// when secret.asc is missing. PUBLIC-KEY-COPY, if given, receives a copy of public.asc (the product
// trusts that copy). The private key never leaves KEY-DIR; nothing of it is committed.
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Date;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

public class SigningKey {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SigningKey KEY-DIR [PUBLIC-KEY-COPY]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path secret = dir.resolve("secret.asc");
        Path pub = dir.resolve("public.asc");
        if (!Files.exists(secret)) {
            generate(dir, secret, pub, args.length > 2 ? args[2] : null);
        }
        if (args.length > 1) {
            Path copy = Path.of(args[1]);
            Files.createDirectories(copy.toAbsolutePath().getParent());
            Files.copy(pub, copy, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void generate(Path dir, Path secret, Path pub, String name) throws Exception {
        Files.createDirectories(dir);
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the folder keeps its default permissions
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        String userId = name != null ? name : "Jiedao build key (" + System.getProperty("user.name") + "@" + host + ")";
        RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
        generator.init(new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), new SecureRandom(), 3072, 80));
        BcPGPKeyPair pair = new BcPGPKeyPair(PGPPublicKey.RSA_GENERAL, generator.generateKeyPair(), new Date());
        PGPSignatureSubpacketGenerator flags = new PGPSignatureSubpacketGenerator();
        flags.setKeyFlags(false, KeyFlags.SIGN_DATA | KeyFlags.CERTIFY_OTHER);
        PGPKeyRingGenerator rings = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, pair, userId,
                new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1), flags.generate(), null,
                new BcPGPContentSignerBuilder(PGPPublicKey.RSA_GENERAL, HashAlgorithmTags.SHA256), null);
        Path tmp = Files.createTempFile(dir, "secret", ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // see above
        }
        Files.write(tmp, armor(rings.generateSecretKeyRing().getEncoded()));
        Files.write(pub, armor(rings.generatePublicKeyRing().getEncoded()));
        Files.move(tmp, secret, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("New signing key " + userId + " in " + dir);
    }

    private static byte[] armor(byte[] encoded) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ArmoredOutputStream out = new ArmoredOutputStream(bytes)) {
            out.write(encoded);
        }
        return bytes.toByteArray();
    }
}
