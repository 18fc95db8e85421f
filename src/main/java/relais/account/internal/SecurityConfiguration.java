package relais.account.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import relais.account.ApiTokens;
import relais.shared.web.ProblemWriter;

/**
 * Two doors: the API (stateless, Basic or Bearer, no CSRF since no cookie is involved) and the web UI (form login,
 * session cookie, CSRF).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(org.springframework.context.ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /** Every password login, by form or HTTP Basic, goes through the login throttle first. */
    @Bean
    AuthenticationManager passwordLogins(UserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
            AuthenticationEventPublisher events) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        var manager = new ProviderManager(new ThrottledAuthentication(passwords, throttle));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AuthenticationManager passwordLogins,
            ProblemWriter problems) throws Exception {
        var entryPoint = new ApiAuthenticationEntryPoint(problems);
        http.securityMatcher("/api/**")
                .authenticationManager(passwordLogins)
                .authorizeHttpRequests(requests -> requests
                        // anyone holding an attestation's code may check it (limited per client address)
                        .requestMatchers(request -> isUnder(request, "/api/verify/")).permitAll()
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler((request, response, denied) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden", "forbidden")))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager passwordLogins) throws Exception {
        RequestMatcher publicPaths = request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.equals("/login") || path.startsWith("/css/") || path.startsWith("/js/")
                    || path.startsWith("/webjars/") || path.equals("/favicon.ico") || path.equals("/favicon.svg") || path.equals("/error")
                    || path.equals("/actuator/health") || path.startsWith("/actuator/health/")
                    || path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui") || path.equals("/language")
                    // a referrer answers a referral declaration from the link mailed to them, without an account
                    || path.startsWith("/referrals/confirm/")
                    // anyone holding an attestation's code may check it (limited per client address)
                    || path.startsWith("/verify/");
        };
        http.authenticationManager(passwordLogins)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(publicPaths).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler(new LoginFailureHandler()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    private static boolean isUnder(jakarta.servlet.http.HttpServletRequest request, String prefix) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith(prefix);
    }
}
