package relais.web;

/** The page walk of the freelancer's pages in English. */
class FreelancerEnglishPageWalkBrowserTests extends PageWalkBrowserTests {

    FreelancerEnglishPageWalkBrowserTests() {
        super("freelancer", "en");
    }
}
