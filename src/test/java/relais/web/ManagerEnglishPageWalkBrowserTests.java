package relais.web;

/** The page walk of the manager's pages in English. */
class ManagerEnglishPageWalkBrowserTests extends PageWalkBrowserTests {

    ManagerEnglishPageWalkBrowserTests() {
        super("manager", "en");
    }
}
