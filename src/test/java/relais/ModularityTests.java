package relais;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module graph of docs/architecture.md: every module uses the others only through their API, without cycles.
 * It also writes the module documentation (diagrams and one canvas per module, with the events each publishes and
 * listens to) into docs/modules, to be committed with the change that altered it.
 */
class ModularityTests {

    static final Path DOCUMENTATION = Path.of("docs/modules");

    /** Read once: scanning the classes is the slow part, and both tests look at the same graph. */
    private static final ApplicationModules MODULES = ApplicationModules.of(RelaisApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentationIntoDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCUMENTATION.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        try (Stream<Path> files = Files.list(DOCUMENTATION)) {
            for (Path file : files.toList()) {
                if (file.toString().endsWith(".puml")) {
                    Files.write(file, relationsInOrder(Files.readAllLines(file)));
                } else if (file.toString().endsWith(".adoc")) {
                    Files.write(file, listsInOrder(Files.readAllLines(file)));
                }
            }
        }
    }

    /**
     * The canvases list a module's events and beans in an order that changes from run to run too: each list (a cell
     * opening with "|* " and its following "* " lines) is sorted, its cell marker kept on the first line.
     */
    private static List<String> listsInOrder(List<String> lines) {
        var ordered = new ArrayList<String>(lines.size());
        var items = new ArrayList<String>();
        boolean opensCell = false;
        for (String line : lines) {
            if (line.startsWith("|* ") && items.isEmpty()) {
                opensCell = true;
                items.add(line.substring(1));
                continue;
            }
            if (line.startsWith("* ") && !items.isEmpty()) {
                items.add(line);
                continue;
            }
            flush(ordered, items, opensCell);
            opensCell = false;
            if (line.startsWith("|* ")) {
                opensCell = true;
                items.add(line.substring(1));
            } else {
                ordered.add(line);
            }
        }
        flush(ordered, items, opensCell);
        return ordered;
    }

    private static void flush(List<String> ordered, List<String> items, boolean opensCell) {
        items.sort(null);
        for (int i = 0; i < items.size(); i++) {
            ordered.add(i == 0 && opensCell ? "|" + items.get(i) : items.get(i));
        }
        items.clear();
    }

    /**
     * The diagrams list their relations in an order that changes from run to run; sorted, the files change only
     * when the modules do, and a diff of docs/modules shows what really moved.
     */
    private static List<String> relationsInOrder(List<String> lines) {
        var ordered = new ArrayList<String>(lines.size());
        var relations = new ArrayList<String>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                relations.add(line);
                continue;
            }
            relations.sort(null);
            ordered.addAll(relations);
            relations.clear();
            ordered.add(line);
        }
        relations.sort(null);
        ordered.addAll(relations);
        return ordered;
    }
}
