package relais.web;

/** One entry of the top navigation: a path and the message key of its label. */
public record NavItem(String path, String label) {
}
