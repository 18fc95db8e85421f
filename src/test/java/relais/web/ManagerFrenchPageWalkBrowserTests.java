package relais.web;

/** The page walk of the manager's pages in French. */
class ManagerFrenchPageWalkBrowserTests extends PageWalkBrowserTests {

    ManagerFrenchPageWalkBrowserTests() {
        super("manager", "fr");
    }
}
