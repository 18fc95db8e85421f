package relais.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SharedWebConfiguration implements WebMvcConfigurer {

    private final ControlCharacterGuard controlCharacters;

    SharedWebConfiguration(ControlCharacterGuard controlCharacters) {
        this.controlCharacters = controlCharacters;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(controlCharacters);
    }
}
