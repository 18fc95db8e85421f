package relais.web;

/** The page walk of the freelancer's pages in French. */
class FreelancerFrenchPageWalkBrowserTests extends PageWalkBrowserTests {

    FreelancerFrenchPageWalkBrowserTests() {
        super("freelancer", "fr");
    }
}
