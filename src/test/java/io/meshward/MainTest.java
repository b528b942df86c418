package io.meshward;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void noArgumentsOrServerOptionsServe() {
    assertEquals("serve", Main.command());
    assertEquals("serve", Main.command("-Dquarkus.http.ssl-port=9443"));
    assertEquals("serve", Main.command("serve", "-Dx=y"));
  }

  @Test
  void aRequestForHelpIsNotAServerOption() {
    assertEquals("--help", Main.command("--help"));
    assertEquals("-h", Main.command("-h"));
    assertEquals("help", Main.command("help"));
  }

  @Test
  void theFirstWordIsTheCommand() {
    assertEquals("check", Main.command("check", "--output", "json", "-"));
    assertEquals("xds", Main.command("xds", "render"));
  }
}
