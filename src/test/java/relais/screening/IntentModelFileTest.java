package relais.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The committed intent model is exactly what training on the development sets gives: nobody edits weights by hand. */
class IntentModelFileTest {

    @Test
    void retrainingFromTheDevelopmentSetsGivesTheCommittedFile() throws IOException {
        String retrained = IntentModelTraining.train(IntentModelTraining.developmentExamples()).file();

        assertThat(retrained).isEqualTo(committed());
    }

    @Test
    void trainingTwiceGivesTheSameWeights() {
        assertThat(IntentModelTraining.train(IntentModelTraining.developmentExamples()).file())
                .isEqualTo(IntentModelTraining.train(IntentModelTraining.developmentExamples()).file());
    }

    @Test
    void theModelIsTrainedOnDevelopmentSetsOnly() {
        assertThat(IntentModelTraining.developmentExamples()).extracting(IntentModelTraining.Example::id)
                .allSatisfy(id -> assertThat(id).matches("d.*|wd.*|w[0-9]+.*|f.*"));
    }

    private static String committed() throws IOException {
        try (InputStream in = IntentModel.class.getResourceAsStream(IntentModel.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
