/**
 * Printable documents: Thymeleaf templates under {@code templates/documents/} rendered to PDF with an embedded font,
 * for quotes now and invoices and attestations later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package relais.document;
