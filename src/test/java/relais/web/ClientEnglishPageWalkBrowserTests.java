package relais.web;

/** The page walk of the client's pages in English. */
class ClientEnglishPageWalkBrowserTests extends PageWalkBrowserTests {

    ClientEnglishPageWalkBrowserTests() {
        super("client", "en");
    }
}
