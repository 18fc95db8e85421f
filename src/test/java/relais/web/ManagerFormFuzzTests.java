package relais.web;

/** The form fuzzing of the manager's forms. */
class ManagerFormFuzzTests extends FormFuzzTests {

    ManagerFormFuzzTests() {
        super("manager");
    }
}
