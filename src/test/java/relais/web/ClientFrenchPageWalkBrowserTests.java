package relais.web;

/** The page walk of the client's pages in French. */
class ClientFrenchPageWalkBrowserTests extends PageWalkBrowserTests {

    ClientFrenchPageWalkBrowserTests() {
        super("client", "fr");
    }
}
