/**
 * Who is calling: logins and roles, personal API tokens, language preference, and the limits that slow down
 * password guessing and address sweeping.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package relais.account;
