package cn.capacityexit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CapacityExitApplication {

  public static void main(String[] args) {
    SpringApplication.run(CapacityExitApplication.class, args);
  }
}
