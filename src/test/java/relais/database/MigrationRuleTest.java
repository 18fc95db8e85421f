package relais.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The migration rule of docs/migrations.md, checked on the files alone so that it holds on a fresh clone: one global
 * order, the next number after the highest, the owning module first in the description, and nothing already released
 * renamed, removed or edited. The ledger (src/test/resources/db/migration-ledger.txt) lists every migration in order
 * with a digest of its text; a new migration gets its line appended there, and two branches that each add "the next
 * number" then collide on the same ledger line at merge instead of on a customer's database.
 */
class MigrationRuleTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path LEDGER = Path.of("src/test/resources/db/migration-ledger.txt");
    private static final Path MODULES = Path.of("src/main/java/relais");

    /** The numbering by module range ended here; from the next version on, numbers follow each other without gaps. */
    private static final int LAST_RANGE_NUMBERED_VERSION = 40;

    /**
     * Numbers never used: a branch of the wave after V63 committed V69 first, and databases built from it had run V69,
     * so the migrations merged with it were numbered after it rather than before (Flyway refuses a pending migration
     * that sorts below one already applied). Only these may be skipped.
     */
    private static final Set<Integer> NEVER_USED = Set.of(64, 65, 66, 67, 68);

    private static final Pattern FILE_NAME = Pattern.compile("V([1-9][0-9]*)__([a-z0-9]+)_[a-z0-9_]+\\.sql");
    private static final Pattern LEDGER_LINE = Pattern.compile("(\\S+)\\s+sha256:([0-9a-f]{64})");

    record Entry(String file, String digest) {
    }

    @Test
    void everyMigrationFileIsNamedVersionModuleDescription() throws IOException {
        var modules = modules();
        var misnamed = new ArrayList<String>();
        for (String file : migrationFiles()) {
            Matcher name = FILE_NAME.matcher(file);
            if (!name.matches() || !modules.contains(name.group(2))) {
                misnamed.add(file);
            }
        }
        assertThat(misnamed)
                .as("migrations must be named V<next number>__<module>_<what_it_does>.sql, module one of %s", modules)
                .isEmpty();
    }

    @Test
    void theLedgerListsEveryMigrationFileAndNothingElse() throws IOException {
        var onDisk = new TreeSet<>(migrationFiles());
        var inLedger = ledger().stream().map(Entry::file).collect(Collectors.toCollection(TreeSet::new));
        var missing = new TreeSet<>(onDisk);
        missing.removeAll(inLedger);
        var gone = new TreeSet<>(inLedger);
        gone.removeAll(onDisk);
        assertThat(missing).as("migrations not in %s; append these lines:%n%s", LEDGER, ledgerLines(missing)).isEmpty();
        assertThat(gone).as("migrations in %s but no longer on disk: a released migration is never renamed or removed",
                LEDGER).isEmpty();
    }

    @Test
    void theLedgerIsInOneAscendingOrderWithoutGapsAfterTheModuleRanges() throws IOException {
        int previous = 0;
        for (Entry entry : ledger()) {
            int version = version(entry.file());
            assertThat(version).as("%s comes after V%d in the ledger", entry.file(), previous).isGreaterThan(previous);
            if (previous >= LAST_RANGE_NUMBERED_VERSION) {
                int next = previous + 1;
                while (NEVER_USED.contains(next)) {
                    next++;
                }
                assertThat(version).as("%s must take the next number after V%d", entry.file(), previous)
                        .isEqualTo(next);
            }
            previous = version;
        }
    }

    @Test
    void noReleasedMigrationWasEdited() throws IOException {
        var edited = new ArrayList<String>();
        for (Entry entry : ledger()) {
            Path file = MIGRATIONS.resolve(entry.file());
            if (Files.exists(file) && !digest(file).equals(entry.digest())) {
                edited.add(entry.file());
            }
        }
        assertThat(edited).as("migrations whose text differs from the ledger: write a new migration instead "
                + "(Flyway refuses to start on a database where the old text already ran)").isEmpty();
    }

    private static List<String> migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static List<Entry> ledger() throws IOException {
        var entries = new ArrayList<Entry>();
        for (String line : Files.readAllLines(LEDGER, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher entry = LEDGER_LINE.matcher(line.strip());
            assertThat(entry.matches()).as("ledger line '%s' should read '<file> sha256:<digest>'", line).isTrue();
            entries.add(new Entry(entry.group(1), entry.group(2)));
        }
        return entries;
    }

    private static Set<String> modules() throws IOException {
        try (Stream<Path> entries = Files.list(MODULES)) {
            return entries.filter(Files::isDirectory).map(dir -> dir.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static int version(String file) {
        Matcher name = FILE_NAME.matcher(file);
        assertThat(name.matches()).as("ledger entry %s is not a migration name", file).isTrue();
        return Integer.parseInt(name.group(1));
    }

    private static String ledgerLines(Set<String> files) throws IOException {
        var lines = new StringBuilder();
        for (String file : files) {
            lines.append(file).append(" sha256:").append(digest(MIGRATIONS.resolve(file))).append(System.lineSeparator());
        }
        return lines.toString();
    }

    /** Digest of the text with line ends made uniform, so that a checkout with CRLF line ends reads the same. */
    static String digest(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
