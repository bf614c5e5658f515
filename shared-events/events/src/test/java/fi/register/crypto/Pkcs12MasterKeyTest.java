package fi.register.crypto;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The master key from a PKCS#12 keystore, made the ways docs/operations.md tells the operator to make it. */
class Pkcs12MasterKeyTest {

    static final char[] PASSWORD = "a-test-only-keystore-password".toCharArray();
    static final Path KEYTOOL = Path.of(System.getProperty("java.home"), "bin", "keytool");

    @TempDir
    Path dir;

    @Test
    void reads_TheAes256KeyThatKeytoolGenseckeyMade() throws Exception {
        Path store = dir.resolve("master.p12");
        keytool(null, "-genseckey", "-storetype", "PKCS12", "-keyalg", "AES", "-keysize", "256",
                "-alias", Pkcs12MasterKey.DEFAULT_ALIAS, "-keystore", store.toString(), "-storepass", new String(PASSWORD));

        MasterKey master = Pkcs12MasterKey.load(store, PASSWORD, Pkcs12MasterKey.DEFAULT_ALIAS);

        UUID subject = UUID.randomUUID();
        SecretKey dataKey = new FileDataKeyStore(dir.resolve("keys"), master).keyFor(subject);
        assertThat(new FileDataKeyStore(dir.resolve("keys"), Pkcs12MasterKey.load(store, PASSWORD,
                Pkcs12MasterKey.DEFAULT_ALIAS)).find(subject)).contains(dataKey);
    }

    @Test
    void keeps_AMasterKeyInUse_WhenKeytoolImportpassMovedItsBase64IntoAKeystore() throws Exception {
        MasterKey inUse = MasterKey.generate();
        Path store = dir.resolve("master.p12");
        keytool(inUse.toBase64() + "\n" + inUse.toBase64() + "\n", "-importpass", "-storetype", "PKCS12",
                "-alias", Pkcs12MasterKey.DEFAULT_ALIAS, "-keystore", store.toString(), "-storepass", new String(PASSWORD));

        assertThat(Pkcs12MasterKey.load(store, PASSWORD, Pkcs12MasterKey.DEFAULT_ALIAS)).isEqualTo(inUse);
    }

    @Test
    void rejects_AWrongPasswordOrAlias_WithoutQuotingAnyKey() {
        Path store = dir.resolve("master.p12");
        MasterKey master = Pkcs12MasterKey.generateInto(store, PASSWORD, Pkcs12MasterKey.DEFAULT_ALIAS);

        assertThatThrownBy(() -> Pkcs12MasterKey.load(store, "wrong".toCharArray(), Pkcs12MasterKey.DEFAULT_ALIAS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("password")
                .hasMessageNotContaining(master.toBase64());
        assertThatThrownBy(() -> Pkcs12MasterKey.load(store, PASSWORD, "another"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another");
        assertThatThrownBy(() -> Pkcs12MasterKey.generateInto(store, PASSWORD, Pkcs12MasterKey.DEFAULT_ALIAS))
                .as("never overwrites a master key").isInstanceOf(IllegalStateException.class);
        assertThat(Pkcs12MasterKey.load(store, PASSWORD, Pkcs12MasterKey.DEFAULT_ALIAS)).isEqualTo(master);
    }

    @Test
    void reads_ThePasswordFromTheEnvironmentsValueElseTheFilesFirstLine() throws IOException {
        Path file = Files.writeString(dir.resolve("password"), "from-the-file\n", StandardCharsets.UTF_8);

        assertThat(Pkcs12MasterKey.password("from-the-environment", file)).isEqualTo("from-the-environment".toCharArray());
        assertThat(Pkcs12MasterKey.password(null, file)).isEqualTo("from-the-file".toCharArray());
        assertThatThrownBy(() -> Pkcs12MasterKey.password(null, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rotates_TheFileAndTheJdbcStores_FromTheKeystoresOldMasterToItsNewOne() {
        Path store = dir.resolve("master.p12");
        String alias = Pkcs12MasterKey.DEFAULT_ALIAS;
        String next = alias + ".next";
        MasterKey old = Pkcs12MasterKey.generateInto(store, PASSWORD, alias);
        UUID subject = UUID.randomUUID();
        Path keyDir = dir.resolve("keys");
        SecretKey inFile = new FileDataKeyStore(keyDir, old).keyFor(subject);
        TestDatabase database = new TestDatabase();
        SecretKey inTable = new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, old).keyFor(subject);

        MasterKey fresh = Pkcs12MasterKey.generateInto(store, PASSWORD, next);
        assertThat(MasterKeyRotation.rotate(keyDir, old, fresh)).isEqualTo(1);
        assertThat(MasterKeyRotation.rotate(database.dataSource, old, fresh)).isEqualTo(1);
        Pkcs12MasterKey.promote(store, PASSWORD, next, alias);

        MasterKey current = Pkcs12MasterKey.load(store, PASSWORD, alias);
        assertThat(current).isEqualTo(fresh).isNotEqualTo(old);
        assertThat(Pkcs12MasterKey.holds(store, PASSWORD, next)).isFalse();
        assertThat(new FileDataKeyStore(keyDir, current).find(subject)).contains(inFile);
        assertThat(new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, current).find(subject)).contains(inTable);
        assertThatThrownBy(() -> new JdbcDataKeyStore(database.dataSource, KeyTransactions.NONE, old).find(subject))
                .as("nothing is wrapped by the old master any longer").isInstanceOf(IllegalStateException.class);
    }

    private static void keytool(String input, String... arguments) throws Exception {
        assumeTrue(Files.isExecutable(KEYTOOL), "keytool is not in this Java's bin directory");
        List<String> command = new ArrayList<>(List.of(KEYTOOL.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = process.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.US_ASCII));
            }
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("keytool's exit status").isZero();
    }
}
