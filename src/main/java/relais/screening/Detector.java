package relais.screening;

import java.util.List;

/** One category's detector. Implementations are immutable and thread-safe. */
interface Detector {

    void detect(FoldedText text, List<Finding> out);
}
