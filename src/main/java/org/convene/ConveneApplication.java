package org.convene;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Convene: a platform for communities of practice — events, live facilitation and kept knowledge. */
@SpringBootApplication
public class ConveneApplication {

	public static void main(String[] args) {
		SpringApplication.run(ConveneApplication.class, args);
	}
}
