package relais.web;

/** The form fuzzing of the freelancer's forms. */
class FreelancerFormFuzzTests extends FormFuzzTests {

    FreelancerFormFuzzTests() {
        super("freelancer");
    }
}
