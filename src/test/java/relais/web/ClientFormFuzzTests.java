package relais.web;

/** The form fuzzing of the client's forms. */
class ClientFormFuzzTests extends FormFuzzTests {

    ClientFormFuzzTests() {
        super("client");
    }
}
