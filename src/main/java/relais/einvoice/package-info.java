/**
 * Electronic invoices: turns the data of one issued invoice or credit note into a Factur-X document (a PDF/A-3 whose
 * pages show the invoice and which carries its CII XML, EN 16931 profile).
 */
@org.springframework.modulith.ApplicationModule(displayName = "E-invoices")
package relais.einvoice;
