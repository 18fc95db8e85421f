package relais;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
@EnableScheduling
public class RelaisApplication {

    public static void main(String[] args) {
        SpringApplication.run(RelaisApplication.class, args);
    }
}
